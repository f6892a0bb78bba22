package org.galen.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small immutable XML subtree: one MEDLINE citation, one MedQuAD file, one JATS article.
 *
 * <p>Readers stream a file with StAX and materialise only the record at hand as an {@code
 * XmlElement}, so a 30,000-citation MEDLINE file never sits in memory whole. Hand-written rather than
 * DOM because the readers need three queries (child, children, text) and DOM's node lists make
 * each of them a loop.
 *
 * @param content child elements and text, in document order
 */
public record XmlElement(String name, Map<String, String> attributes, List<Object> content) {

  /**
   * Elements nested deeper than this are refused: no real source nests past a few dozen, and a
   * hostile file nested thousands deep would exhaust the reading thread's stack.
   */
  public static final int MAX_DEPTH = 256;

  /** Reads the element the reader is positioned on (a START_ELEMENT) through its END_ELEMENT. */
  public static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
    return read(reader, 1);
  }

  private static XmlElement read(XMLStreamReader reader, int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH, reader.getLocation());
    }
    String name = reader.getLocalName();
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    List<Object> content = new ArrayList<>();
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> content.add(read(reader, depth + 1));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            content.add(reader.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return new XmlElement(name, Map.copyOf(attributes), List.copyOf(content));
        }
        default -> { }
      }
    }
    throw new XMLStreamException("document ended inside <" + name + ">", reader.getLocation());
  }

  public String attribute(String attributeName) {
    return attributes.getOrDefault(attributeName, "");
  }

  public Stream<XmlElement> elements() {
    return content.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast);
  }

  public Stream<XmlElement> children(String childName) {
    return elements().filter(e -> e.name.equals(childName));
  }

  public Optional<XmlElement> child(String childName) {
    return children(childName).findFirst();
  }

  /** Follows a path of child names, e.g. {@code path("Article", "Journal", "Title")}. */
  public Optional<XmlElement> path(String... names) {
    Optional<XmlElement> current = Optional.of(this);
    for (String step : names) {
      current = current.flatMap(e -> e.child(step));
    }
    return current;
  }

  /** Trimmed text of the element at the path, or "" when absent. */
  public String textAt(String... names) {
    return path(names).map(XmlElement::text).orElse("");
  }

  /** All descendant elements with the name, depth first, in document order. */
  public Stream<XmlElement> descendants(String descendantName) {
    return elements().flatMap(e -> e.name.equals(descendantName)
        ? Stream.of(e)
        : e.descendants(descendantName));
  }

  /** All text beneath this element in document order, whitespace-normalised and trimmed. */
  public String text() {
    StringBuilder out = new StringBuilder();
    appendText(out, List.of());
    return TextNormalizer.normalize(out.toString());
  }

  /** All text beneath this element exactly as written, whitespace included: for readers that read layout. */
  public String rawText() {
    StringBuilder out = new StringBuilder();
    appendText(out, List.of());
    return out.toString();
  }

  /** Like {@link #text()} but leaves out the subtrees whose element names are listed. */
  public String textWithout(List<String> skippedNames) {
    StringBuilder out = new StringBuilder();
    appendText(out, skippedNames);
    return TextNormalizer.normalize(out.toString());
  }

  private void appendText(StringBuilder out, List<String> skippedNames) {
    for (Object part : content) {
      if (part instanceof XmlElement element) {
        if (!skippedNames.contains(element.name)) {
          element.appendText(out, skippedNames);
        }
      } else {
        out.append((String) part);
      }
    }
  }
}
