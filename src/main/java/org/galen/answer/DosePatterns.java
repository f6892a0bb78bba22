package org.galen.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a dose line as guidelines write them, each pattern matching a <em>whole</em>
 * expression: a range with both ends ("120 - 250", "1.5 to 3"), a unit with its denominators
 * ("mg/m2", "mg/kg/min"), a frequency with its multiplier and alternatives ("five times daily",
 * "twice, three or four times daily", "once or twice daily"), a ceiling with its lead words
 * ("maximum 24 mg daily"). A pattern that stopped part-way would still be a verbatim substring of
 * the line and still say something the line does not: "daily" for "five times daily" is a fifth of
 * the dose. Immutable and shared.
 */
final class DosePatterns {
  private DosePatterns() {}

  /** "1.5", "1,500" (thousands), never the tail of a longer number or of "1/2". */
  static final String NUMBER = "(?<![\\w.,/])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\d])";
  /** Both ends of a range and what joins them: "250 - 500", "1.5 to 3", "1 or 2". */
  static final String RANGE = NUMBER + "(?:\\s*[-–—]\\s*\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\s+(?:to|or)\\s+"
      + "\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\d]))?";
  private static final String BASE_UNIT = "(?:mg|gms?|grams?|g|mcg|μg|µg|micrograms?|ng|mL|ml|L|mmol|mEq|IU|iu"
      + "|million (?:international )?units|units?|tablets?|tabs?|capsules?|puffs?|drops?|sachets?|suppositor(?:y|ies))";
  /**
   * What a unit is per: "mg/kg", "mg/m2", "mg/kg/min", "units/kg/hr", "μg per minute", "g/d", and
   * the same in words ("mg per kilogram", "per square metre").
   */
  private static final String DENOMINATOR = "(?:kg|kilograms?|lbs?|pounds?|m2|m²|m\\^2|sq\\.?\\s?m"
      + "|square\\s+met(?:er|re)s?|day|d|dose|hours?|hrs?|h|minutes?|mins?|min"
      + "|mL|ml|L|24\\s?(?:hours?|hrs?|h)|weeks?|wk)";
  static final String UNIT = BASE_UNIT + "(?:(?:\\s?/\\s?|\\s+per\\s+)" + DENOMINATOR + "(?![\\p{L}\\d]))*"
      + "(?![\\p{L}\\d²])";
  /**
   * An amount: a range and its unit (group 2); two ends that carry different units ("500 mg - 1 g",
   * "500 mg to 2 g"; group 3); or amounts of the same unit to choose from, each written with it ("25
   * mg, 50 mg, or 100 mg"; group 4) — each kept whole as the amount: the first of a choice is not the
   * dose, the choice is. Amounts of different units joined by "or" ("2 g or 50 mg/kg for children")
   * are for different people or measures, and stay two.
   */
  static final Pattern AMOUNT = Pattern.compile("(" + RANGE + ")\\s*(" + UNIT + ")(?:((?:\\s*[-–—]\\s*|\\s+to\\s+)"
      + NUMBER + "\\s*" + UNIT + ")|((?:\\s*,\\s*" + RANGE + "\\s*\\2(?![\\p{L}\\d/]))*(?:\\s*,?\\s+or\\s+" + RANGE
      + "\\s*\\2(?![\\p{L}\\d/]))+))?");
  /** The group of {@link #AMOUNT} holding a choice of amounts after the first. */
  static final int CHOICE = 4;
  /** Routes said in Latin with "per" ("per rectum", "per os"): where a dose goes, no denominator of its unit. */
  private static final String LATIN_ROUTE = "(?i:rectum|os|vaginam)";
  /**
   * A unit followed by a denominator this reader does not know ("mg/xyz", "mg per gram" of a cream,
   * "mg per 5 mL" of a suspension): the unit is not read at all, never cut to its numerator.
   */
  static final Pattern UNKNOWN_DENOMINATOR = Pattern.compile("^(?:\\s?/\\s?\\S|\\s+per\\s+(?!" + LATIN_ROUTE
      + "\\b)\\S)");

