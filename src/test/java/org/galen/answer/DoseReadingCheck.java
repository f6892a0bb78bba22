package org.galen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.passage.Span;

/**
 * A second reading of a structured dose against its own line, written apart from {@link
 * DoseExtractor} and on purpose simpler: it does not parse doses, it looks at the words right next
 * to each field and reports what the field left out — a number or a range end, a multiplier or an
 * alternative of a frequency ("five times daily" read as "daily", "once or" dropped), a unit's
 * denominator ("mg/m2" read as "mg"), a ceiling word ("maximum 24 mg daily" read as a dose), and a
 * population other than the one the line names before the amount, a population whose bracket is cut,
 * a bare number for an amount, and an amount that is a volume to dilute in or a step to change by. Used by the test over every NSTG
 * drug line and by {@code DoseAudit} over the articles of the 251 treatment questions.
 */
public final class DoseReadingCheck {
  private static final Pattern NUMBER_END = Pattern.compile("[\\d.,]\\d$|\\d$");
  private static final Pattern RANGE_START_BEFORE = Pattern.compile("(?i)\\d\\s*(?:[-–—]|\\bto|\\bor)\\s*$");
  private static final Pattern RANGE_END_AFTER = Pattern.compile("(?i)^\\s*(?:[-–—]|to\\b|or\\b)\\s*\\d");
  private static final Pattern DIGIT_AFTER = Pattern.compile("^[.,]?\\d");
  private static final Pattern CEILING_BEFORE = Pattern.compile(
      "(?i)(?:\\bmax(?:imum)?\\.?|\\bup\\s+to|\\bexceed(?:ing)?|\\bno\\s+more\\s+than)"
          + "(?:\\s+(?:total|daily|single))?(?:\\s+dose)?(?:\\s+of)?\\s*:?\\s*$");
  private static final Pattern DENOMINATOR_AFTER = Pattern.compile(
      "(?i)^(?:\\s?/|\\s+per\\s+(?!(?:rectum|os|vaginam)\\b)\\S)");
  /** A count or alternative just before a frequency; never the power of a unit ("mg/m2 every 12 hours"). */
  private static final Pattern MULTIPLIER_BEFORE = Pattern.compile(
      "(?i)(?:(?<!\\p{L})\\d|\\b(?:once|twice|thrice|one|two|three|four|five|six|times|or|to)|[-–—]"
          + "|(?:\\d|\\b(?:once|twice|thrice|one|two|three|four|five|six))\\s*,)\\s*$");
  private static final Pattern ALTERNATIVE_AFTER = Pattern.compile("(?i)^\\s*(?:,|or\\b|to\\b|[-–—])\\s*"
      + "(?:\\d+\\s*(?:times|x|-?hourly)|once|twice|thrice|three|four|five|six|every|daily|weekly|monthly|at\\s+night)\\b");
  /** A range's other end as a mixed-unit range writes it ("1 g - 2 g"); "250 mg or 5 mg/kg" is another dose. */
  private static final Pattern UNIT_RANGE_END_AFTER = Pattern.compile("(?i)^\\s*(?:[-–—]|to\\b)\\s*\\d");
  /** A ceiling and its amount just before a frequency: "maximum 24 mg daily" lends "daily" to no dose. */
  private static final Pattern CEILING_AMOUNT_BEFORE = Pattern.compile(
      "(?i)(?:\\bmax(?:imum)?\\.?|\\bup\\s+to|\\bexceed)\\s*(?:of\\s*)?:?\\s*\\d[\\d.,\\s–-]*\\s*[\\p{L}μ/²\\d]*\\s*$");
  private static final Pattern POPULATION_WORD = Pattern.compile(
      "(?i)\\b(?:adults?|child(?:ren)?|neonates?|infants?|elderly|pregnan\\w*)\\b");
  /** Words that make the amount after them none given: "dilute in", "increase by", "in steps of". */
  private static final Pattern NOT_GIVEN_BEFORE = Pattern.compile(
      "(?i)\\b(?:dilut\\w*[^\\d;,]{0,20}|(?:increas|reduc|decreas)\\w*[^\\d;,]{0,20}\\bby\\s*|(?:steps|increments?)\\s+of\\s*)$");
  private static final int CONTEXT = 40;
  /** A limit said earlier in the clause: "the maximum recommended daily dose of X in adults is". */
  private static final Pattern LIMIT_EARLIER = Pattern.compile("(?i)\\b(?:max(?:imum)?|exceed\\w*|limit(?:ed)?|highest)\\b");

