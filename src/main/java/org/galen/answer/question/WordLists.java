package org.galen.answer.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the question stage's word lists from this package's resources: their lines, less
 * comments ("#") and blank lines. Each list keeps its provenance in its own file.
 */
final class WordLists {
  private WordLists() {}

  static List<String> lines(String resource) {
    try (InputStream stream = WordLists.class.getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IOException("a word list is missing from the class path: " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
