package org.galen.answer.question;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a substance's name is written as a measured result of the patient's ("calcium slightly
 * high", "raised PTH", "serum sodium 128", "albumin 18 g/L") rather than as a medicine, from {@code
 * measured-results.tsv}: a level word after the name (across at most {@link #BETWEEN_WORDS} words
 * such as "is slightly"), a level or specimen word just before it, a value per litre or decilitre
 * after it, or any value after "level". Such a substance is a finding the question tells, like a
 * sign, not what it asks about. Stateless.
 */
final class MeasuredResults {
  /** At most this many words stand between a name and the level or value written after it. */
  static final int BETWEEN_WORDS = 3;

  private static final Map<String, List<List<String>>> LISTS = WrittenPhrases.lists("measured-results.tsv");
  private static final List<List<String>> LEVEL = LISTS.getOrDefault("level", List.of());
  private static final List<List<String>> BEFORE = LISTS.getOrDefault("before", List.of());
  private static final List<List<String>> SPECIMEN = LISTS.getOrDefault("specimen", List.of());
  private static final List<List<String>> BETWEEN = LISTS.getOrDefault("between", List.of());
  /** Words naming what is measured ("level"): a value after them is a result whatever its unit. */
  private static final List<List<String>> MEASURE = List.of(List.of("level"), List.of("levels"),
      List.of("concentration"));

  /** A value at the start of a text, and whether a unit per litre or decilitre follows it. */
  private static final Pattern VALUE = Pattern.compile(
      "^\\s*\\(?\\s*\\d+(?:[.,]\\d+)?(\\s*(?:x\\s*10\\^?\\d+\\s*)?[\\p{L}µ]*\\s*/\\s*d?l\\b|\\s*%)?",
      Pattern.CASE_INSENSITIVE);
  /** A name's own sign written after it ("K+"), and where the words after it stop: a clause's end (not a decimal point). */
  private static final Pattern CHARGE = Pattern.compile("^\\+");
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:!?)\\]]|(?<!\\d)\\.|\\.(?!\\d)|\\s[-–—]\\s");

  private MeasuredResults() {}

  /** Whether the name written at {@code start}–{@code end} of the text is told as a measured result. */
  static boolean told(String text, int start, int end) {
    WrittenPhrases.Words before = WrittenPhrases.Words.of(text.substring(0, start));
    List<String> earlier = before.words();
    if (!earlier.isEmpty() && text.substring(before.spans().get(earlier.size() - 1)[1], start).isBlank()) {
      String last = earlier.get(earlier.size() - 1);
      if (BEFORE.contains(List.of(last)) || SPECIMEN.contains(List.of(last))) {
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
        return true;
      }
      Matcher value = VALUE.matcher(clause.substring(from));
      if (value.find() && (measure || value.group(1) != null)) {
        return true;
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
}
