package org.galen.answer;

import static org.galen.answer.DosePatterns.POPULATION;

import java.util.regex.Matcher;
import org.galen.passage.Span;

/** Whom a dose line's amount is for: the population phrase before it, verbatim, its brackets whole. */
final class PopulationPhrase {
  /** Population words further apart than this before the amount describe different things. */
  private static final int POPULATION_SPAN = 40;

  private PopulationPhrase() {}

  /**
   * From the first to the last population phrase before the amount, when they are close: "Child:
   * 1 month – 12 years", "Adult and child over 18 months". Verbatim, like every field.
   */
  static Span before(String sentence, int from, int to) {
    Matcher matcher = POPULATION.matcher(sentence).region(from, to);
    int start = -1;
    int end = -1;
    while (matcher.find()) {
      if (start < 0 || matcher.start() - end > POPULATION_SPAN) {
        start = matcher.start();
      }
      end = matcher.end();
    }
    if (start < 0) {
      return null;
    }
    // A bracket the phrase opens closes with it: "Child (1 month - 12 years)", not "Child (1 month - 12 years".
    int open = Brackets.unclosed(sentence, start, end);
    if (open >= 0) {
      int close = Brackets.closing(sentence, open, to);
      if (close > end && sentence.charAt(close - 1) == ')') {
        end = close;
      }
      // A bracket the source never closes before the amount is quoted as the source wrote it.
    }
    // A bracket closing in it opened before it ("Propylthiouracil (preferred in pregnancy): Adult"):
    // the phrase is what follows the bracket.
    int closed = sentence.lastIndexOf(')', end - 1);
    if (closed >= start && Brackets.opensBefore(sentence, from, start, closed)) {
      return before(sentence, closed + 1, to);
    }
    return new Span(start, end);
  }
}
