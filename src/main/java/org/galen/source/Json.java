package org.galen.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.galen.json.Jackson;

/** Shared plumbing for the JSON readers: streaming over big top-level objects, clear errors. */
final class Json {
  private static final ObjectReader READER = Jackson.reader();

  /** Receives one top-level field of a big JSON object, its value materialised. */
  interface FieldHandler {
    void field(String name, JsonNode value) throws IOException, MalformedSourceException;
  }

  private Json() {}

  static JsonNode readTree(InputStream in) throws MalformedSourceException, IOException {
    try {
      JsonNode node = READER.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new MalformedSourceException("empty JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /**
   * Streams a top-level object {@code {key: value, ...}} one field at a time, so a 10 MB MMWR
   * archive or the PubMedQA set is never held whole.
   */
  static void streamObject(InputStream in, FieldHandler handler) throws IOException, MalformedSourceException {
    try (JsonParser parser = READER.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedSourceException("expected a JSON object at the top level");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        handler.field(name, READER.readTree(parser));
      }
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw new MalformedSourceException("JSON object not closed" + at(parser));
      }
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  /** A JSON array of strings as a list; null or absent gives an empty list. */
  static List<String> strings(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(item -> {
        if (!item.isNull()) {
          values.add(item.asText());
        }
      });
    }
    return values;
  }

  private static MalformedSourceException malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return new MalformedSourceException("invalid JSON" + where + ": " + e.getOriginalMessage(), e);
  }

  private static String at(JsonParser parser) {
    return " at line " + parser.currentLocation().getLineNr();
  }
}
