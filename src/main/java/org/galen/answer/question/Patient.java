package org.galen.answer.question;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient a question describes, as far as a dose depends on it: an age ("5 yr old", "a
 * 4-month-old", "30 hrs old", "aged 12", "14 yo") and a body weight ("20 kg"). Read from the question
 * each time it is needed, so a follow-up naming a new age is read for it.
 *
 * @param ageMonths the age in months, empty when not given
 * @param weightKg the body weight in kilograms, empty when not given
 * @param written the words that gave them, as written ("5 yr old 20 kg"); empty when none
 */
public record Patient(OptionalDouble ageMonths, OptionalDouble weightKg, String written) {
  private static final Pattern AGE = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*-?\\s*"
      + "(years?|yrs?|y|months?|mo|mths?|weeks?|wks?|days?|d|hours?|hrs?|h)\\s*-?\\s*(?:old\\b|of age\\b)"
      + "|\\b(\\d+(?:\\.\\d+)?)\\s*(?:yo|y/o|y\\.o\\.)(?!\\w)"
      + "|\\baged?\\s+(\\d+(?:\\.\\d+)?)\\s*(years?|yrs?|months?|mo|mths?|weeks?|wks?|days?)?\\b(?!\\s*(?:kg|%|mg))");
  private static final Pattern WEIGHT = Pattern.compile("(?i)(?<![/\\w.])(\\d+(?:\\.\\d+)?)\\s*(?:kg|kilos?|kilograms?)"
      + "\\b(?!\\s*/)");

  public static Patient describedIn(String question) {
    OptionalDouble age = OptionalDouble.empty();
    StringBuilder written = new StringBuilder();
    Matcher a = AGE.matcher(question);
    if (a.find()) {
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
    if (w.find()) {
      weight = OptionalDouble.of(Double.parseDouble(w.group(1)));
      written.append(written.length() > 0 ? " " : "").append(w.group());
    }
    return new Patient(age, weight, written.toString());
  }

  public boolean described() {
    return ageMonths.isPresent() || weightKg.isPresent();
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
      OptionalDouble value = measure == Band.Measure.AGE_MONTHS ? ageMonths : weightKg;
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
