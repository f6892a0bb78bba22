package org.galen.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.galen.source.SourceFiles;

/** Reads the non-blank lines of a plain or gzipped evaluation file, with their line numbers for errors. */
final class LineFiles {
  interface LineHandler {
    void line(String line, int number) throws IOException;
  }

  private LineFiles() {}

  static void forEachLine(Path file, LineHandler handler) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(SourceFiles.open(file), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          handler.line(line, number);
        }
      }
    }
  }
}
