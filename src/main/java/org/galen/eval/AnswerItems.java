package org.galen.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.Audience;

/**
 * Reads an answer set: one JSON object a line, as {@code eval/clinical-questions/README.md}
 * describes. Everything is checked before anything is asked, so a bad line costs no time: a
 * missing id or question, an unknown audience, a criterion that is not a list of strings, a
 * repeated id, or a {@code follows} naming no earlier item is malformed.
 */
public final class AnswerItems {
  private static final ObjectReader READER = org.galen.json.Jackson.reader();
  private static final List<String> LISTS = List.of("lead", "cite_any", "bottom_any", "any", "none");

  private AnswerItems() {}

  public static List<AnswerItem> read(Path file) throws IOException, MalformedItemsException {
    List<AnswerItem> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    MalformedItemsException[] malformed = new MalformedItemsException[1];
    LineFiles.forEachLine(file, (line, number) -> {
      if (malformed[0] != null) {
        return;
      }
      try {
        AnswerItem item = item(line, number, file);
        if (!ids.add(item.id())) {
          throw new MalformedItemsException(file, number, "item id " + item.id() + " appears twice");
        }
        if (item.follows().isPresent() && !ids.contains(item.follows().get())) {
          throw new MalformedItemsException(file, number, "item " + item.id() + " follows '" + item.follows().get()
              + "', which is not an earlier item");
        }
        items.add(item);
      } catch (MalformedItemsException e) {
        malformed[0] = e;
      }
    });
    if (malformed[0] != null) {
      throw malformed[0];
    }
    if (items.isEmpty()) {
      throw new MalformedItemsException(file, 1, "no items: expected one JSON object a line");
    }
    return items;
  }

  private static AnswerItem item(String line, int number, Path file) throws MalformedItemsException {
    JsonNode node;
    try {
      node = READER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedItemsException(file, number, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new MalformedItemsException(file, number, "expected a JSON object");
    }
    String id = text(node, "id", file, number);
    String question = text(node, "q", file, number);
    Audience audience;
    try {
      audience = Audience.parse(node.path("audience").asText("physician"));
    } catch (IllegalArgumentException e) {
      throw new MalformedItemsException(file, number, e.getMessage());
    }
    List<List<String>> lists = new ArrayList<>();
    for (String name : LISTS) {
      lists.add(strings(node, name, file, number));
    }
    JsonNode abstain = node.get("abstain");
    if (abstain != null && !abstain.isNull() && !abstain.isBoolean()) {
      throw new MalformedItemsException(file, number, "'abstain' must be true or false");
    }
    JsonNode follows = node.get("follows");
    if (follows != null && !follows.isNull() && !follows.isTextual()) {
      throw new MalformedItemsException(file, number, "'follows' must be an item id");
    }
    return new AnswerItem(id, question, audience, node.path("kind").asText(""), lists.get(0), lists.get(1),
        lists.get(2), lists.get(3), lists.get(4),
        abstain == null || abstain.isNull() ? Optional.empty() : Optional.of(abstain.asBoolean()),
        follows == null || follows.isNull() ? Optional.empty() : Optional.of(follows.asText()));
  }

  private static String text(JsonNode node, String field, Path file, int number) throws MalformedItemsException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new MalformedItemsException(file, number, "'" + field + "' must be a non-empty string");
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode node, String field, Path file, int number)
      throws MalformedItemsException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new MalformedItemsException(file, number, "'" + field + "' must be a list of strings");
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw new MalformedItemsException(file, number, "'" + field + "' must be a list of strings");
      }
      strings.add(element.asText());
    }
    return strings;
  }
}
