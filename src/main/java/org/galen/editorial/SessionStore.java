package org.galen.editorial;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Browser sessions, kept in the database: signing in opens one with a random id (the cookie's
 * value), signing out deletes it, and it expires by itself. The database holds only the id's
 * SHA-256, so a copy of it opens no session; a session of a revoked or expired user opens nothing.
 * Thread-safe.
 */
public final class SessionStore {
  private static final int ID_BYTES = 32;

  private final Database database;
  private final UserStore users;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SessionStore(Database database, UserStore users, Clock clock) {
    this.database = database;
    this.users = users;
    this.clock = clock;
  }

  /** A new session for an active user, lasting {@code lifetime}; its id, for the cookie. */
  public String open(User user, Duration lifetime) throws IOException {
    byte[] bytes = new byte[ID_BYTES];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    try (Connection connection = database.connect()) {
      try (PreparedStatement expired = connection.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
        expired.setString(1, Timestamps.format(now));
        expired.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO sessions (id_sha256, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, UserStore.sha256(id));
        insert.setString(2, user.name());
        insert.setString(3, Timestamps.format(now));
        insert.setString(4, Timestamps.format(now.plus(lifetime)));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException("cannot open a session: " + e.getMessage(), e);
    }
    return id;
  }

  /** The active user of an open, unexpired session; empty otherwise. */
  public Optional<User> user(String id) throws IOException {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    String name;
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
        "SELECT user_name FROM sessions WHERE id_sha256 = ? AND expires_at > ?")) {
      select.setString(1, UserStore.sha256(id.strip()));
      select.setString(2, Timestamps.format(clock.instant()));
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        name = rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IOException("cannot read a session: " + e.getMessage(), e);
    }
    return users.list().stream().filter(u -> u.name().equals(name) && u.activeAt(clock.instant())).findFirst();
  }

  /** Ends a session: its id opens nothing afterwards. */
  public void close(String id) throws IOException {
    if (id == null || id.isBlank()) {
      return;
    }
    try (Connection connection = database.connect();
        PreparedStatement delete = connection.prepareStatement("DELETE FROM sessions WHERE id_sha256 = ?")) {
      delete.setString(1, UserStore.sha256(id.strip()));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("cannot close a session: " + e.getMessage(), e);
    }
  }
}
