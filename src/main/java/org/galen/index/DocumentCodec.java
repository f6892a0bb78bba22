package org.galen.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.galen.passage.Span;
import org.galen.source.Document;

/** Stores a {@link Document} in the index as JSON, and sentence spans as a compact string. */
public final class DocumentCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private DocumentCodec() {}

  public static String encode(Document document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document decode(String json) {
    try {
      return MAPPER.readValue(json, Document.class);
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