  /**
   * The words that make the next amount a ceiling, not a dose: "maximum", "max.", "max:", "up to",
   * "up to a maximum of", "to a maximum of", "not to exceed", "do not exceed", "maximum total dose",
   * "may be increased to". Matched at the end of the text before an amount.
   */
  static final Pattern CEILING_LEAD = Pattern.compile("(?i)\\b(?:up\\s+to(?:\\s+a\\s+max(?:imum)?\\.?)?"
      + "|to\\s+a\\s+max(?:imum)?\\.?|max(?:imum)?\\.?|not\\s+(?:to\\s+)?exceed(?:ing)?|do\\s+not\\s+exceed|exceed"
      + "|no\\s+more\\s+than|(?:be\\s+)?increased\\s+to)"
      + "(?:\\s+(?:total|daily|single|cumulative|adult))?(?:\\s+(?:daily\\s+)?doses?)?(?:\\s+of)?\\s*:?\\s*$");
  /**
   * A line saying how to change a dose: "reduce the dosage by 50%", "the dose should be halved",
   * "use half the adult dose", "no dose adjustment is needed" — an answer to a dose asked for a
   * patient, with or without an amount.
   */
  static final Pattern CHANGES_DOSE = Pattern.compile("(?i)\\b(?:reduc|increas|decreas|adjust|halv|doubl|lower)\\w*"
      + "\\b[^.;]{0,40}?\\b(?:dose|dosage|dosing)s?\\b"
      + "|\\b(?:dose|dosage|dosing)s?\\b[^.;]{0,30}?\\b(?:be|is|are)\\s+"
      + "(?:reduc|increas|decreas|adjust|halv|doubl|lower)\\w*"
      + "|\\b(?:dose|dosage|dosing)s?\\s+(?:adjustment|reduction|change|modification|titration)"
      + "|\\b(?:half|\\d+\\s?%)\\s+(?:of\\s+)?(?:the\\s+)?(?:usual|adult|normal|standard)\\s+dos(?:e|age)");
  /**
   * The words that make the next amount a threshold in a condition, neither a dose nor a ceiling:
   * "single doses above 600 mg by intravenous infusion only", "doses above 5 mg per day not beneficial".
   */
  static final Pattern THRESHOLD_LEAD = Pattern.compile("(?i)(?:\\b(?:above|over|more\\s+than|greater\\s+than|higher\\s+than"
      + "|less\\s+than|below|under|exceeding|at\\s+least|between)|[<>≤≥])\\s*$");
  /**
   * The words that make the next amount none given to the patient: a volume to dilute the dose in
   * ("dilute in 50 mL of water for injection"), a step to change it by ("increase by 250 mg at
   * intervals of 5 - 7 days", "increased as necessary by 2.5 - 5 mg/kg").
   */
  static final Pattern NOT_GIVEN_LEAD = Pattern.compile("(?i)\\b(?:dilut(?:e|ed|ing)(?:\\s+\\w+)?\\s+(?:in|with|to)"
      + "|(?:increas|reduc|decreas)(?:e|ed|es|ing)(?:\\s+\\w+){0,2}\\s+by|in\\s+(?:steps|increments)\\s+of"
      + "|increments?\\s+of)\\s*$");
  /**
   * The same ceiling said in another measure right after it: "not exceed 4 grams or 12 tablets",
   * "not exceed 40 mg/kg or 2,400 mg".
   */
  static final Pattern CEILING_ALTERNATIVE = Pattern.compile("(?i)^\\s+or\\s+\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s*(?:tablets?|capsules?"
      + "|caplets?|doses?|teaspoons?|tablespoons?|(?:m|mc|µ|μ)?g|grams?|ml)\\b");
  /**
   * What a ceiling is per, when the line says so right after it: "maximum 24 mg daily", "not exceed
   * 6 mg per attack", "per single dose", "per year of age".
   */
  static final Pattern CEILING_PERIOD = Pattern.compile("^(?i:\\s*(?:daily|a\\s+day|/\\s?day|/\\s?d\\b"
      + "|(?:in|per|every)\\s+24\\s*(?:hours|hrs|h)\\b|weekly|per\\s+\\p{L}+(?:\\s+dose\\b|\\s+of\\s+\\p{L}+)?))");

