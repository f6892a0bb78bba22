package org.galen.answer.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases matched as written, word after word, case aside: for cues made of words the analysis
 * drops as stop words ("when should", "how long"), which stems cannot see. A phrase is written in a
 * word list with underscores between its words ("how_long"). Stateless.
 */
public final class WrittenPhrases {
  private WrittenPhrases() {}

  /** Whether a word list's entry is a phrase ("how_long") rather than one word. */
  static boolean isPhrase(String entry) {
    return entry.contains("_");
  }

  /** The words of a phrase as a word list writes it ("how_long": how, long). */
  static List<String> words(String entry) {
    return List.of(entry.toLowerCase(Locale.ROOT).split("_"));
  }

  /** Whether any of the phrases is written in the text, its words next to each other in order. */
  static boolean anyIn(String text, List<List<String>> phrases) {
    if (phrases.isEmpty()) {
      return false;
    }
    // Hyphenated words stay whole ("long-term" is no "long"); a quote's apostrophes are no letters.
    List<String> words = java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).replace('’', '\'')
        .split("[^\\p{L}\\p{N}'-]+")).map(word -> word.replaceAll("^['-]+|['-]+$", "")).toList();
    return phrases.stream().anyMatch(phrase -> Collections.indexOfSubList(words, phrase) >= 0);
  }

  /**
   * A word list of kinds: each line a kind, then its entries, tab-separated; an entry's words joined
   * by "_" ("how_long"). The phrases of each kind, as {@link #words}.
   */
  static Map<String, List<List<String>>> lists(String resource) {
    Map<String, List<List<String>>> lists = new HashMap<>();
    for (String line : WordLists.lines(resource)) {
      String[] columns = line.split("\t");
      List<List<String>> entries = lists.computeIfAbsent(columns[0], kind -> new ArrayList<>());
      Arrays.stream(columns).skip(1).filter(entry -> !entry.isBlank()).map(WrittenPhrases::words).forEach(entries::add);
    }
    Map<String, List<List<String>>> kept = new HashMap<>();
    lists.forEach((kind, entries) -> kept.put(kind, List.copyOf(entries)));
    return Map.copyOf(kept);
  }

  /** How many words the longest listed phrase starting at {@code at} has; 0 when none starts there. */
  static int longestAt(List<List<String>> phrases, List<String> words, int at) {
    int longest = 0;
    for (List<String> phrase : phrases) {
      if (phrase.size() > longest && at + phrase.size() <= words.size()
          && words.subList(at, at + phrase.size()).equals(phrase)) {
        longest = phrase.size();
      }
    }
    return longest;
  }

  /**
   * A text's words as the lay phrases read them (hyphenated parts kept together), in lower case with
   * a typographic apostrophe made plain, each with its {start, end} offsets in the text.
   */
  record Words(List<int[]> spans, List<String> words) {
    static Words of(String text) {
      List<int[]> spans = new ArrayList<>();
      List<String> words = new ArrayList<>();
      java.util.regex.Matcher word = LayPhrases.WORD.matcher(text);
      while (word.find()) {
        spans.add(new int[] {word.start(), word.end()});
        words.add(word.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      }
      return new Words(List.copyOf(spans), List.copyOf(words));
    }
  }
}
