package org.galen.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Opens source files as streams, transparently decompressing {@code .gz} and single-entry {@code .zip}. */
public final class SourceFiles {
  private static final int BUFFER = 1 << 14;

  private SourceFiles() {}

  public static InputStream open(Path path) throws IOException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), BUFFER);
    try {
      if (name.endsWith(".gz")) {
        return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
      }
      if (name.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(raw);
        ZipEntry entry = zip.getNextEntry();
        while (entry != null && entry.isDirectory()) {
          entry = zip.getNextEntry();
        }
        if (entry == null) {
          throw new java.util.zip.ZipException("zip archive has no file entry");
        }
        return new BufferedInputStream(zip, BUFFER);
      }
      return raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
