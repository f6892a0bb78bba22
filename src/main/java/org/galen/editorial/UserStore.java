package org.galen.editorial;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

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
    database.write("add user " + name, handle -> {
      Optional<User> existing = find(handle, name);
      if (existing.isPresent() && existing.get().activeAt(now)) {
        throw new IllegalArgumentException("user '" + name + "' exists and is active; revoke it first");
      }
      handle.execute("DELETE FROM users WHERE name = ?", name);
      handle.execute("INSERT INTO users (name, role, token_sha256, created_at, expires_at, revoked_at) "
          + "VALUES (?, ?, ?, ?, ?, NULL)", name, role.name(), sha256(token), Timestamps.format(now),
          Timestamps.format(now.plus(Duration.ofDays(expiresInDays))));
      audit.record(handle, actor, "user.add", name, "role " + role.id() + ", expires in " + expiresInDays + " days");
      return null;
    });
    return token;
  }

  /** Revokes a user's token; false when there is no such user. */
  public boolean revoke(String name, String actor) throws IOException {
    return database.write("revoke user " + name, handle -> {
      boolean revoked = handle.execute("UPDATE users SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
          Timestamps.format(clock.instant()), name) == 1;
      if (revoked) {
        audit.record(handle, actor, "user.revoke", name, "");
      }
      return revoked;
    });
  }

  public List<User> list() throws IOException {
    return database.read("list users", handle -> handle.createQuery(COLUMNS + " ORDER BY name").map(USER).list());
  }

  /** The active user a token belongs to; empty for unknown, expired or revoked tokens. */
  public Optional<User> authenticate(String token) throws IOException {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return database.read("check a token", handle -> handle.createQuery(COLUMNS + " WHERE token_sha256 = :token")
        .bind("token", sha256(token.strip())).map(USER).findFirst().filter(u -> u.activeAt(clock.instant())));
  }

  private static Optional<User> find(Handle handle, String name) {
    return handle.createQuery(COLUMNS + " WHERE name = :name").bind("name", name).map(USER).findFirst();
  }

  private static final String COLUMNS = "SELECT name, role, created_at, expires_at, revoked_at FROM users";

  private static final RowMapper<User> USER = (row, context) -> new User(row.getString("name"),
      Role.valueOf(row.getString("role")), Timestamps.parse(row.getString("created_at")),
      Timestamps.parse(row.getString("expires_at")), Optional.ofNullable(row.getString("revoked_at")).map(Timestamps::parse));

  static String sha256(String token) {
    return org.galen.answer.Fingerprint.of(token);
  }
}