  /**
   * The text of the amount's clause before it: from the last ";" before it, or the line's start, or
   * the comma before the dose's drug named in a list, or the bracket still open at the amount.
   */
  private static String clauseBefore(String text, int at, Span drug) {
    int start = text.lastIndexOf(';', at - 1) + 1;
    if (drug != null && drug.start() >= start && drug.start() < at) {
      // A drug of a list names its own clause: "…to a maximum of 2 mg, Prednisolone 60 mg".
      start = Math.max(start, text.lastIndexOf(',', drug.start()) + 1);
    }
    // A bracket still open at the amount starts a clause of its own: "max 400 μg/minute, Long acting
    // (Isosorbide dinitrate 30 - 120 mg" states no limit of that dose.
    int depth = 0;
    for (int i = at - 1; i >= start; i--) {
      if (text.charAt(i) == ')') {
        depth++;
      } else if (text.charAt(i) == '(' && depth-- == 0) {
        return text.substring(i + 1, at);
      }
    }
    return text.substring(start, at);
  }

  private DoseReadingCheck() {}

  /** What the dose's fields leave out of its line; empty when it reads the line whole. */
  public static List<String> problems(Dose dose) {
    List<String> problems = new ArrayList<>();
    String text = dose.text();
    Map<String, String> values = Map.of("amount", dose.amount(), "unit", dose.unit(), "route", dose.route(),
        "frequency", dose.frequency(), "duration", dose.duration(), "population", dose.population(),
        "maximum", dose.maximum());
    values.forEach((name, value) -> {
      Span span = dose.spans().get(name);
      // A table row's unit is its column header's: "(mg)" in "Dose (mg)", whole between its brackets.
      boolean fromColumn = dose.columns().getOrDefault(name, "").contains("(" + value + ")");
      if (!value.isEmpty() && (span == null || !span.of(text).equals(value)) && !fromColumn) {
        problems.add(name + " '" + value + "' is not at its recorded span");
      }
    });
    for (Map.Entry<String, Span> field : dose.spans().entrySet()) {
      check(field.getKey(), field.getValue(), dose, problems);
    }
    checkPopulation(dose, problems);
    return problems;
  }

