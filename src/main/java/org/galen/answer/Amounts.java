package org.galen.answer;

import static org.galen.answer.DosePatterns.AMOUNT;
import static org.galen.answer.DosePatterns.CEILING_LEAD;
import static org.galen.answer.DosePatterns.CEILING_PERIOD;
import static org.galen.answer.DosePatterns.SEGMENT;
import static org.galen.answer.DosePatterns.THRESHOLD_LEAD;
import static org.galen.answer.DosePatterns.UNKNOWN_DENOMINATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.passage.Span;

/**
 * The amounts of a line, each told apart as a dose, a ceiling on one, a threshold in a condition
 * ("if urine output is below 0.5 mL/kg/hour") or an amount not given: what {@link DoseExtractor}
 * reads doses from, and what tells a line that states a dose from one that only mentions an amount.
 */
final class Amounts {
  private Amounts() {}

  /** A dose; a ceiling on one; a threshold in a condition; a volume to dilute in or a step to change by. */
  enum Kind { DOSE, CEILING, THRESHOLD, NOT_GIVEN }

  /**
   * An amount in the sentence: {@code lead} is where the words that qualify it start (the amount
   * itself for a dose), {@code end} where it (a ceiling: with what it is per) ends; {@code unit} is
   * null when the unit cannot be read whole, and inside {@code quantity} when each amount of a
   * choice is written with it ("25 mg, 50 mg, or 100 mg").
   */
  record Amount(Kind kind, int lead, int start, int end, Span quantity, Span unit) {
    /** Whether the unit is written apart from the quantity, as a dose's unit field. */
    boolean unitApart() {
      return unit != null && unit.start() >= quantity.end();
    }
  }

  /**
   * Words that make the amount after them a measure, not a dose: what a product holds or comes as
   * ("each tablet contains 250 mg", "supplied as 10 mL"), a level or a concentration, a measure of the
   * body's function ("creatinine clearance 30 mL/min").
   */
  private static final Pattern MEASURE_LEAD = Pattern.compile("(?i)\\b(?:contain(?:s|ing)?|supplied|strength|"
      + "concentrations?|levels?|trough|peak|clearance|CrCl|eGFR|GFR|output|reconstitut\\w*|dilut\\w*|volume)\\b"
      + "[^\\d;]{0,20}$");
  /** A unit per volume of a liquid or blood: a concentration or a level, never an amount given. */
  private static final Pattern PER_VOLUME = Pattern.compile("(?i)/\\s*(?:m?L|dL|litre|liter)\\b");

  /**
   * Whether a line states a dose: an amount with a unit read whole that is no ceiling, threshold or
   * amount not given ("The first dose is 8 mg per kilogram", not "stop when the output is below 1
   * mL/kg/hour"), no concentration, level or measure ("10 mg/mL", "each tablet contains 250 mg",
   * "clearance 30 mL/min"), nor in brackets, where a line qualifies what it says ("in mild
   * impairment (clearance 50 to 80 mL/min)") or restates it.
   */
  static boolean statesDose(String line) {
    for (Span segment : segments(line)) {
      for (Amount amount : in(line, segment)) {
        if (amount.kind() == Kind.DOSE && amount.unit() != null
            && !PER_VOLUME.matcher(line.substring(amount.unit().start(), amount.end())).find()
            && !MEASURE_LEAD.matcher(line.substring(segment.start(), amount.start())).find()
            && Brackets.unclosed(line, 0, amount.start()) < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every amount in a segment, each told apart as a dose, a ceiling or a threshold. */
  static List<Amount> in(String sentence, Span segment) {
    List<Amount> amounts = new ArrayList<>();
    Matcher amount = AMOUNT.matcher(sentence).region(segment.start(), segment.end());
    while (amount.find()) {
      boolean mixedUnits = amount.group(3) != null;
      // A choice of amounts is the amount whole, each written with the same unit: that unit is its.
      boolean choice = amount.group(DosePatterns.CHOICE) != null;
      Span quantity = mixedUnits || choice ? new Span(amount.start(), amount.end())
          : new Span(amount.start(1), amount.end(1));
      Span unit = mixedUnits || UNKNOWN_DENOMINATOR.matcher(sentence.substring(amount.end())).find() ? null
          : new Span(amount.start(2), amount.end(2));
      Matcher ceiling = CEILING_LEAD.matcher(sentence).region(segment.start(), amount.start());
      Matcher threshold = THRESHOLD_LEAD.matcher(sentence).region(segment.start(), amount.start());
      Matcher notGiven = DosePatterns.NOT_GIVEN_LEAD.matcher(sentence).region(segment.start(), amount.start());
      if (notGiven.find()) {
        amounts.add(new Amount(Kind.NOT_GIVEN, notGiven.start(), amount.start(), amount.end(), quantity, unit));
      } else if (ceiling.find()) {
        Matcher period = CEILING_PERIOD.matcher(sentence).region(amount.end(), segment.end());
        int end = period.find() ? period.end() : amount.end();
        amounts.add(new Amount(Kind.CEILING, ceiling.start(), amount.start(), end, quantity, unit));
      } else if (threshold.find()) {
        amounts.add(new Amount(Kind.THRESHOLD, threshold.start(), amount.start(), amount.end(), quantity, unit));
      } else {
        amounts.add(new Amount(Kind.DOSE, amount.start(), amount.start(), amount.end(), quantity, unit));
      }
    }
    return amounts;
  }

  /** A sentence's segments: split at ";" and the like, one population or drug each. */
  static List<Span> segments(String sentence) {
    List<Span> segments = new ArrayList<>();
    Matcher separator = SEGMENT.matcher(sentence);
    int start = 0;
    while (separator.find()) {
      segments.add(new Span(start, separator.start()));
      start = separator.end();
    }
    segments.add(new Span(start, sentence.length()));
    return segments;
  }
}
