package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Browser sessions in the real database: opened, read back, expired, ended, and ended with their user. */
class SessionStoreTest {
  @TempDir
  Path dataDir;

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-01T10:00:00Z"));

  @Test
  void aSessionOpensForItsUserUntilItExpiresOrEndsAndTheDatabaseHoldsNoUsableId() throws Exception {
    Editorial editorial = new Editorial(Database.open(dataDir), clock);
    String token = editorial.users().add("dr-ada", Role.REVIEWER, 30, "admin");
    User ada = editorial.users().authenticate(token).orElseThrow();
    SessionStore sessions = editorial.sessions();

    String id = sessions.open(ada, Duration.ofHours(8));
    assertThat(id).isNotEqualTo(token).hasSizeGreaterThanOrEqualTo(40);
    assertThat(sessions.user(id)).map(User::name).contains("dr-ada");
    assertThat(sessions.user("made-up")).isEmpty();
    assertThat(new String(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME)), java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("only the id's hash is stored").doesNotContain(id);

    clock.advance(Duration.ofHours(8).plusSeconds(1));
    assertThat(sessions.user(id)).as("expired").isEmpty();

    String second = sessions.open(ada, Duration.ofHours(8));
    sessions.close(second);
    assertThat(sessions.user(second)).as("signed out").isEmpty();

    String third = sessions.open(ada, Duration.ofHours(8));
    editorial.users().revoke("dr-ada", "admin");
    assertThat(sessions.user(third)).as("the user's token was revoked").isEmpty();
  }
}
