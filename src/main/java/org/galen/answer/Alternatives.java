package org.galen.answer;

import java.util.List;
import org.galen.answer.question.QuestionAnalysis;

/**
 * Other subjects for an article whose settled subject's sources hold nothing that answers, best
 * first ({@link SettledAnalysis#alternatives}); the first {@code heavier} are weighed by retrieval
 * more than the settled subject.
 */
public record Alternatives(List<QuestionAnalysis> subjects, int heavier) {
  static final Alternatives NONE = new Alternatives(List.of(), 0);

  public Alternatives {
    subjects = List.copyOf(subjects);
    if (heavier < 0 || heavier > subjects.size()) {
      throw new IllegalArgumentException("heavier must be 0 to " + subjects.size() + ": " + heavier);
    }
  }

  /** Those retrieval weighs more than the settled subject. */
  List<QuestionAnalysis> heavierOnes() {
    return subjects.subList(0, heavier);
  }

  /** Those retrieval weighs no more than the settled subject. */
  List<QuestionAnalysis> lighterOnes() {
    return subjects.subList(heavier, subjects.size());
  }
}
