package org.galen.answer;

import static org.galen.answer.DosePatterns.AMOUNT;
import static org.galen.answer.DosePatterns.DRUG_RIGHT_AFTER;
import static org.galen.answer.DosePatterns.DURATION;
import static org.galen.answer.DosePatterns.FREQUENCY;
import static org.galen.answer.DosePatterns.LIST_BEFORE;
import static org.galen.answer.DosePatterns.NOT_THE_DRUG_AFTER;
import static org.galen.answer.DosePatterns.NOT_THE_DRUG_BEFORE;
import static org.galen.answer.DosePatterns.POPULATION;
import static org.galen.answer.DosePatterns.ROUTE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.answer.question.LimitWords;
import org.galen.answer.question.Stems;
import org.galen.passage.Span;

/**
 * Reads structured doses out of guideline and reference sentences such as
 * {@code "Amoxicillin - Adult: 500 mg -1 g orally 8 hourly for 5 - 7 days"}.
 *
 * <p>A sentence is split into segments at ";" (NSTG lists one population per segment); a segment
 * yields a dose when it names a drug (or follows one named earlier in the sentence) and states an
 * amount with a unit. Its first amount is the dose; what follows it, up to the next amount, says
 * how often and how long. Three kinds of amount are not doses: a ceiling ("maximum 24 mg daily",
 * "(max. 450 mg)", "up to 1 g") becomes the dose's {@code maximum}; a threshold in a condition
 * ("single doses above 600 mg ...") is skipped; an amount in brackets after the dose ("200 mg
 * (containing 65 mg of iron)") restates it. Every field is a whole expression of {@link
 * DosePatterns} with its span in the sentence; what cannot be read with certainty stays empty.
 * Immutable and thread-safe.
 */
