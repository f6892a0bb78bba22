package org.galen.editorial;

import java.io.IOException;
import java.security.SecureRandom;
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
    database.write("open a session", handle -> {
      handle.execute("DELETE FROM sessions WHERE expires_at < ?", Timestamps.format(now));
      return handle.execute("INSERT INTO sessions (id_sha256, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)",
          UserStore.sha256(id), user.name(), Timestamps.format(now), Timestamps.format(now.plus(lifetime)));
    });
    return id;
  }

  /** The active user of an open, unexpired session; empty otherwise. */
  public Optional<User> user(String id) throws IOException {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    Optional<String> name = database.read("read a session", handle -> handle.createQuery(
        "SELECT user_name FROM sessions WHERE id_sha256 = :id AND expires_at > :now")
        .bind("id", UserStore.sha256(id.strip())).bind("now", Timestamps.format(clock.instant()))
        .mapTo(String.class).findFirst());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return users.list().stream().filter(u -> u.name().equals(name.get()) && u.activeAt(clock.instant())).findFirst();
  }

  /** Ends a session: its id opens nothing afterwards. */
  public void close(String id) throws IOException {
    if (id == null || id.isBlank()) {
      return;
    }
    database.write("close a session", handle -> handle.execute("DELETE FROM sessions WHERE id_sha256 = ?",
        UserStore.sha256(id.strip())));
  }

  /**
   * The key that signs forms' CSRF tokens, the same for every server sharing this database: made
   * by the first server that asks, read by the rest (two first servers at once: one insert wins, the
   * other's transaction re-runs and reads it).
   */
  public byte[] formSigningKey() throws IOException {
    byte[] fresh = new byte[32];
    random.nextBytes(fresh);
    String encoded = database.write("read the form-signing key", handle -> {
      Optional<String> existing = handle.createQuery("SELECT secret FROM server_secrets WHERE name = 'form-signing'")
          .mapTo(String.class).findFirst();
      if (existing.isPresent()) {
        return existing.get();
      }
      String secret = Base64.getEncoder().encodeToString(fresh);
      handle.execute("INSERT INTO server_secrets (name, secret, created_at) VALUES ('form-signing', ?, ?)", secret,
          Timestamps.format(clock.instant()));
      return secret;
    });
    return Base64.getDecoder().decode(encoded);
  }
}
