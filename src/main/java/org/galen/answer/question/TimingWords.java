package org.galen.answer.question;

import java.util.Arrays;
import java.util.List;

/** Whether a question asks when or for how long, from {@code timing-words.txt}. Stateless. */
public final class TimingWords {
  private static final List<List<String>> PHRASES = WordLists.lines("timing-words.txt").stream()
      .flatMap(line -> Arrays.stream(line.split("\\s+"))).filter(entry -> !entry.isBlank())
      .map(WrittenPhrases::words).toList();

  private TimingWords() {}

  public static boolean askedIn(String question) {
    return WrittenPhrases.anyIn(question, PHRASES);
  }
}
