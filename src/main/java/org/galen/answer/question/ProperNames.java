package org.galen.answer.question;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words a question writes as proper names: a capital, then lower-case letters, inside a sentence
 * ("my doctor mentioned Zelvora"). A brand, a place or a person is written so; a capital at a
 * sentence's start says nothing, nor does a day's or a month's. After a word saying it was given
 * or told of ("prescribed Zelvora"), such a word is a product's name, not a misspelling of whatever
 * indexed word lies two edits away: it is corrected only to a word one edit from it ("Amoxicilin").
 * Stateless.
 */
public final class ProperNames {
  /** A capital, then lower-case letters only ("Zelvora"; not "MRI", not "B12"). */
  private static final Pattern PROPER_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");
  /** What ends a sentence (or opens a quotation or a bracket) before a word, so that its capital says nothing. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"“(\\-–—]$");

  /** Words that tell when and are no name: the days, the months, yesterday ({@code calendar-words.txt}). */
  private static final java.util.Set<String> CALENDAR = WordLists.lines("calendar-words.txt").stream()
      .map(word -> word.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** What, right before a proper name, says it is a product given or told of ({@code product-leads.txt}). */
  private static final Pattern PRODUCT_LEAD = Pattern.compile("(?i)\\b(?:" + String.join("|",
      WordLists.lines("product-leads.txt").stream().map(lead -> lead.replace(" ", "\\s+")).toList()) + ")\\s+$");

  private ProperNames() {}

  /**
   * Whether the word at {@code start} is a proper name a lead word says is a product given or told
   * of ("my doctor mentioned Zelvora"), not a person's or a place's ("my daughter Emily").
   */
  public static boolean isProductName(String text, int start, String word) {
    return isProperName(text, start, word) && PRODUCT_LEAD.matcher(text.substring(0, start)).find();
  }

  /** Whether the word at {@code start} of the text is written as a proper name inside a sentence. */
  public static boolean isProperName(String text, int start, String word) {
    String before = text.substring(0, start).stripTrailing();
    return !before.isEmpty() && !SENTENCE_END.matcher(before).find() && PROPER_NAME.matcher(word).matches()
        && !tellsWhen(word);
  }

  /** Whether the word tells when (a day, a month, "yesterday"): whatever the index holds, it names nothing. */
  public static boolean tellsWhen(String word) {
    return CALENDAR.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a correction keeps a proper name's spelling but for one edit (a letter added, dropped, changed, swapped). */
  public static boolean oneEditFrom(String name, String correction) {
    return editDistance(name.toLowerCase(Locale.ROOT), correction.toLowerCase(Locale.ROOT)) <= 1;
  }

  /** Optimal string alignment distance: Levenshtein's, with a swap of two letters side by side as one edit. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
