package org.galen.answer;

import java.util.List;
import org.galen.answer.question.FocusWords;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/** Small sources written for a test, as the readers lay them out. */
final class FixtureDocuments {
  private FixtureDocuments() {}

  /** A MedQuAD page on {@code focus}: one answer, titled with the question it answers. */
  static Document page(String docId, String focus, String text) {
    return new DocumentBuilder(docId, "medquad").title("What is (are) " + focus + " ?").section("information", text)
        .focus(List.of(focus)).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build();
  }

  /** An NSTG guideline of one part. */
  static Document guideline(String docId, String title, String heading, String text) {
    return new DocumentBuilder(docId, "nstg").title(title).section(heading, text)
        .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build();
  }

  /** A condition the evidence is about, as one source of the given weight makes it. */
  static EvidenceTopics.Condition condition(String name, double weight, String docId) {
    return new EvidenceTopics.Condition(name, List.of(name), FocusWords.of(name), weight, weight,
        java.util.Set.of(docId));
  }
}
