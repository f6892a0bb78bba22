package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache file is written whole, and what a stopped writer left behind does not pile up. */
class CacheFilesTest {
  @TempDir
  Path temp;

  @Test
  void aWriteReplacesTheFileWholeAndDeletesOnlyAbandonedTemporaryFiles() throws Exception {
    Path abandoned = Files.writeString(temp.resolve(".kept123.tmp"), "half a file");
    Files.setLastModifiedTime(abandoned,
        FileTime.from(Instant.now().minus(CacheFiles.ABANDONED).minusSeconds(60)));
    Path writing = Files.writeString(temp.resolve(".kept456.tmp"), "another writer at work");
    Path other = Files.writeString(temp.resolve(".other789.tmp"), "another cache's");
    Files.setLastModifiedTime(other, Files.getLastModifiedTime(abandoned));

    Path file = temp.resolve("kept.bin");
    assertThat(CacheFiles.write(file, ".kept", data -> data.writeUTF("whole"))).isTrue();

    assertThat(new java.io.DataInputStream(Files.newInputStream(file)).readUTF()).isEqualTo("whole");
    assertThat(abandoned).as("left by a stopped writer").doesNotExist();
    assertThat(writing).as("a writer at work").exists();
    assertThat(other).as("another cache's file").exists();
    assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".kept")
        && !p.equals(writing));
  }

  @Test
  void aFailedWriteLeavesNoFileAndNoTemporaryOne() throws Exception {
    Path file = temp.resolve("kept.bin");
    assertThat(CacheFiles.write(file, ".kept", data -> {
      data.writeUTF("half");
      throw new java.io.IOException("stopped");
    })).isFalse();
    assertThat(file).doesNotExist();
    try (var left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }
}
