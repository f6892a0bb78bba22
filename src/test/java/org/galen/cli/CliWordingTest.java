package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.galen.editorial.UnknownConversationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that name the real problem (issue 13, item 16). */
class CliWordingTest {

  @Test
  void aDataDirectoryThatIsAFileIsSaidToBeAFile(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("galen-data"), "not a directory");
    Galen.Result result = new Galen(file).run("stats");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("is a file, not a directory").doesNotContain("does not exist");
  }

  @Test
  void anUnreachableServerIsSaidInWordsNotAsAJavaException(@TempDir Path directory) {
    Galen.Result result = new Galen(directory).run("--backend", "opensearch", "--opensearch", "http://127.0.0.1:1",
        "stats");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("cannot reach the server").doesNotContain("java.").doesNotContain("Exception");
    assertThat(Main.inUsersWords(new java.io.IOException("x", new java.nio.file.NoSuchFileException("/a/b"))))
        .isEqualTo("no such file or directory: /a/b");
    assertThat(Main.inUsersWords(new IllegalStateException("boom"))).startsWith("unexpected error, please report it");
  }

  @Test
  void aNegativeAuditLimitIsRefused(@TempDir Path directory) {
    Galen.Result result = new Galen(directory).run("audit", "--limit", "-5");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--limit must be between 1 and");
  }

  @Test
  void anUnknownConversationIsExplainedWithoutACommandLineOption() {
    assertThat(new UnknownConversationException("c-1").getMessage()).contains("no conversation 'c-1'")
        .doesNotContain("--");
  }
}
