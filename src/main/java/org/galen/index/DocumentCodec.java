package org.galen.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.galen.json.Jackson;
import org.galen.passage.Span;
import org.galen.source.Document;

/** Stores a {@link Document} in the index as JSON, and sentence spans as a compact string. */
public final class DocumentCodec {
  private static final ObjectReader READER = Jackson.tolerantReader().forType(Document.class);

  private DocumentCodec() {}

  public static String encode(Document document) {
    try {
      return Jackson.writer().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document decode(String json) {
    try {
      return READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt document record in the index", e);
    }
  }

  /** {@code "12:80 81:140"}: start:end pairs. */
  public static String encodeSpans(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(span.start()).append(':').append(span.end());
    }
    return out.toString();
  }

  public static List<Span> decodeSpans(String encoded) {
    List<Span> spans = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return spans;
    }
    for (String pair : encoded.split(" ")) {
      int colon = pair.indexOf(':');
      spans.add(new Span(Integer.parseInt(pair.substring(0, colon)), Integer.parseInt(pair.substring(colon + 1))));
    }
    return spans;
  }
}
