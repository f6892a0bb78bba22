package org.galen.answer.question;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
}
