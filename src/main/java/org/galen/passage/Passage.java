package org.galen.passage;

import java.util.List;

/**
 * A retrievable unit: a few consecutive sentences of one section of one document.
 *
 * @param ordinal position of the passage within its document, from 0
 * @param span where the passage lies in the document's text
 * @param sentences each sentence's span in the document's text, in order, inside {@code span}
 */
public record Passage(String docId, int ordinal, String section, Span span, List<Span> sentences) {
  public Passage {
    sentences = List.copyOf(sentences);
  }

  public String text(String documentText) {
    return span.of(documentText);
  }
}
