package org.galen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads structured doses out of guideline and reference sentences such as
 * {@code "Amoxicillin - Adult: 500 mg -1 g orally 8 hourly for 5 - 7 days"}.
 *
 * <p>A sentence is split into segments at ";" (NSTG lists one population per segment); a segment
 * yields a dose when it names a drug (or follows one named earlier in the sentence) and states an
 * amount with a unit. Fields are the first verbatim match of each pattern; what a pattern does not
 * find stays empty rather than guessed. Sentences that yield nothing stay ordinary cited
 * statements.
 */
public final class DoseExtractor {
  private static final String NUMBER = "\\d+(?:\\.\\d+)?";
  private static final String RANGE = NUMBER + "(?:\\s*[-–]\\s*" + NUMBER + ")?";
  private static final String UNIT = "(?:mg/kg(?:/day|/hr?)?|mcg/kg|micrograms?/kg|micrograms?|mcg|μg|mg|g|mL|ml|IU|"
      + "million (?:international )?units|units?/kg(?:/hr?)?|units?"
      + "|tablets?|capsules?)(?![\\p{L}])";
  /** "250 - 500 mg" (amount "250 - 500", unit "mg") or "500 mg -1 g" (units differ: kept whole as the amount). */
  private static final Pattern AMOUNT = Pattern.compile("(" + RANGE + ")\\s*(" + UNIT + ")(\\s*[-–]\\s*" + NUMBER
      + "\\s*" + UNIT + ")?");
  /** "50, 100, 125, 250 μg": a list of strengths, not one dose; left as the verbatim sentence. */
  private static final Pattern LIST_BEFORE = Pattern.compile("\\d\\s*,\\s*$");
  /** Route words in any case ("Oral"); the abbreviations only in capitals ("IV", never "iv" inside a word). */
  private static final Pattern ROUTE = Pattern.compile("\\b((?i:orally|by mouth|oral|intravenously|intramuscularly|"
      + "subcutaneously|rectally|topically|sublingually|sublingual|buccal|by deep IM injection|IV infusion|inhaled)"
      + "|IM/IV|IV/IM|IV|IM|SC)\\b");
  private static final Pattern FREQUENCY = Pattern.compile("(?i)(" + RANGE + "\\s*hourly|every " + RANGE
      + "\\s*hours?|once daily|twice daily|three times (?:a day|daily)|four times (?:a day|daily)|\\d times a day|"
      + "daily|at night|weekly|as required|stat\\b)");
  private static final Pattern DURATION = Pattern.compile("(?i)(for " + RANGE + "\\s*(?:days?|weeks?|months?))");
  private static final String AGE = NUMBER + "\\s*(?:years?|months?|weeks?)";
  private static final Pattern POPULATION = Pattern.compile("(?i)\\b(adults?|child(?:ren)?(?: (?:under|over) "
      + NUMBER + "\\s*(?:kg|years?|months?))?|neonates?|infants?|pregnan(?:cy|t women)|" + AGE + "\\s*[-–]\\s*" + AGE
      + "|" + RANGE + "\\s*(?:years|months))\\b");
  /** NSTG puts one population per ";" segment, and combinations ("aspirin ... + clopidogrel ...") at " + ". */
  private static final Pattern SEGMENT = Pattern.compile(";|\\s\\+\\s");
  /**
   * A segment without a drug name continues the drug before it only if nothing else is named in
   * front of its amount: "then 75 mg daily" continues; "clopidrogrel 300 mg" (a misspelling no
   * dictionary knows) does not become aspirin.
   */
  private static final Set<String> CONTINUATION_WORDS = Set.of("then", "and", "or", "followed", "by", "dose", "doses",
      "loading", "maintenance", "initially", "initial", "max", "maximum", "up", "to", "daily", "stat", "of", "a", "the",
      "with", "in", "over", "repeat", "repeated", "single", "after", "every", "hourly", "mins", "minutes", "hours",
      "increase", "increased", "reduce", "reduced", "usual", "at", "least", "if", "needed", "as", "per", "for", "once",
      "twice", "kg", "body", "weight", "give", "given", "route", "oral", "orally", "sublingual", "buccal", "aerosol",
      "intravenous", "intravenously", "slow", "infusion", "injection", "subcutaneous", "rectal", "topical", "inhaled",
      "tablet", "tablets", "bolus");
  private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}+");
  /** Population words further apart than this before the amount describe different things. */
  private static final int POPULATION_SPAN = 40;

  private final DrugDictionary drugs;

  public DoseExtractor(DrugDictionary drugs) {
    this.drugs = drugs;
  }

  /** Doses in one cited sentence; {@code sentence} is verbatim source text at {@code source}. */
  public List<Dose> extract(String sentence, SourceSpan source, int citation) {
    return extract(sentence, Optional.empty(), source, citation);
  }

  /**
   * Doses in one cited sentence whose drug may be named on the line before it (a guideline's
   * "Paracetamol" then "Adult: 1 g 8 hourly"): {@code carried} is that drug.
   */
  public List<Dose> extract(String sentence, Optional<DrugDictionary.Drug> carried, SourceSpan source, int citation) {
    List<Dose> doses = new ArrayList<>();
    Optional<DrugDictionary.Drug> drug = carried;
    for (String segment : SEGMENT.split(sentence)) {
      Matcher amount = AMOUNT.matcher(segment);
      boolean hasAmount = amount.find();
      int until = hasAmount ? amount.start() : segment.length();
      // The drug is the one named last before the amount: "Calcium channel blockers (e.g. nifedipine 10 mg"
      boolean named = false;
      for (DrugDictionary.Mention mention : drugs.mentionsIn(segment)) {
        if (mention.start() < until) {
          drug = Optional.of(mention.drug());
          named = true;
        }
      }
      if (!hasAmount) {
        continue;
      }
      String beforeAmount = segment.substring(0, amount.start());
      if (!named && namesSomethingElse(beforeAmount)) {
        drug = Optional.empty();
      }
      if (drug.isEmpty()) {
        continue;
      }
      if (LIST_BEFORE.matcher(beforeAmount).find()) {
        continue;
      }
      boolean mixedUnits = amount.group(3) != null;
      int amountEnd = amount.end();
      String quantity = mixedUnits ? amount.group() : amount.group(1);
      String unit = mixedUnits ? "" : amount.group(2);
      // What follows this amount, up to the next one, describes this dose: "Buccal (1-5 mg 6 hourly)"
      // must not lend its frequency to the sublingual 0.4 mg before it.
      int next = amount.find() ? amount.start() : segment.length();
      String after = segment.substring(amountEnd, next);
      doses.add(new Dose(drug.get().name(), drug.get().drugbankId(), quantity.strip(), unit,
          first(ROUTE, beforeAmount + after), first(FREQUENCY, after), first(DURATION, after),
          population(beforeAmount), sentence, source, citation));
    }
    return doses;
  }

  /**
   * From the first to the last population phrase before the amount, when they are close: "Child:
   * 1 month – 12 years", "Adult and child over 18 months". Verbatim, like every field.
   */
  private static String population(String beforeAmount) {
    Matcher matcher = POPULATION.matcher(beforeAmount);
    int start = -1;
    int end = -1;
    while (matcher.find()) {
      if (start < 0 || matcher.start() - end > POPULATION_SPAN) {
        start = matcher.start();
      }
      end = matcher.end();
    }
    return start < 0 ? "" : beforeAmount.substring(start, end);
  }

  /** Whether a line states an amount with a unit ("250 - 500 mg"). */
  static boolean hasAmount(String line) {
    return AMOUNT.matcher(line).find();
  }

  private static boolean namesSomethingElse(String beforeAmount) {
    String rest = POPULATION.matcher(beforeAmount).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    Matcher word = LETTER_WORD.matcher(rest);
    while (word.find()) {
      if (!CONTINUATION_WORDS.contains(word.group()) && word.group().length() > 2) {
        return true;
      }
    }
    return false;
  }

  private static String first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : "";
  }
}
