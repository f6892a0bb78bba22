package org.galen.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age, body-weight or kidney-function band a statement is for, as sources write them: "Child
 * 6 - 12 years", "under 6 months", "over 6 months (body weight 15 - 25 kg)", "12 years and older",
 * "Child (&gt; 10 kg)", "eGFR between 30 and 45 mL/min/1.73 m2", "CrCl below 30 mL/min". Ages are
 * held in months, weights in kilograms and clearances (eGFR, creatinine clearance) in mL/min, from
 * inclusive to exclusive; a range's upper end covers its whole last unit ("1 - 5 years" holds a
 * child of five and a half).
 */
public record Band(Measure measure, double from, double to) {
  public enum Measure { AGE_MONTHS, WEIGHT_KG, CLEARANCE_ML_MIN }

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  /**
   * A unit a band is measured in; "kg" never as part of a rate ("mg/kg", "kg/m2"); mL a minute only
   * as a clearance ("mL/min", "mL/minute/1.73 m2").
   */
  static final String UNIT = "(months?|mths?|years?|yrs?|weeks?|wks?|days?|kg(?!\\s*/)|mL\\s*/\\s*min(?:ute)?)";
  /** The dashes sources join a range with: hyphen, en and em dash, minus sign, non-breaking hyphen. */
  private static final String DASH = "[-–—−‑]";
  /** "6 - 12 years", "1 month – 18 years", "5 to < 15 kg" (WHO's exclusive upper end); never "6/12". */
  private static final Pattern RANGE = Pattern.compile("(?i)(?<![/\\d.])\\b" + NUMBER + "\\s*" + UNIT + "?\\s*(?:"
      + DASH + "|to|and)\\s*(<\\s*)?" + NUMBER + "\\s*" + UNIT + "\\b");
  private static final Pattern BELOW = Pattern.compile("(?i)(?:\\b(?:under|below|younger than|less than"
      + "(?:,? or(?: equal to)?)?|up to)|<=?|≤)\\s*" + NUMBER + "\\s*" + UNIT + "\\b");
  private static final Pattern ABOVE = Pattern.compile("(?i)(?:\\b(?:over|above|older than|more than|from)|>|≥)\\s*"
      + NUMBER + "\\s*" + UNIT + "\\b");
  private static final Pattern AND_ABOVE = Pattern.compile("(?i)\\b" + NUMBER + "\\s*" + UNIT
      + "(?:\\s+(?:and|or)\\s+(?:above|over|older|more)|\\s*\\+)");
  /**
   * A number of months or years that says how long, not for whom: "for 6 - 12 months", "until
   * the age of 25 years", "every 6 months".
   */
  private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:for|every|after|within|until|during|in|at|"
      + "age of|period of|course of)\\s*$");

  /** The names of a kidney function a band in mL/min is of, and a patient's value is given for. */
  static final String CLEARANCE_MEASURE = "(?:e?GFR|CrCl|CLcr|creatinine clearance)";
  private static final Pattern CLEARANCE_NAMED = Pattern.compile("(?i)\\b" + CLEARANCE_MEASURE + "\\b");

  /** Whether a value of this band's measure falls in it. */
  public boolean contains(double value) {
    return value >= from && value < to;
  }

  /** The bands a statement states, in no particular order; none when it gives no age or weight. */
  public static List<Band> statedIn(String text) {
    List<Band> bands = new ArrayList<>(ofAnyMeasure(text));
    // mL a minute is a clearance only where the line names one: "no more than 10 mL/min" is a rate.
    if (!CLEARANCE_NAMED.matcher(text).find()) {
      bands.removeIf(band -> band.measure() == Measure.CLEARANCE_ML_MIN);
    }
    return bands;
  }

  private static List<Band> ofAnyMeasure(String text) {
    List<Band> bands = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    Matcher range = RANGE.matcher(text);
    while (range.find()) {
      if (!forWhom(text, range.start())) {
        continue;
      }
      String lowUnit = range.group(2) == null ? range.group(5) : range.group(2);
      Measure measure = measure(range.group(5));
      if (measure(lowUnit) != measure) {
        continue;
      }
      double from = value(range.group(1), lowUnit);
      // A whole upper end covers its whole last unit ("1 - 5 years" holds five and a half); a
      // decimal one ("24.9 kg") or an exclusive one ("to < 15 kg") is where the band stops.
      boolean whole = range.group(3) == null && !range.group(4).contains(".")
          && measure != Measure.CLEARANCE_ML_MIN;
      double to = value(range.group(4), range.group(5)) + (whole ? value("1", range.group(5)) : 0);
      if (from < to) {
        bands.add(new Band(measure, from, to));
      }
      mark(taken, range);
    }
    Matcher below = BELOW.matcher(text);
    while (below.find()) {
      if (!overlaps(taken, below) && forWhom(text, below.start())) {
        boolean inclusive = below.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:or|up to)\\b.*");
        double to = value(below.group(1), below.group(2)) + (inclusive ? value("1", below.group(2)) : 0);
        bands.add(new Band(measure(below.group(2)), 0, to));
        mark(taken, below);
      }
    }
    for (Pattern pattern : List.of(ABOVE, AND_ABOVE)) {
      Matcher above = pattern.matcher(text);
      while (above.find()) {
        if (!overlaps(taken, above) && forWhom(text, above.start())) {
          bands.add(new Band(measure(above.group(2)), value(above.group(1), above.group(2)), Double.POSITIVE_INFINITY));
          mark(taken, above);
        }
      }
    }
    return bands;
  }

  private static boolean forWhom(String text, int start) {
    return !DURATION.matcher(text.substring(Math.max(0, start - 20), start)).find();
  }

  /** Whether a match runs into text an earlier band took ("from 1 month to 18 years" is one band). */
  private static boolean overlaps(boolean[] taken, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] taken, Matcher m) {
    java.util.Arrays.fill(taken, m.start(), m.end(), true);
  }

  static Measure measure(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.startsWith("kg") ? Measure.WEIGHT_KG : u.startsWith("ml") ? Measure.CLEARANCE_ML_MIN : Measure.AGE_MONTHS;
  }

  /** A number in its unit as months, kilograms or mL/min. */
  static double value(String number, String unit) {
    double n = Double.parseDouble(number);
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("ml")) {
      return n;
    }
    if (u.startsWith("y")) {
      return n * 12;
    }
    if (u.startsWith("w")) {
      return n * 12 / 52.0;
    }
    if (u.startsWith("d")) {
      return n * 12 / 365.0;
    }
    if (u.startsWith("h")) {
      return n * 12 / (365.0 * 24);
    }
    return n;
  }
}
