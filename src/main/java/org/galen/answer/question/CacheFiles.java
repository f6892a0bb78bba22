package org.galen.answer.question;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a file of the data directory's cache whole or not at all: under a name of its own, then
 * moved into place, so a reader never sees half a file and two writers never mix theirs. A cache
 * that cannot be written is no error: what it would keep is worked out again next time.
 */
final class CacheFiles {
  /** What a cache file holds, written to the stream it is given. */
  interface Contents {
    void writeTo(DataOutputStream data) throws IOException;
  }

  private CacheFiles() {}

  /**
   * A temporary file this old was left by a process stopped while writing it (a writer at work
   * finishes in a second or two): deleted when the next one is written, so none piles up.
   */
  static final java.time.Duration ABANDONED = java.time.Duration.ofMinutes(10);

  /** Writes {@code contents} to {@code file}; whether it was written. */
  static boolean write(Path file, String temporaryPrefix, Contents contents) {
    Path temporary = null;
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      deleteAbandoned(directory, temporaryPrefix);
      temporary = Files.createTempFile(directory, temporaryPrefix, ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary);
          DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
        contents.writeTo(data);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      deleteQuietly(temporary);
      return false;
    }
  }

  private static void deleteAbandoned(Path directory, String temporaryPrefix) throws IOException {
    java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(
        java.time.Instant.now().minus(ABANDONED));
    try (java.nio.file.DirectoryStream<Path> left = Files.newDirectoryStream(directory, temporaryPrefix + "*.tmp")) {
      for (Path temporary : left) {
        try {
          if (Files.getLastModifiedTime(temporary).compareTo(before) < 0) {
            Files.deleteIfExists(temporary);
          }
        } catch (IOException e) {
          // Gone already, or not ours to delete: left as it is.
        }
      }
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // A stray temporary file in the cache is harmless.
    }
  }
}