public final class DoseExtractor {
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
      "tablet", "tablets", "bolus", "not", "exceed", "total", "may", "be");
  private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}+");
  /** Drug names after an amount shorter than this are too often everyday words. */
  private static final int MIN_NAME_AFTER_AMOUNT = 5;
  /** Masked text (a ceiling, a restating bracket) that no later pattern may read into a field. */
  private static final char MASK = '\u0000';

  private final DrugDictionary drugs;

  public DoseExtractor(DrugDictionary drugs) {
    this.drugs = drugs;
  }

  /** A drug named in the sentence, or carried from a line above ({@code span} null). */
  private record Named(DrugDictionary.Drug drug, Span span) {}

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
    Optional<Named> drug = carried.map(d -> new Named(d, null));
    // Whether the last dose read its segment to the end: only then may a bare ceiling in the next
    // segment be its maximum ("Adult 1 g ..., Child: 20 - 50 mg/kg daily; up to 80 mg/kg daily" is the child's).
    boolean lastDoseIsWholeSegment = false;
    for (Span segment : Amounts.segments(sentence)) {
      boolean mayBoundLast = lastDoseIsWholeSegment;
      lastDoseIsWholeSegment = false;
      List<Amounts.Amount> amounts = Amounts.in(sentence, segment);
      int until = amounts.isEmpty() ? segment.end() : amounts.get(0).lead();
      // The drug is the one named last before the amount: "Calcium channel blockers (e.g. nifedipine 10 mg"
      boolean named = false;
      List<Named> mentions = drugsNamedIn(sentence, segment);
      for (Named mention : mentions) {
        if (mention.span().start() < until) {
          drug = Optional.of(mention);
          named = true;
        }
      }
      Optional<Named> after = amounts.isEmpty() ? Optional.empty() : namedRightAfter(sentence, amounts.get(0), mentions);
      if (after.isPresent() && (!named || namedEarlier(sentence, after.get()))) {
        drug = after;
        named = true;
      }
      Optional<DrugDictionary.Drug> above = drug.map(Named::drug);
      Optional<Named> next = amounts.isEmpty() ? Optional.empty()
          : mentions.stream().filter(m -> m.span().start() >= amounts.get(0).end()).findFirst();
      if (!named && next.isPresent() && !above.equals(next.map(Named::drug)) && DosePatterns.AMOUNT_OF
          .matcher(sentence.substring(amounts.get(0).end(), next.get().span().start())).matches()) {
        // "10 mL of 2% chlorhexidine solution" on the line after another drug's: an amount of the
        // preparation it names, in a strength of its own, never the drug above's dose — nor are the
        // amounts after it on the line.
        drug = Optional.empty();
        continue;
      }
      if (amounts.isEmpty() || amounts.get(0).kind() == Amounts.Kind.THRESHOLD
          || amounts.get(0).kind() == Amounts.Kind.NOT_GIVEN) {
        continue;
      }
      Amounts.Amount anchor = amounts.get(0);
      String beforeAmount = sentence.substring(segment.start(), anchor.lead());
      if (!named && namesSomethingElse(beforeAmount)) {
        drug = Optional.empty();
      }
      if (drug.isEmpty() || LIST_BEFORE.matcher(beforeAmount).find()) {
        continue;
      }
      if (anchor.kind() == Amounts.Kind.DOSE && LimitWords.namedIn(Stems.of(beforeAmount))) {
        // A limit said in other words ("the maximum recommended total daily dose in adults is
        // 1800 mg", "should not exceed the lowest recommended dose of 50 mg"): neither the dose nor a
        // maximum with its lead words; the reader reads the line.
        continue;
      }
      Span population = PopulationPhrase.before(sentence, segment.start(), anchor.lead());
      if (anchor.kind() == Amounts.Kind.CEILING && !named && population == null && mayBoundLast
          && addsCeilingToLast(doses, anchor)) {
        continue;
      }
      doses.add(read(sentence, segment, amounts, drug.get(), population, source, citation));
      lastDoseIsWholeSegment = amounts.stream().skip(1).noneMatch(amount -> amount.kind() == Amounts.Kind.DOSE);
      furtherDrugs(sentence, segment, amounts, mentions, drug.get(), doses, source, citation);
    }
    return doses;
  }

  /**
   * Each further drug a segment lists with its own amount is a dose of its own ("Captopril (6.25 -
   * 12.5 mg daily), lisinopril (2.5 - 10 mg daily)", "1 g amoxicillin plus 120 mg gentamicin"): the
   * drug named right after the amount, or right before it (a name, a bracket or a colon between).
   * Never a drug named in passing ("or if taking warfarin, 75 mg"), a volume (a diluent: "in 250 mL
   * sodium chloride"), an amount restating the one before ("equivalent to 500 mg calcium"), or the
   * second strength of a combination product ("20 mg/lumefantrine 120 mg"). The dose is for whom the
   * segment names last before its amount; the next segment still carries the line's first drug.
   */
  private static void furtherDrugs(String sentence, Span segment, List<Amounts.Amount> amounts, List<Named> mentions,
      Named first, List<Dose> doses, SourceSpan source, int citation) {
    Named current = first;
    int from = amounts.get(0).end();
    for (int i = 1; i < amounts.size(); i++) {
      Amounts.Amount next = amounts.get(i);
      int since = from;
      from = next.end();
      if (next.kind() != Amounts.Kind.DOSE || next.unit() != null && DosePatterns.VOLUME.matcher(next.unit().of(sentence)).matches()
          || DosePatterns.RESTATES.matcher(sentence.substring(since, next.lead())).find()) {
        continue;
      }
      Named previous = current;
      Optional<Named> other = namedRightAfter(sentence, next, mentions)
          .or(() -> mentions.stream().filter(m -> m.span().start() >= since && m.span().end() <= next.lead()
              && DosePatterns.NAME_THEN_AMOUNT.matcher(sentence.substring(m.span().end(), next.lead())).matches()
              && !DosePatterns.COMBINED.matcher(sentence.substring(since, m.span().start())).find()).findFirst())
          .filter(named -> !named.drug().equals(previous.drug()));
      if (other.isEmpty()) {
        continue;
      }
      current = other.get();
      int start = DosePatterns.furtherDrugStart(sentence, since, Math.min(current.span().start(), next.lead()));
      doses.add(read(sentence, new Span(start, segment.end()), amounts.subList(i, amounts.size()), current,
          populationBefore(sentence, segment, amounts, i), source, citation));
    }
  }

  /** Whom the amount at {@code index} is for: the population named last before it, never across another amount. */
  private static Span populationBefore(String sentence, Span segment, List<Amounts.Amount> amounts, int index) {
    for (int k = index; k >= 0; k--) {
      Span named = PopulationPhrase.before(sentence, k == 0 ? segment.start() : amounts.get(k - 1).end(),
          amounts.get(k).lead());
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  /** The drugs a line names as drugs given, in order: less class names and measurements. */
  List<DrugDictionary.Drug> drugsGivenIn(String line) {
    return drugsNamedIn(line, new Span(0, line.length())).stream().map(Named::drug).toList();
  }

  /** The drugs a segment names, less class names and measurements ("xanthine oxidase", "blood glucose"). */
  private List<Named> drugsNamedIn(String sentence, Span segment) {
    List<Named> named = new ArrayList<>();
    for (DrugDictionary.Mention mention : drugs.mentionsIn(segment.of(sentence))) {
      int start = segment.start() + mention.start();
      int end = start + mention.asWritten().length();
      if (!NOT_THE_DRUG_AFTER.matcher(sentence.substring(end)).find()
          && !NOT_THE_DRUG_BEFORE.matcher(sentence.substring(segment.start(), start)).find()) {
        named.add(new Named(mention.drug(), new Span(start, end)));
      }
    }
    return named;
  }

  /**
   * A drug named right after the amount ("40 units of oxytocin", "1 g amoxicillin plus 120 mg
   * gentamicin"). Taken over a drug named before the amount only when the line has named it before
   * too, and never a short name: DrugBank's synonyms include everyday words ("SAMe" in "2.5 mg same
   * procedure").
   */
  private static Optional<Named> namedRightAfter(String sentence, Amounts.Amount amount, List<Named> mentions) {
    return mentions.stream()
        .filter(mention -> mention.span().start() >= amount.end() && mention.span().length() >= MIN_NAME_AFTER_AMOUNT)
        .filter(mention -> DRUG_RIGHT_AFTER.matcher(sentence.substring(amount.end(), mention.span().start())).matches())
        .findFirst();
  }

  private static boolean namedEarlier(String sentence, Named mention) {
    String name = mention.span().of(sentence).toLowerCase(Locale.ROOT);
    return sentence.substring(0, mention.span().start()).toLowerCase(Locale.ROOT).contains(name);
  }

  /** One dose from its segment's first amount and what follows it. */
  private static Dose read(String sentence, Span segment, List<Amounts.Amount> amounts, Named drug, Span population,
      SourceSpan source, int citation) {
    Amounts.Amount anchor = amounts.get(0);
    Map<String, Span> fields = new LinkedHashMap<>();
    if (drug.span() != null) {
      fields.put("drug", drug.span());
    }
    if (population != null) {
      fields.put("population", population);
    }
    // A number whose unit could not be read ("80 mg/sulfamethoxazole 400 mg") is no amount: the line
    // is quoted with the dose, never a bare number.
    boolean unitRead = anchor.unit() != null
        || LETTER_WORD.matcher(anchor.quantity().of(sentence)).find();
    if (anchor.kind() == Amounts.Kind.DOSE && unitRead) {
      fields.put("amount", anchor.quantity());
      if (anchor.unitApart()) {
        fields.put("unit", anchor.unit());
      }
    }
    char[] masked = sentence.toCharArray();
    int regionEnd = anchorRegionEnd(sentence, segment, anchor, amounts, masked, fields);
    String readable = new String(masked);
    first(ROUTE, readable, segment.start(), anchor.lead()).or(() -> first(ROUTE, readable, anchor.end(), regionEnd))
        .ifPresent(span -> fields.put("route", span));
    first(FREQUENCY, readable, anchor.end(), regionEnd).ifPresent(span -> fields.put("frequency", span));
    first(DURATION, readable, anchor.end(), regionEnd).ifPresent(span -> fields.put("duration", span));
    return dose(drug.drug(), fields, sentence, source, citation);
  }

  /** A ceiling's end, past the same ceiling said in another measure ("4 grams or 12 tablets"). */
  private static int ceilingEnd(String sentence, int end) {
    Matcher alternative = DosePatterns.CEILING_ALTERNATIVE.matcher(sentence).region(end, sentence.length());
    return alternative.lookingAt() ? alternative.end() : end;
  }

  /**
   * Where the words about the anchor's dose end: at the next amount that is another dose, or at the
   * bracket closing around the anchor ("Sublingual (0.4 mg), Buccal (1-5 mg 6 hourly)"). Ceilings,
   * thresholds and restating brackets on the way are masked, the first ceiling kept as the maximum.
   */
  private static int anchorRegionEnd(String sentence, Span segment, Amounts.Amount anchor, List<Amounts.Amount> amounts,
      char[] masked, Map<String, Span> fields) {
    int regionEnd = segment.end();
    int open = Brackets.unclosed(sentence, segment.start(), anchor.start());
    if (open >= 0) {
      regionEnd = Brackets.closing(sentence, open, segment.end());
    }
    if (anchor.kind() == Amounts.Kind.CEILING) {
      fields.put("maximum", new Span(anchor.lead(), ceilingEnd(sentence, anchor.end())));
    }
    for (Amounts.Amount next : amounts.subList(1, amounts.size())) {
      if (next.start() >= regionEnd) {
        break;
      }
      int bracket = Brackets.unclosed(sentence, anchor.end(), next.start());
      if (next.kind() == Amounts.Kind.CEILING && !fields.containsKey("maximum")) {
        fields.put("maximum", new Span(next.lead(), ceilingEnd(sentence, next.end())));
      }
      if (bracket >= 0) {
        mask(masked, bracket, Brackets.closing(sentence, bracket, regionEnd));
      } else if (next.kind() != Amounts.Kind.DOSE) {
        mask(masked, next.lead(), next.end());
      } else {
        return next.lead();
      }
    }
    return regionEnd;
  }

  /** A segment-leading ceiling with nothing of its own ("...; maximum 24 mg daily") bounds the dose before it. */
  private static boolean addsCeilingToLast(List<Dose> doses, Amounts.Amount ceiling) {
    if (doses.isEmpty() || !doses.get(doses.size() - 1).maximum().isEmpty()) {
      return false;
    }
    Dose last = doses.remove(doses.size() - 1);
    Map<String, Span> fields = new LinkedHashMap<>(last.spans());
    fields.put("maximum", new Span(ceiling.lead(), ceiling.end()));
    doses.add(dose(new DrugDictionary.Drug(last.drug(), last.drugbankId()), fields, last.text(), last.source(),
        last.citation()));
    return true;
  }

  private static Dose dose(DrugDictionary.Drug drug, Map<String, Span> fields, String sentence, SourceSpan source,
      int citation) {
    return new Dose(drug.name(), drug.drugbankId(), field(fields, "amount", sentence), field(fields, "unit", sentence),
        field(fields, "route", sentence), field(fields, "frequency", sentence), field(fields, "duration", sentence),
        field(fields, "population", sentence), field(fields, "maximum", sentence), fields, sentence, source, citation);
  }

  private static String field(Map<String, Span> fields, String name, String sentence) {
    Span span = fields.get(name);
    return span == null ? "" : span.of(sentence);
  }

  private static void mask(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      text[i] = MASK;
    }
  }

  /** Whether a line states an amount with a unit ("250 - 500 mg"). */
  static boolean hasAmount(String line) {
    return AMOUNT.matcher(line).find();
  }

  private static boolean namesSomethingElse(String beforeAmount) {
    String rest = POPULATION.matcher(beforeAmount).replaceAll(" ").toLowerCase(Locale.ROOT);
    Matcher word = LETTER_WORD.matcher(rest);
    while (word.find()) {
      if (!CONTINUATION_WORDS.contains(word.group()) && word.group().length() > 2) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Span> first(Pattern pattern, String text, int from, int to) {
    if (from >= to) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(text).region(from, to);
    return matcher.find() ? Optional.of(new Span(matcher.start(1), matcher.end(1))) : Optional.empty();
  }
}
