package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.galen.index.Indexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index part of a backup: its last commit, copied only while nobody writes it. */
class BackupTest {
  @TempDir
  Path temp;

  @Test
  void aBackupWhileAnotherWriterHoldsTheIndexIsRefusedAndOneAfterCopiesTheLastCommit() throws Exception {
    Path data = temp.resolve("data");
    try (Indexer writer = new Indexer(data.resolve("index"))) {
      writer.commit();
      assertThatThrownBy(() -> Backup.create(data, temp.resolve("during")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("another galen process is writing the index; back up when it has finished");
    }

    Backup.Copied copied = Backup.create(data, temp.resolve("after"));

    long bytes;
    try (Stream<Path> files = Files.list(temp.resolve("after/index"))) {
      bytes = files.mapToLong(BackupTest::size).sum();
    }
    assertThat(copied.indexFiles()).isPositive();
    assertThat(copied.indexBytes()).isEqualTo(bytes);
    assertThat(temp.resolve("after/index/write.lock")).as("the lock is no part of a commit").doesNotExist();
    assertThat(copied.database()).isFalse();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
