package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galen check} on whole and damaged stores, and the message a damaged index gives every command
 * (which failures count as damage: {@code index.IndexFilesTest}).
 */
class CheckCommandTest {
  @TempDir
  Path temp;

  @Test
  void aWholeDataDirectoryChecksCleanAndRandomBytesInASegmentAreFoundAndNamed() throws Exception {
    Path data = temp.resolve("data");
    Galen galen = new Galen(data);
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    for (String name : new String[] {"TONSILLITIS.json", "Malaria.json", "GOUT.json"}) {
      Files.copy(SharedData.require("corpus/nstg/processed_json").resolve(name), corpus.resolve(name));
    }
    assertThat(galen.run("ingest", "--no-vectors", corpus.toString()).exit()).isZero();
    assertThat(galen.run("ask", "How is tonsillitis treated?").exit()).isZero();

    Galen.Result whole = galen.run("check");
    assertThat(whole.exit()).isZero();
    assertThat(whole.out()).contains("index", "whole").contains("database").doesNotContain("DAMAGED");

    // Random bytes in the middle of the largest segment file, as a failing disk writes them.
    Path segment;
    try (Stream<Path> files = Files.list(data.resolve("index"))) {
      segment = files.filter(f -> !f.getFileName().toString().startsWith("segments")
          && !f.getFileName().toString().equals("write.lock")).max(Comparator.comparingLong(CheckCommandTest::size))
          .orElseThrow();
    }
    byte[] noise = new byte[512];
    new Random(7).nextBytes(noise);
    try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(noise);
    }

    Galen.Result damaged = galen.run("check");
    assertThat(damaged.exit()).isEqualTo(1);
    assertThat(damaged.out()).contains("DAMAGED index").contains("galen restore");
    assertThat(damaged.out()).contains("database").doesNotContain("DAMAGED database");
    for (String[] command : new String[][] {{"search", "tonsillitis"}, {"search", "malaria"}, {"show", "nstg:gout"},
        {"show", "nstg:tonsillitis"}, {"show", "nstg:malaria"}}) {
      Galen.Result result = galen.run(command);
      assertThat(result.exit() == 0 || result.err().contains("the index is damaged") && result.err().contains("galen check"))
          .as("%s: a clear message or an answer, never a raw exception: %s", String.join(" ", command), result.err())
          .isTrue();
    }

    // An emptied article database is damage too, though SQLite would read it as a new one.
    Files.write(data.resolve(org.galen.editorial.Database.FILE_NAME), new byte[0]);
    Galen.Result emptied = galen.run("check");
    assertThat(emptied.exit()).isEqualTo(1);
    assertThat(emptied.out()).contains("DAMAGED database").contains("0 bytes");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
