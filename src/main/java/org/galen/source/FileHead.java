package org.galen.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The first few kilobytes of a file as text (decompressed, and for a zip its first entry), so a
 * reader can recognise its format by content rather than by name alone.
 */
public record FileHead(Path path, String fileName, String text, boolean empty) {
  private static final int HEAD_BYTES = 4096;

  public static FileHead of(Path path) throws IOException {
    String fileName = path.getFileName().toString();
    try (InputStream in = SourceFiles.open(path)) {
      byte[] bytes = in.readNBytes(HEAD_BYTES);
      return new FileHead(path, fileName, new String(bytes, StandardCharsets.UTF_8), bytes.length == 0);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      return new FileHead(path, fileName, "", false);
    }
  }

  /** File name in lower case, without a trailing {@code .gz}. */
  public String baseName() {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
  }

  public boolean hasExtension(String... extensions) {
    for (String extension : extensions) {
      if (baseName().endsWith("." + extension)) {
        return true;
      }
    }
    return false;
  }
}
