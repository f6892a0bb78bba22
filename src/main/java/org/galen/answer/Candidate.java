package org.galen.answer;

import java.util.Set;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;

/**
 * One source sentence that may go into an article: where it is, which section it would sit in,
 * and how well it answers the question.
 *
 * @param aboutSubject its document is about the question's subject (the title names it)
 * @param redFlag it tells the reader to seek care urgently
 */
record Candidate(StoredPassage passage, Span sentence, String text, Set<String> stems, SectionKind section,
    double score, boolean aboutSubject, boolean redFlag) {

  String docId() {
    return passage.docId();
  }

  SourceSpanKey key() {
    return new SourceSpanKey(passage.docId(), sentence.start());
  }

  /** Identifies a sentence across passages, so one sentence is never cited twice. */
  record SourceSpanKey(String docId, int start) {}
}