  private static final String COUNT = "(?:once|twice|thrice|one|two|three|four|five|six|seven|eight|ten|\\d+)";
  /** Between two counts: "two, three, or four", "2-4", "3 to 4", "once or twice". */
  private static final String COUNT_SEPARATOR = "(?:,\\s*(?:or|and)?|[-–—]|to|or)";
  private static final String COUNTS = COUNT + "(?:\\s*" + COUNT_SEPARATOR + "\\s*" + COUNT + ")*";
  private static final String WORD_COUNTS = "(?:once|twice|thrice)(?:\\s*" + COUNT_SEPARATOR
      + "\\s*(?:once|twice|thrice))*";
  private static final String PERIOD = "(?:daily|(?:a|per|each|in\\s+a|every)\\s+(?:day|week|month|hour)|/\\s?day"
      + "|weekly|monthly|hourly|nightly)";
  private static final String INTERVAL_UNIT = "(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|months?)";
  /** One way of saying how often, whole: alternatives are tried longest first at each position. */
  private static final String ONE_FREQUENCY = "(?:(?:up\\s+to\\s+|at\\s+least\\s+)?" + COUNTS + "\\s*(?:times|x)\\s*" + PERIOD
      + "|(?:up\\s+to\\s+)?" + WORD_COUNTS + "\\s+" + PERIOD
      + "|(?:every|each)\\s+(?:other|alternate)\\s+(?:day|week)"
      + "|(?:at\\s+least\\s+|once\\s+)?(?:every|each)\\s+(?:" + RANGE + "\\s*)?" + INTERVAL_UNIT + "\\b"
      + "|(?:once\\s+)?(?:every|each)\\s+(?:morning|night|evening)"
      + "|" + RANGE + "\\s*-?\\s*(?:hourly|hrly)"
      + "|(?-i:q)\\s?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:hours?|hrs?|hr|h)\\b"
      + "|at\\s+(?:night|bedtime)|in\\s+the\\s+(?:morning|evening)|with\\s+(?:each\\s+)?meals?|(?:after|before)\\s+meals"
      + "|as\\s+a\\s+single\\s+dose|single\\s+dose|at\\s+once|stat"
      + "|as\\s+(?:required|needed|necessary)|when\\s+required|if\\s+required"
      + "|once(?=\\s*(?:$|[.;)]))|daily|weekly|fortnightly|monthly|(?-i:nocte|mane|bd|tds|tid|bid|qds|qid|prn|PRN))(?![\\p{L}\\d])";
  /**
   * A frequency, whole, with the alternatives the line gives ("at night or twice daily",
   * "fortnightly to monthly", "once or every 8 - 12 hours"). The leftmost match wins, so "five times
   * daily" is found before "daily" can be.
   */
  static final Pattern FREQUENCY = Pattern.compile("(?i)\\b((?:once(?:\\s*,|\\s+or)\\s+)?" + ONE_FREQUENCY
      + "(?:\\s*,?\\s+(?:or|to)\\s+" + ONE_FREQUENCY + ")*)");
  /** A course: "for 5 - 7 days", "for 5 to 7 days", "for at least 14 days", "for up to 6 weeks". */
  static final Pattern DURATION = Pattern.compile("(?i)\\b(for\\s+(?:at\\s+least\\s+|up\\s+to\\s+|a\\s+further\\s+)?"
      + "(?:" + RANGE + "|one|two|three|four|five|six|seven|ten|fourteen)\\s*(?:days?|weeks?|months?|years?))\\b");
  /** Route words in any case ("Oral"); the abbreviations only in capitals ("IV", never "iv" inside a word). */
  static final Pattern ROUTE = Pattern.compile("\\b((?i:orally|by mouth|oral|intravenously|intramuscularly|"
      + "subcutaneously|rectally|by rectum|per rectum|per os|per vaginam|topically|sublingually|sublingual|buccal|"
      + "by deep IM injection|IV infusion|"
      + "inhaled)|IM/IV|IV/IM|IV|IM|SC)\\b");
  private static final String AGE = NUMBER + "\\s*(?:years?|months?|weeks?)";
  /** Who a dose is for, as the line names it: "Adult", "Child under 5 years", "1 - 5 years", "Neonate". */
  static final Pattern POPULATION = Pattern.compile("(?i)\\b(adults?|child(?:ren)?(?: (?:under|over) "
      + NUMBER + "\\s*(?:kg|years?|months?))?|neonates?(?:\\s+(?:under\\s+|over\\s+)?" + RANGE + "\\s*days)?"
      + "|infants?|pregnan(?:cy|t(?:\\s+(?:women|woman|patients|mothers))?)|elderly|" + AGE + "\\s*[-–]\\s*" + AGE + "|" + RANGE + "\\s*(?:years|months))\\b");
  /**
   * A name followed by these words is a class or a measurement, not the drug given: "xanthine
   * oxidase inhibitor", "5-HT3 receptor antagonists", "calcium channel blockers".
   */
  static final Pattern NOT_THE_DRUG_AFTER = Pattern.compile("(?i)^[\\s-]*(?:oxidase|channels?|inhibitors?|antagonists?|agonists?"
      + "|receptors?|blockers?|levels?|concentrations?|analogues?)\\b");
  /** ... and a name after these words is a measurement: "blood glucose 100 - 180 mg/dL". */
  static final Pattern NOT_THE_DRUG_BEFORE = Pattern.compile("(?i)\\b(?:blood|serum|plasma|fasting|urine|urinary)\\s+$");
  /** What parts one drug's dose from the next drug's in a list. */
  static final Pattern FURTHER_DRUG_SEPARATOR = Pattern.compile(
      "(?i)[,(]|\\b(?:or|and|with|plus|then|followed\\s+by)\\b");
  /** A slash right before a drug: the second part of a combination product's strength ("20 mg/lumefantrine 120 mg"). */
  static final Pattern COMBINED = Pattern.compile("/\\s*$");
  /** Between a listed drug and its amount: nothing, a bracketed other name, then a bracket, colon or dash. */
  static final Pattern NAME_THEN_AMOUNT = Pattern.compile("\\s*(?:\\([^()]*\\)\\s*)?[(:\\-–]?\\s*");
  /** A volume: what a drug is given in, not a dose of a further drug. */
  static final Pattern VOLUME = Pattern.compile("(?i)m?l|millilitres?|milliliters?|litres?|liters?");
  /** Words restating the amount before in other terms: "(equivalent to 500 mg calcium)". */
  static final Pattern RESTATES = Pattern.compile("(?i)\\b(?:equivalent\\s+to|equiv\\.|containing|contains|"
      + "i\\.e\\.?|expressed\\s+as)\\b|=");
  /** A drug named right after the amount is that amount's drug: "1 g amoxicillin plus 120 mg gentamicin". */
  static final Pattern DRUG_RIGHT_AFTER = Pattern.compile("^\\s+(?:of\\s+)?$");
  /** Between an amount and the drug it is an amount of, in a strength: "10 mL of 2% chlorhexidine". */
  static final Pattern AMOUNT_OF = Pattern.compile("^\\s+of\\s+(?:an?\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s+$");
  /** NSTG puts one population per ";" segment, and combinations ("aspirin ... + clopidogrel ...") at " + ". */
  static final Pattern SEGMENT = Pattern.compile(";|\\s\\+\\s");
  /** "50, 100, 125, 250 μg": a list of strengths, not one dose. */
  static final Pattern LIST_BEFORE = Pattern.compile("\\d\\s*,\\s*$");

