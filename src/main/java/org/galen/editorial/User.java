package org.galen.editorial;

import java.time.Instant;
import java.util.Optional;

/** A person who may write: their role and how long their token lasts. */
public record User(String name, Role role, Instant createdAt, Instant expiresAt, Optional<Instant> revokedAt) {
  /** The system itself, for changes no person made (evidence changed under an approved article). */
  public static final User SYSTEM = new User("system", Role.ADMIN, Instant.EPOCH, Instant.MAX, Optional.empty());

  public boolean activeAt(Instant now) {
    return revokedAt.isEmpty() && now.isBefore(expiresAt);
  }
}
