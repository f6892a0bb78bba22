package org.galen.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads evaluation topics: TSV {@code id<TAB>text} (plain or {@code .gz}), or SciFact claims JSONL
 * ({@code {"id": 2, "claim": "..."}}), told apart by the first non-blank character.
 */
public final class Topics {
  private static final ObjectReader READER = org.galen.json.Jackson.reader();

  private Topics() {}

  public static List<Topic> read(Path file) throws IOException {
    List<Topic> topics = new ArrayList<>();
    LineFiles.forEachLine(file, (line, number) ->
        topics.add(line.stripLeading().startsWith("{") ? claim(line, file, number) : tsv(line, file, number)));
    if (topics.isEmpty()) {
      throw new IOException(file + " holds no topics");
    }
    return topics;
  }

  private static Topic tsv(String line, Path file, int lineNumber) throws IOException {
    int tab = line.indexOf('\t');
    if (tab <= 0 || tab == line.length() - 1) {
      throw new IOException(file + " line " + lineNumber + ": expected 'id<TAB>text'");
    }
    return new Topic(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
  }

  private static Topic claim(String line, Path file, int lineNumber) throws IOException {
    JsonNode node;
    try {
      node = READER.readTree(line);
    } catch (IOException e) {
      throw new IOException(file + " line " + lineNumber + ": invalid JSON: " + e.getMessage(), e);
    }
    if (!node.hasNonNull("id") || !node.hasNonNull("claim")) {
      throw new IOException(file + " line " + lineNumber + ": expected a SciFact claim with \"id\" and \"claim\"");
    }
    return new Topic(node.get("id").asText(), node.get("claim").asText());
  }
}
