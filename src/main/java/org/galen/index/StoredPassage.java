package org.galen.index;

import java.util.List;
import java.util.Optional;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * A passage as read back from the index, with the metadata retrieval and ranking need, so that
 * a search hit never requires loading its whole document.
 *
 * @param text the passage's text, {@code span.of(document.text())}
 * @param sentences sentence spans in the document's text
 */
public record StoredPassage(
    String docId,
    String sourceId,
    String collection,
    String title,
    String section,
    SourceKind sourceKind,
    EvidenceLevel evidenceLevel,
    Optional<Integer> year,
    int ordinal,
    Span span,
    List<Span> sentences,
    String text) {

  public StoredPassage {
    sentences = List.copyOf(sentences);
  }

  /** The text of one of this passage's sentences. */
  public String sentenceText(Span sentence) {
    return text.substring(sentence.start() - span.start(), sentence.end() - span.start());
  }
}
