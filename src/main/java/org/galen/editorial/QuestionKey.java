package org.galen.editorial;

import java.util.TreeSet;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * A question's wording, normalised for reuse: its stems, stop words dropped, sorted. "What is the
 * treatment for myoclonus?" and "what's the treatment of Myoclonus" are the same question; a
 * follow-up is keyed by what it resolved to (the previous subject with the new words).
 */
final class QuestionKey {
  private QuestionKey() {}

  static String of(QuestionAnalysis analysis) {
    return String.join(" ", new TreeSet<>(Stems.of(analysis.followUp() ? analysis.retrievalText() : analysis.question())));
  }
}
