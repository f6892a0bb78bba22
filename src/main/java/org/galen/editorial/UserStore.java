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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users and their API tokens. A token is 32 random bytes shown once; only its SHA-256 is stored
 * (a token is random enough that a slow password hash adds nothing). Tokens expire, and can be
 * revoked; every change is audited.
 */
public final class UserStore {
  public static final int DEFAULT_EXPIRY_DAYS = 90;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  private final Database database;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public UserStore(Database database, AuditLog audit, Clock clock) {
    this.database = database;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds a user (or replaces a revoked or expired one) and returns the new token, which is not stored. */
  public String add(String name, Role role, int expiresInDays, String actor) throws IOException {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("user name '" + name + "': use 1-100 letters, digits, '.', '_', '@' or '-'");
    }
    if (role == Role.READER) {
      throw new IllegalArgumentException("readers need no account: give a user the role reviewer, editor or admin");
    }
    if (expiresInDays < 1) {
      throw new IllegalArgumentException("--expires must be at least 1 day");
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = "galen_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    try {
      database.write(connection -> {
        Optional<User> existing = find(connection, name);
        if (existing.isPresent() && existing.get().activeAt(now)) {
          throw new IllegalArgumentException("user '" + name + "' exists and is active; revoke it first");
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM users WHERE name = ?")) {
          delete.setString(1, name);
          delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO users (name, role, token_sha256, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)")) {
          insert.setString(1, name);
          insert.setString(2, role.name());
          insert.setString(3, sha256(token));
          insert.setString(4, Timestamps.format(now));
          insert.setString(5, Timestamps.format(now.plus(Duration.ofDays(expiresInDays))));
          insert.executeUpdate();
        }
        audit.record(connection, actor, "user.add", name, "role " + role.id() + ", expires in " + expiresInDays + " days");
        return null;
      });
    } catch (SQLException e) {
      throw new IOException("cannot add user " + name + ": " + e.getMessage(), e);
    }
    return token;
  }

  /** Revokes a user's token; false when there is no such user. */
  public boolean revoke(String name, String actor) throws IOException {
    try {
      return database.write(connection -> {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE users SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
          update.setString(1, Timestamps.format(clock.instant()));
          update.setString(2, name);
          boolean revoked = update.executeUpdate() == 1;
          if (revoked) {
            audit.record(connection, actor, "user.revoke", name, "");
          }
          return revoked;
        }
      });
    } catch (SQLException e) {
      throw new IOException("cannot revoke user " + name + ": " + e.getMessage(), e);
    }
  }

  public List<User> list() throws IOException {
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
        "SELECT name, role, created_at, expires_at, revoked_at FROM users ORDER BY name")) {
      List<User> users = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          users.add(user(rows));
        }
      }
      return users;
    } catch (SQLException e) {
      throw new IOException("cannot list users: " + e.getMessage(), e);
    }
  }

  /** The active user a token belongs to; empty for unknown, expired or revoked tokens. */
  public Optional<User> authenticate(String token) throws IOException {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
        "SELECT name, role, created_at, expires_at, revoked_at FROM users WHERE token_sha256 = ?")) {
      select.setString(1, sha256(token.strip()));
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(user(rows)).filter(u -> u.activeAt(clock.instant())) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot check a token: " + e.getMessage(), e);
    }
  }

  private static Optional<User> find(Connection connection, String name) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT name, role, created_at, expires_at, revoked_at FROM users WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(user(rows)) : Optional.empty();
      }
    }
  }

  private static User user(ResultSet row) throws SQLException {
    String revoked = row.getString(5);
    return new User(row.getString(1), Role.valueOf(row.getString(2)), Timestamps.parse(row.getString(3)),
        Timestamps.parse(row.getString(4)), Optional.ofNullable(revoked).map(Timestamps::parse));
  }

  static String sha256(String token) {
    return org.galen.answer.Fingerprint.of(token);
  }
}
