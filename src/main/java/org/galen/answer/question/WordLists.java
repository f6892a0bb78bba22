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
 * Reads the answer stage's word lists and tables from its resources (a name relative to this
 * package, or absolute from "/"): their lines, less comments ("#") and blank lines. Each list
 * keeps its provenance in its own file.
 */
public final class WordLists {
  private WordLists() {}

  public static List<String> lines(String resource) {
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
