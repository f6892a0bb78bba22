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

  /** Writes {@code contents} to {@code file}; whether it was written. */
  static boolean write(Path file, String temporaryPrefix, Contents contents) {
    Path temporary = null;
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
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
