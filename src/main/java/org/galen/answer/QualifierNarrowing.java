package org.galen.answer;

import java.util.List;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Terminology;
import org.galen.retrieve.PassageHit;

/**
 * The last step of settling the subject ({@link TopicSettler}): the question's qualifiers narrow it
 * when a source is about exactly that. Stateless.
 */
final class QualifierNarrowing {
  private QualifierNarrowing() {}

  /**
   * Narrows the subject to the question's qualifiers when a retrieved source's title names them all
   * with it: asked about acute otitis media, the chronic otitis media guideline is not cited.
   */
  static QuestionAnalysis narrowed(QuestionAnalysis analysis, List<PassageHit> hits, Terminology terminology) {
    if (analysis.followUp() || analysis.qualifiers().isEmpty()) {
      return analysis;
    }
    SubjectMatcher subject = SubjectMatcher.of(analysis, terminology);
    // A guideline's or a reference page's title names a condition; a study's title names a study.
    boolean titled = hits.stream().filter(h -> h.passage().sourceKind() != org.galen.source.SourceKind.RESEARCH)
        .map(h -> SubjectMatcher.stemsOf(h.passage().title()))
        .anyMatch(title -> subject.mentionedIn(title) && title.containsAll(analysis.qualifiers()));
    String words = analysis.qualifierWords();
    return titled && !words.isBlank() ? analysis.narrowedBy(words) : analysis;
  }
}
