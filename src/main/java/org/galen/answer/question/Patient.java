package org.galen.answer.question;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient a question describes, as far as a dose depends on it: an age ("7 yr old", "a
 * 4-month-old", "30 hrs old", "aged 12", "14 yo"), a body weight ("20 kg") and a kidney function
 * ("eGFR 25", "CrCl is 35", "eGFR fell from 55 to 35": the latest value). Read from the question
 * each time it is needed, so a follow-up naming a new age is read for it.
 *
 * @param ageMonths the age in months, empty when not given
 * @param weightKg the body weight in kilograms, empty when not given
 * @param clearance the eGFR or creatinine clearance in mL/min, empty when not given
 * @param written the words that gave them, as written ("7 yr old 24 kg"); empty when none
 */
public record Patient(OptionalDouble ageMonths, OptionalDouble weightKg, OptionalDouble clearance, String written) {
  /** The units an age is given in, short forms included ("5 y", "3 d", "30 h"). */
  private static final String AGE_UNIT = "(years?|yrs?|y|months?|mo|mths?|weeks?|wks?|days?|d|hours?|hrs?|h)";
  private static final Pattern AGE = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*-?\\s*" + AGE_UNIT
      + "\\s*-?\\s*(?:old\\b|of age\\b)"
      + "|\\b(\\d+(?:\\.\\d+)?)\\s*(?:yo|y/o|y\\.o\\.)(?!\\w)"
      + "|\\baged?\\s+(\\d+(?:\\.\\d+)?)\\s*" + AGE_UNIT + "?\\b(?!\\s*(?:kg|%|mg))");
  private static final Pattern WEIGHT = Pattern.compile("(?i)(?<![/\\w.])(\\d+(?:\\.\\d+)?)\\s*(?:kgs?|kilos?|kilograms?)"
      + "\\b(?!\\s*/)");
  /**
   * A measure of kidney function and its value, joined only by linking words ("eGFR is 40", "CrCl
   * of 35"), the value a change ends at ("fell from 55 to 35"); no comparison between them ("CrCl
   * < 30" asks about a band), and never a number of another unit ("eGFR unknown, 25 kg").
   */
  private static final Pattern CLEARANCE = Pattern.compile("(?i)\\b" + Band.CLEARANCE_MEASURE + "\\b"
      + "(?:\\s*(?:is|of|was|now|at|about|around|just|has|had|dropped|fell|fallen|gone|down|=|:|~|"
      + "from\\s+\\d+(?:\\.\\d+)?\\s+to))*\\s*(\\d+(?:\\.\\d+)?)(?![\\d.]|\\s*(?:kg|%|years?|yrs?|months?|y\\b))");
  /**
   * Words before a number that make it a band the question asks about ("infants under 6 months
   * old"), or a change ("lost 8 kg"), not the patient's own age or weight.
   */
  private static final Pattern NOT_THE_PATIENT = Pattern.compile("(?i)(?:\\b(?:under|below|over|above|less than|"
      + "more than|younger than|older than|up to|lost|gained|loss of|gain of)|[<>≤≥])\\s*$");

  public static Patient describedIn(String question) {
    OptionalDouble age = OptionalDouble.empty();
    StringBuilder written = new StringBuilder();
    Matcher a = AGE.matcher(question);
    if (findPatients(a, question, 0)) {
      written.append(a.group());
      if (a.group(1) != null) {
        age = OptionalDouble.of(Band.value(a.group(1), a.group(2)));
      } else if (a.group(3) != null) {
        age = OptionalDouble.of(Band.value(a.group(3), "years"));
      } else {
        age = OptionalDouble.of(Band.value(a.group(4), a.group(5) == null ? "years" : a.group(5)));
      }
    }
    OptionalDouble weight = OptionalDouble.empty();
    Matcher w = WEIGHT.matcher(question);
    if (findPatients(w, question, 0)) {
      weight = OptionalDouble.of(Double.parseDouble(w.group(1)));
      written.append(written.length() > 0 ? " " : "").append(w.group());
    }
    OptionalDouble clearance = OptionalDouble.empty();
    Matcher c = CLEARANCE.matcher(question);
    if (findPatients(c, question, 1)) {
      clearance = OptionalDouble.of(Double.parseDouble(c.group(1)));
      written.append(written.length() > 0 ? " " : "").append(c.group());
    }
    return new Patient(age, weight, clearance, written.toString());
  }

  /**
   * The next match that gives the patient's own value, not a band or a change: no band word comes
   * right before the number (the match's group {@code number}: 0 when the match starts with it).
   */
  private static boolean findPatients(Matcher m, String question, int number) {
    while (m.find()) {
      if (!NOT_THE_PATIENT.matcher(question.substring(Math.max(0, m.start(number) - 15), m.start(number))).find()) {
        return true;
      }
    }
    return false;
  }

  public boolean described() {
    return ageMonths.isPresent() || weightKg.isPresent() || clearance.isPresent();
  }

  /** How a statement's bands meet this patient. */
  public enum Fit { NONE, FITS, CONFLICTS }

  /**
   * Whether a statement is for this patient: {@link Fit#FITS} when a band it states holds the
   * patient's age or weight and none of a measure given excludes it; {@link Fit#CONFLICTS} when the
   * bands of a measure it states all exclude the patient ("under 6 months" for a five-year-old);
   * {@link Fit#NONE} when it states none of the patient's measures. A line naming several bands
   * ("6 months and above: 20 mg; under 6 months: 10 mg") fits when one of them holds.
   */
  public Fit fit(List<Band> bands) {
    boolean fits = false;
    for (Band.Measure measure : Band.Measure.values()) {
      OptionalDouble value = switch (measure) {
        case AGE_MONTHS -> ageMonths;
        case WEIGHT_KG -> weightKg;
        case CLEARANCE_ML_MIN -> clearance;
      };
      List<Band> ofMeasure = bands.stream().filter(b -> b.measure() == measure).toList();
      if (value.isEmpty() || ofMeasure.isEmpty()) {
        continue;
      }
      if (ofMeasure.stream().noneMatch(b -> b.contains(value.getAsDouble()))) {
        return Fit.CONFLICTS;
      }
      fits = true;
    }
    return fits ? Fit.FITS : Fit.NONE;
  }
}
