package org.galen.answer.question;

import java.util.Set;

/** Whether a question asks for a limit (the most that may be given), from {@code limit-words.txt}. */
public final class LimitWords {
  private static final Set<String> LIMITS = Stems.of(String.join(" ", WordLists.lines("limit-words.txt")));

  private LimitWords() {}

  public static boolean askedIn(String question) {
    return Stems.of(question).stream().anyMatch(LIMITS::contains);
  }

  /** The stems of the words asking for a limit: words of asking, never of the subject. */
  static Set<String> stems() {
    return LIMITS;
  }

  /** Whether a text speaks of a limit in the same words ("the maximum recommended daily dose", "not exceed"). */
  public static boolean namedIn(Set<String> stems) {
    return stems.stream().anyMatch(LIMITS::contains);
  }
}
