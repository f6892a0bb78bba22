package org.galen.answer.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a text says is absent ("no fever", "the rash doesn't itch", "arms and legs are fine"), the
 * way NegEx reads it, from {@code negation-triggers.tsv}: a trigger covers the words after it (or,
 * written after its finding, before it) up to {@link #SCOPE_WORDS} words, a clause's punctuation
 * or a word that ends the scope; and what the question tells of another person than its patient
 * ({@link OtherExperiencers}, ConText's experiencer). A finding the patient does not have is no
 * evidence to search for. Stateless.
 */
public final class Negations {
  /** NegEx's window: a negation reaches this many words at most. */
  static final int SCOPE_WORDS = 5;
  /** Punctuation that closes a clause, and a dash standing between words. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?()\\[\\]]|\\s[-–—]\\s|\\s[-–—]$|^[-–—]\\s");

  private static final Map<String, List<List<String>>> LISTS = WrittenPhrases.lists("negation-triggers.tsv");
  private static final List<List<String>> PRE = LISTS.getOrDefault("pre", List.of());
  private static final List<List<String>> POST = LISTS.getOrDefault("post", List.of());
  private static final List<List<String>> PSEUDO = LISTS.getOrDefault("pseudo", List.of());
  private static final List<List<String>> END = LISTS.getOrDefault("end", List.of());
  private static final List<List<String>> BETWEEN = LISTS.getOrDefault("between", List.of());

  private Negations() {}

  /**
   * The stretches of a text telling findings the patient does not have — negated, or another
   * person's ({@link OtherExperiencers}) — triggers included, each as {start, end} offsets, in text
   * order.
   */
  static List<int[]> in(String text) {
    WrittenPhrases.Words read = WrittenPhrases.Words.of(text);
    List<int[]> spans = read.spans();
    List<String> words = read.words();
    List<int[]> negated = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int pseudo = WrittenPhrases.longestAt(PSEUDO, words, i);
      if (pseudo > 0) {
        i += pseudo - 1;
        continue;
      }
      int pre = WrittenPhrases.longestAt(PRE, words, i);
      if (pre > 0) {
        int trigger = i + pre - 1;
        int last = trigger;
        for (int next = trigger + 1; next < words.size() && next - trigger <= SCOPE_WORDS; next++) {
          if (breaksBetween(text, spans, next - 1, next) || WrittenPhrases.longestAt(END, words, next) > 0) {
            break;
          }
          last = next;
        }
        negated.add(new int[] {spans.get(i)[0], spans.get(last)[1]});
        i += pre - 1;
        continue;
      }
      int post = WrittenPhrases.longestAt(POST, words, i);
      // Written before a word it describes ("a normal dose", "Rh negative mother"), it negates nothing.
      int after = i + post;
      if (post > 0 && (after == words.size() || breaksBetween(text, spans, after - 1, after)
          || WrittenPhrases.longestAt(END, words, after) > 0)) {
        int first = i;
        int reach = first - 1;
        while (reach >= 0 && !breaksBetween(text, spans, reach, reach + 1) && endingAt(BETWEEN, words, reach) > 0) {
          reach -= endingAt(BETWEEN, words, reach);
        }
        for (int covered = 0; reach >= 0 && covered < SCOPE_WORDS; reach--, covered++) {
          if (breaksBetween(text, spans, reach, reach + 1) || WrittenPhrases.longestAt(END, words, reach) > 0) {
            break;
          }
          first = reach;
        }
        negated.add(new int[] {spans.get(first)[0], spans.get(i + post - 1)[1]});
        i += post - 1;
      }
    }
    // Another person's findings are, like absent ones, none the patient has.
    negated.addAll(OtherExperiencers.in(text));
    negated.sort(java.util.Comparator.comparingInt(span -> span[0]));
    return negated;
  }

  /** The text with its negated stretches blanked out, every other character where it was. */
  public static String blanked(String text) {
    return blanked(text, in(text));
  }

  /** The text with the given negated stretches ({@link #in}) blanked out. */
  static String blanked(String text, List<int[]> negated) {
    char[] chars = text.toCharArray();
    for (int[] span : negated) {
      Arrays.fill(chars, span[0], span[1], ' ');
    }
    return new String(chars);
  }

  /** Whether an offset of the text lies in one of the negated stretches. */
  static boolean covers(List<int[]> negated, int offset) {
    return negated.stream().anyMatch(span -> span[0] <= offset && offset < span[1]);
  }

  private static boolean breaksBetween(String text, List<int[]> spans, int before, int after) {
    return CLAUSE_BREAK.matcher(text.substring(spans.get(before)[1], spans.get(after)[0])).find();
  }

  /** How many words the longest listed phrase ending at {@code at} has; 0 when none ends there. */
  private static int endingAt(List<List<String>> phrases, List<String> words, int at) {
    int longest = 0;
    for (List<String> phrase : phrases) {
      int from = at - phrase.size() + 1;
      if (phrase.size() > longest && from >= 0 && words.subList(from, at + 1).equals(phrase)) {
        longest = phrase.size();
      }
    }
    return longest;
  }

}