  private static void check(String name, Span span, Dose dose, List<String> problems) {
    String text = dose.text();
    String before = text.substring(Math.max(0, span.start() - CONTEXT), span.start());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT));
    String value = span.of(text);
    String where = name + " '" + value + "'";
    switch (name) {
      case "amount" -> {
        flag(problems, NUMBER_END.matcher(before).find(), where + ": a number runs on before it");
        flag(problems, RANGE_START_BEFORE.matcher(before).find(), where + ": the range's first end is left out");
        flag(problems, CEILING_BEFORE.matcher(before).find(), where + ": a ceiling is read as the dose");
        flag(problems, LIMIT_EARLIER.matcher(clauseBefore(text, span.start(), dose.spans().get("drug"))).find(),
            where + ": the line states a limit before it, in other words: a ceiling is read as the dose");
        flag(problems, dose.unit().isEmpty() && !value.matches("(?s).*\\p{L}.*"), where + ": a bare number, its unit unread");
        flag(problems, NOT_GIVEN_BEFORE.matcher(before).find(), where + ": a volume to dilute in or a step to change by");
        if (!dose.spans().containsKey("unit")) {
          flag(problems, RANGE_END_AFTER.matcher(after).find(), where + ": the range's last end is left out");
          flag(problems, DIGIT_AFTER.matcher(after).find(), where + ": a number runs on after it");
        }
      }
      case "unit" -> {
        flag(problems, DENOMINATOR_AFTER.matcher(after).find(), where + ": its denominator is left out");
        flag(problems, UNIT_RANGE_END_AFTER.matcher(after).find(), where + ": the range's last end is left out");
        flag(problems, after.matches("(?s)^[\\p{L}²].*"), where + ": the unit is cut");
      }
      case "frequency" -> {
        flag(problems, MULTIPLIER_BEFORE.matcher(before).find(), where + ": its multiplier or alternative is left out");
        flag(problems, ALTERNATIVE_AFTER.matcher(after).find(), where + ": an alternative after it is left out");
        flag(problems, ceilingOutsideMaximum(dose, before, span), where + ": it is a ceiling's, not the dose's");
      }
      case "maximum" -> {
        flag(problems, RANGE_END_AFTER.matcher(after).find(), where + ": the range's last end is left out");
        flag(problems, DENOMINATOR_AFTER.matcher(after).find(), where + ": its denominator is left out");
        flag(problems, !CEILING_AT_START.matcher(value).find(), where + ": its ceiling word is left out");
      }
      case "population" -> {
        long open = value.chars().filter(c -> c == '(').count();
        long closed = value.chars().filter(c -> c == ')').count();
        // Cut: a bracket the line closes after the phrase, or one it opened before it. A source's own
        // unclosed bracket ("Child (1 - 11 months: 62.5 mg") is quoted as written.
        Span amount = dose.spans().getOrDefault("amount", dose.spans().get("maximum"));
        int until = amount == null ? text.length() : Math.max(span.end(), amount.start());
        flag(problems, open > closed && text.substring(span.end(), until).contains(")") || closed > open,
            where + ": a bracket is cut");
      }
      case "duration" -> flag(problems, UNIT_RANGE_END_AFTER.matcher(after).find(), where + ": the range's end is left out");
      default -> { }
    }
    if (!name.equals("drug")) {
      flag(problems, value.matches("(?s)^\\p{L}.*") && before.matches("(?s).*\\p{L}$"), where + ": starts mid-word");
      flag(problems, value.matches("(?s).*[\\p{L}]$") && after.matches("(?s)^\\p{L}.*"), where + ": ends mid-word");
      flag(problems, value.matches("(?s).*\\d$") && after.matches("(?s)^\\d.*"), where + ": ends mid-number");
    }
  }

  private static final Pattern CEILING_AT_START = Pattern.compile(
      "(?i)^(?:max|maximum|up\\s+to|to\\s+a\\s+max|not|do\\s+not|exceed|no\\s+more|(?:be\\s+)?increased)");

  /** A frequency right after a ceiling's amount belongs to the ceiling, unless the ceiling is the dose's maximum. */
  private static boolean ceilingOutsideMaximum(Dose dose, String before, Span frequency) {
    String clause = before.substring(Math.max(before.lastIndexOf(';'), before.lastIndexOf('(')) + 1);
    Matcher ceiling = CEILING_AMOUNT_BEFORE.matcher(clause);
    if (!ceiling.find()) {
      return false;
    }
    Span maximum = dose.spans().get("maximum");
    int ceilingStart = frequency.start() - (clause.length() - ceiling.start());
    return maximum == null || maximum.start() > ceilingStart || maximum.end() < ceilingStart;
  }

  /**
   * The population word nearest before the dose's amount, in its own ";" part of the line, must be
   * inside the dose's population: a neonatal dose is never labelled as the adult one.
   */
  private static void checkPopulation(Dose dose, List<String> problems) {
    Span anchor = dose.spans().getOrDefault("amount", dose.spans().get("maximum"));
    if (anchor == null) {
      return;
    }
    String text = dose.text();
    int partStart = text.lastIndexOf(';', anchor.start() - 1) + 1;
    Matcher word = POPULATION_WORD.matcher(text).region(partStart, anchor.start());
    int nearest = -1;
    while (word.find()) {
      nearest = word.start();
    }
    Span population = dose.spans().get("population");
    if (nearest >= 0 && (population == null || population.start() > nearest || population.end() <= nearest)) {
      problems.add("population '" + dose.population() + "' is not the one named before the dose: '"
          + text.substring(nearest, Math.min(text.length(), nearest + 20)) + "'");
    }
    if (population != null && population.start() >= anchor.start()) {
      problems.add("population '" + dose.population() + "' is named after the dose, not for it");
    }
  }

  private static void flag(List<String> problems, boolean condition, String problem) {
    if (condition) {
      problems.add(problem);
    }
  }
}
