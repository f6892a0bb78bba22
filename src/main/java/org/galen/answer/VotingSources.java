package org.galen.answer;

import java.util.ArrayList;
import java.util.List;
import org.galen.source.Document;
import org.galen.index.StoredPassage;
import org.galen.index.SubjectNames;
import org.galen.retrieve.PassageHit;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * Which retrieved sources vote for the condition the evidence is about ({@link EvidenceTopics}): a
 * guideline by its title, a reference page by its focus. A report of recommendations is titled
 * with what it recommends, a research abstract with its finding, a label with its product: none
 * names a condition. Stateless.
 */
final class VotingSources {
  private VotingSources() {}

  /** Whether a source votes for a condition. */
  static boolean votes(StoredPassage passage) {
    return asGuideline(passage) || asReference(passage);
  }

  /** A guideline, by its title (a report of recommendations is titled with what it recommends). */
  static boolean asGuideline(StoredPassage passage) {
    return passage.evidenceLevel() == EvidenceLevel.GUIDELINE
        && !SectionClassifier.isRecommendationsReport(passage.sourceKind(), passage.evidenceLevel());
  }

  /** A reference page, by the focus it says it is about. */
  static boolean asReference(StoredPassage passage) {
    return passage.sourceKind() == SourceKind.REFERENCE && passage.evidenceLevel() == EvidenceLevel.REFERENCE;
  }

  /** The retrieved passages of sources that may be about a condition: all but labels'. */
  static List<PassageHit> aboutConditions(List<PassageHit> hits) {
    return hits.stream().filter(hit -> hit.passage().sourceKind() != SourceKind.LABEL).toList();
  }

  /**
   * The names a reference page gives its subject, as an article about it may use them: its focus,
   * then its synonyms but initialisms, which a text read without case holds as other words ("MG"
   * is also every dose line's milligrams).
   */
  static List<String> lentNames(Document page) {
    List<String> names = new ArrayList<>(page.focus().stream().limit(1).map(PageFocus::subjectOf).toList());
    page.focus().stream().skip(1).filter(name -> !SubjectNames.isInitialism(name) && !names.contains(name))
        .forEach(names::add);
    return names;
  }
}
