package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Browser sessions in the real database: opened, read back, expired, ended, and ended with their user. */
@ParameterizedClass
@MethodSource("org.galen.editorial.TestStores#kinds")
class SessionStoreTest {
  @Parameter
  TestStores.Kind kind;

  @TempDir
  Path dataDir;

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-01T10:00:00Z"));

  @Test
  void aSessionOpensForItsUserUntilItExpiresOrEndsAndTheDatabaseHoldsNoUsableId() throws Exception {
    Database database = TestStores.open(kind, dataDir);
    Editorial editorial = new Editorial(database, clock);
    String token = editorial.users().add("dr-ada", Role.REVIEWER, 30, "admin");
    User ada = editorial.users().authenticate(token).orElseThrow();
    SessionStore sessions = editorial.sessions();

    String id = sessions.open(ada, Duration.ofHours(8));
    assertThat(id).isNotEqualTo(token).hasSizeGreaterThanOrEqualTo(40);
    assertThat(sessions.user(id)).map(User::name).contains("dr-ada");
    assertThat(sessions.user("made-up")).isEmpty();
    assertThat(ArticleStoreTest.everyRow(database)).as("only the id's hash is stored").doesNotContain(id);
    if (kind == TestStores.Kind.SQLITE) {
      assertThat(new String(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME)),
          java.nio.charset.StandardCharsets.ISO_8859_1)).as("only the id's hash is stored").doesNotContain(id);
    }

    clock.advance(Duration.ofHours(8).plusSeconds(1));
    assertThat(sessions.user(id)).as("expired").isEmpty();

    String second = sessions.open(ada, Duration.ofHours(8));
    sessions.close(second);
    assertThat(sessions.user(second)).as("signed out").isEmpty();

    String third = sessions.open(ada, Duration.ofHours(8));
    editorial.users().revoke("dr-ada", "admin");
    assertThat(sessions.user(third)).as("the user's token was revoked").isEmpty();
    database.close();
  }
}
