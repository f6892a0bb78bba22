package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @Test
  void optionBeatsEnvironmentWhichBeatsTheDefault(@TempDir Path temp) {
    Path option = temp.resolve("a");
    Map<String, String> environment = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, temp.resolve("b").toString());

    assertThat(DataDirectory.resolve(option, environment).root()).isEqualTo(option);
    assertThat(DataDirectory.resolve(null, environment).root()).isEqualTo(temp.resolve("b"));
    assertThat(DataDirectory.resolve(null, Map.of()).root()).isEqualTo(Path.of(System.getProperty("user.home"), ".galen"));
  }

  @Test
  void aNewDataDirectoryIsTheOwnersOnly(@TempDir Path temp) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
        .contains("posix"), "skipped: this file system has no POSIX permissions");
    Path root = temp.resolve("fresh");
    new DataDirectory(root, "--data-dir").forWriting();
    assertThat(java.nio.file.Files.getPosixFilePermissions(root))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void readCommandsExplainAMissingDataDirectory(@TempDir Path temp) {
    Galen.Result result = new Galen(temp.resolve("nowhere")).run("stats");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("does not exist").contains("galen ingest");
  }

  @Test
  void readCommandsExplainAnEmptyDataDirectory(@TempDir Path temp) {
    Galen.Result result = new Galen(temp).run("search", "fever");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("no index");
  }

  @Test
  void aSecondWriterWaitsForTheFirstSayingWhyThenGoesOn(@TempDir Path temp) throws Exception {
    Path note = Files.writeString(temp.resolve("note.md"), "# Note\n\nFever in adults.\n");
    Path other = Files.writeString(temp.resolve("other.md"), "# Other\n\nCough in children.\n");
    Galen galen = new Galen(temp.resolve("data"));
    assertThat(galen.run("ingest", "--no-vectors", note.toString()).exit()).isZero();
    java.util.concurrent.CompletableFuture<Galen.Result> second;
    // A server embedding with --embed holds the writer like this.
    try (org.galen.index.Indexer busy = new org.galen.index.Indexer(temp.resolve("data").resolve("index"))) {
      second = java.util.concurrent.CompletableFuture.supplyAsync(() -> galen.run("ingest", "--no-vectors",
          other.toString()));
      Thread.sleep(3_000);
      assertThat(second).as("waiting while the index is being written").isNotDone();
    }
    Galen.Result done = second.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(done.exit()).isZero();
    assertThat(done.err()).contains("waiting for the index").contains("another galen process is writing");
    assertThat(galen.run("search", "fever").out()).contains("Fever in adults.");
    assertThat(galen.run("search", "cough").out()).contains("Cough in children.");
  }

  @Test
  void malformedTopicsAreNamedWithTheirLine(@TempDir Path temp) throws Exception {
    Path note = Files.writeString(temp.resolve("note.md"), "# Note\n\nFever in adults.\n");
    Path topics = Files.writeString(temp.resolve("topics.tsv"), "q1\tfever\nq2 no tab here\n");
    Galen galen = new Galen(temp.resolve("data"));
    assertThat(galen.run("ingest", "--no-vectors", note.toString()).exit()).isZero();

    Galen.Result result = galen.run("eval", "retrieval", "--topics", topics.toString(), "--qrels", topics.toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("topics.tsv line 2: expected 'id<TAB>text'");
  }

  @Test
  void aFileWhereTheDataDirectoryShouldBeIsExplained(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("file"), "x");
    Galen.Result result = new Galen(file).run("ingest", temp.toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("is a file, not a directory");
  }
}
