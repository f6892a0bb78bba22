package org.galen.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a substance's name is written as a measured result of the patient's ("sodium slightly
 * low", "raised troponin", "serum sodium 128", "ferritin 8 µg/L") rather than as a medicine, from
 * {@code measured-results.tsv}: a level word after the name (across at most {@link #BETWEEN_WORDS}
 * words such as "is slightly"), a level or specimen word just before it, a value per litre or
 * decilitre after it, or any value after "level"; not a level word that speaks of a dose ("low
 * dose", "raised to 5 mg") nor a value per litre of something given ("in the fluids"). Such a
 * substance is a finding the question tells, like a sign, not what it asks about. Stateless.
 */
final class MeasuredResults {
  /** At most this many words stand between a name and the level or value written after it. */
  static final int BETWEEN_WORDS = 3;
  /** How far after a level word or a value a dose, a change or a thing given is looked for. */
  private static final int AFTER_WORDS = 4;

  private static final Map<String, List<List<String>>> LISTS = WrittenPhrases.lists("measured-results.tsv");
  private static final List<List<String>> LEVEL = LISTS.getOrDefault("level", List.of());
  private static final List<List<String>> BEFORE = LISTS.getOrDefault("before", List.of());
  private static final List<List<String>> SPECIMEN = LISTS.getOrDefault("specimen", List.of());
  private static final List<List<String>> BETWEEN = LISTS.getOrDefault("between", List.of());
  private static final List<List<String>> MEASURE = LISTS.getOrDefault("measure", List.of());
  private static final List<List<String>> DOSE_WORD = LISTS.getOrDefault("dose-word", List.of());
  private static final List<List<String>> CHANGE = LISTS.getOrDefault("change", List.of());
  private static final List<List<String>> DOSE_UNIT = LISTS.getOrDefault("dose-unit", List.of());
  private static final List<List<String>> GIVEN = LISTS.getOrDefault("given", List.of());
  private static final List<List<String>> FLUID = LISTS.getOrDefault("fluid", List.of());
  private static final List<List<String>> ASKING = LISTS.getOrDefault("asking", List.of());

  /** A value at the start of a text, and a unit per litre or decilitre after it, if one is written. */
  private static final Pattern VALUE = Pattern.compile(
      "^\\s*\\(?\\s*\\d+(?:[.,]\\d+)?(\\s*(?:x\\s*10\\^?\\d+\\s*)?[\\p{L}µ]*\\s*/\\s*d?l\\b)?",
      Pattern.CASE_INSENSITIVE);
  /** A name's own sign written after it ("K+"). */
  private static final Pattern CHARGE = Pattern.compile("^\\+");
  /** Where the words after a name stop: a clause's punctuation (not a decimal point). */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:!?)\\]]|" + QuestionClauses.PERIOD + "|\\s[-–—]\\s");
  /** Words joining two names read alike ("urea and creatinine raised"). */
  private static final Pattern JOINED = Pattern.compile("(?i)^\\s*(?:,\\s*|(?:,\\s*)?(?:and|or)\\s+)$");

  private MeasuredResults() {}

  /**
   * The mentions with each drug told as a measured result made a finding ({@link Concept#asFinding});
   * a drug joined by "and" or a comma to one so told is read alike ("raised urea and creatinine"). Not a
   * level the clause that asks (from {@code askingStart} to {@code askingEnd}) asks of ("at what
   * serum level …?"): that is what the question is about.
   */
  static List<ConceptVocabulary.Mention> asFindings(String question, List<ConceptVocabulary.Mention> mentions,
      int askingStart, int askingEnd) {
    List<ConceptVocabulary.Mention> read = new ArrayList<>(mentions);
    boolean[] measured = new boolean[read.size()];
    for (int i = 0; i < read.size(); i++) {
      ConceptVocabulary.Mention m = read.get(i);
      measured[i] = !askedOf(question, m, askingStart, askingEnd) && m.concept().kind() == Concept.Kind.DRUG
          && told(question, m.start(), m.end());
    }
    for (int i = 0; i + 1 < read.size(); i++) {
      ConceptVocabulary.Mention one = read.get(i);
      ConceptVocabulary.Mention next = read.get(i + 1);
      boolean asked = askedOf(question, one, askingStart, askingEnd) || askedOf(question, next, askingStart, askingEnd);
      if (measured[i] != measured[i + 1] && !asked && one.concept().kind() == Concept.Kind.DRUG
          && next.concept().kind() == Concept.Kind.DRUG && one.end() <= next.start()
          && JOINED.matcher(question.substring(one.end(), next.start())).matches()) {
        measured[i] = true;
        measured[i + 1] = true;
      }
    }
    for (int i = 0; i < read.size(); i++) {
      ConceptVocabulary.Mention m = read.get(i);
      if (measured[i]) {
        read.set(i, new ConceptVocabulary.Mention(m.concept().asFinding(), m.start(), m.end(), m.lay()));
      }
    }
    return List.copyOf(read);
  }

  /**
   * Whether the clause that asks asks of the level itself: the name stands in it after a word that
   * asks ("at what serum magnesium level …?"), not before ("raised urea: what is it?").
   */
  private static boolean askedOf(String question, ConceptVocabulary.Mention m, int askingStart, int askingEnd) {
    return askingStart <= m.start() && m.start() < askingEnd
        && WrittenPhrases.Words.of(question.substring(askingStart, m.start())).words().stream()
            .anyMatch(word -> ASKING.contains(List.of(word)));
  }

  /** Whether the name written at {@code start}–{@code end} of the text is told as a measured result. */
  static boolean told(String text, int start, int end) {
    WrittenPhrases.Words before = WrittenPhrases.Words.of(text.substring(0, start));
    List<String> earlier = before.words();
    if (!earlier.isEmpty() && text.substring(before.spans().get(earlier.size() - 1)[1], start).isBlank()) {
      String last = earlier.get(earlier.size() - 1);
      boolean fluid = FLUID.contains(List.of(text.substring(start, end).toLowerCase(java.util.Locale.ROOT)));
      if (SPECIMEN.contains(List.of(last)) || BEFORE.contains(List.of(last)) && !fluid && !speaksOfADose(text, end)) {
        return true;
      }
    }
    String rest = CHARGE.matcher(text.substring(end)).replaceFirst("");
    Matcher clauseEnd = CLAUSE_END.matcher(rest);
    String clause = clauseEnd.find() ? rest.substring(0, clauseEnd.start()) : rest;
    WrittenPhrases.Words after = WrittenPhrases.Words.of(clause);
    List<String> words = after.words();
    boolean measure = false;
    int at = 0;
    int from = 0;
    for (int skipped = 0; ; skipped++) {
      if (WrittenPhrases.longestAt(LEVEL, words, at) > 0) {
        return !speaksOfADose(words, at + 1);
      }
      Matcher value = VALUE.matcher(clause.substring(from));
      if (value.find() && (measure || value.group(1) != null)) {
        List<String> following = WrittenPhrases.Words.of(clause.substring(from + value.end())).words();
        return !within(following, 0, GIVEN);
      }
      int between = WrittenPhrases.longestAt(BETWEEN, words, at);
      if (between == 0 || skipped == BETWEEN_WORDS) {
        return false;
      }
      measure |= WrittenPhrases.longestAt(MEASURE, words, at) > 0;
      at += between;
      from = after.spans().get(at - 1)[1];
    }
  }

  /** Whether the words after a level word written before a name speak of a dose ("high dose"). */
  private static boolean speaksOfADose(String text, int end) {
    return speaksOfADose(WrittenPhrases.Words.of(text.substring(end)).words(), 0);
  }

  /**
   * Whether the words from {@code at} speak of a dose, its strength or a risk ("low dose"), or of a
   * change to an amount of a medicine ("raised to 5 mg").
   */
  private static boolean speaksOfADose(List<String> words, int at) {
    if (within(words, at, DOSE_WORD)) {
      return true;
    }
    return at < words.size() && WrittenPhrases.longestAt(CHANGE, words, at) > 0 && within(words, at + 1, DOSE_UNIT);
  }

  /** Whether one of the listed words stands among the {@value #AFTER_WORDS} words from {@code at}. */
  private static boolean within(List<String> words, int at, List<List<String>> listed) {
    for (int i = at; i < Math.min(words.size(), at + AFTER_WORDS); i++) {
      if (WrittenPhrases.longestAt(listed, words, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
