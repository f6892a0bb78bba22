package org.galen.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.passage.Span;

/**
 * For an audience whose doses are withheld (patients, students), a statement stops before its first
 * amount: "Carbimazole 10 - 20 mg orally 8 hourly" is quoted as "Carbimazole", still verbatim at
 * its span, still saying which medicine the source names, and no dose shows inside it. Stateless.
 */
final class WithheldDoses {
  /** What may be left dangling before the amount: separators, who the dose is for, how it is given. */
  private static final Pattern DANGLING = Pattern.compile("(?i)(?:[\\s:;,(\\-–—]|\\b(?:adults?|child(?:ren)?|"
      + "neonates?|infants?|aged|over|under|above|below|from|orally|oral|by mouth|intravenously|intramuscularly|IV|IM|SC|give|then|start with|"
      + "initially|single|dose|doses|of|at|with|and|or)\\b)+$");
  /**
   * An age or weight band ("6 - 12 years", "3 months - 1 year", "over 50 kg"), not a number inside
   * a name ("B12") or a schedule.
   */
  private static final String AGE_OR_WEIGHT = "(?:months?|mths?|years?|yrs?|weeks?|wks?|kg)\\b(?!\\s*/)";
  private static final Pattern BAND = Pattern.compile("(?i)(?<![\\p{L}\\d.])\\d+(?:\\.\\d+)?\\s*(?:" + AGE_OR_WEIGHT
      + "\\s*)?(?:(?:[-–—]|to)\\s*\\d+(?:\\.\\d+)?\\s*)?" + AGE_OR_WEIGHT);
  /** Fewer letters than this left before the amount say nothing ("Adult:"). */
  private static final int MIN_LETTERS = 4;

  private WithheldDoses() {}

  /** The statement as far as its first amount; itself when it has none; empty when nothing is left. */
  static Optional<Candidate> withoutDoses(Candidate candidate) {
    Matcher amount = DosePatterns.AMOUNT.matcher(candidate.text());
    if (!amount.find()) {
      return Optional.of(candidate);
    }
    // Who the withheld dose was for ("- 6 - 12 years:", "Child 2-5 years") says nothing once the dose
    // is gone: a band right before the amount goes with it ("Children 6-12 years: paracetamol 250 mg"
    // keeps its band, which says whom the named drug is for).
    String before = candidate.text().substring(0, amount.start());
    Matcher band = BAND.matcher(before);
    int lastBand = -1;
    int bandEnd = -1;
    while (band.find()) {
      lastBand = band.start();
      bandEnd = band.end();
    }
    String between = before.substring(Math.max(bandEnd, 0));
    if (lastBand >= 0 && (between.isEmpty() || DANGLING.matcher(between).matches())) {
      // The band says whom the amount right after it is for: it goes with the amount.
      before = before.substring(0, lastBand);
    }
    String kept = DANGLING.matcher(before).replaceFirst("");
    if (kept.chars().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    int start = candidate.sentence().start();
    return Optional.of(new Candidate(candidate.passage(), new Span(start, start + kept.length()), kept,
        org.galen.answer.question.Stems.of(kept), candidate.section(), candidate.score(), candidate.aboutSubject(),
        candidate.redFlag()));
  }
}