  /**
   * How a drug list's line that goes on from the one above begins: who it is for, or an amount;
   * never a numbered item ("2. Metronidazole …"), which starts a line of its own.
   */
  static final Pattern CONTINUATION = Pattern.compile("(?i)(?:(?:adults?|child(?:ren)?|neonates?|infants?|"
      + "elderly|over|under|above|below|less than|more than|up to|(?:body )?weight|aged?|pregnan\\w*|\\d+(?![.)]\\s))\\b"
      + "|[<>≥])");

  /** Whether a line sets a ceiling: an amount after "maximum", "do not exceed", "up to". */
  static boolean statesCeiling(String text) {
    Matcher amount = AMOUNT.matcher(text);
    while (amount.find()) {
      if (CEILING_LEAD.matcher(text).region(0, amount.start()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the words about a further drug start: after the last comma, bracket, "or", "and", "with",
   * "plus", "then" or "followed by" between the amount before and the drug, else at the drug — so a
   * route written before the drug is its own ("or intramuscular glucagon"), never the one before's.
   */
  static int furtherDrugStart(String sentence, int from, int drugStart) {
    Matcher separator = FURTHER_DRUG_SEPARATOR.matcher(sentence).region(from, drugStart);
    int start = drugStart;
    while (separator.find()) {
      start = separator.end();
    }
    return start;
  }
}
