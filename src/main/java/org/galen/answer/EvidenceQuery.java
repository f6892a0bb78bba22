package org.galen.answer;

import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Terminology;

/**
 * Gather evidence, its query: what retrieval searches for a read question — the question with the
 * clinical words for its lay ones ({@link QuestionAnalysis#retrievalText()}), and an ambiguous
 * abbreviation with all its long forms, so the evidence can tell which is meant. Thread-safe.
 */
final class EvidenceQuery {
  private final Terminology terminology;

  EvidenceQuery(Terminology terminology) {
    this.terminology = terminology;
  }

  String text(QuestionAnalysis analysis) {
    List<String> forms = analysis.primary().origin() == Concept.Origin.ABBREVIATION
        ? terminology.longForms(analysis.primary().name()) : List.of();
    return forms.size() < 2 ? analysis.retrievalText() : analysis.retrievalText() + " " + String.join(" ", forms);
  }
}
