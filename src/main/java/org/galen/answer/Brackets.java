package org.galen.answer;

/** Round brackets in a line of text, as a dose line nests them: where one opens, where it closes. */
final class Brackets {
  private Brackets() {}

  /** Where the last bracket opened in {@code [from, to)} and not closed there is, or -1. */
  static int unclosed(String text, int from, int to) {
    int depth = 0;
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  /** Just past the bracket closing the one at {@code open}, or {@code limit} when it does not close before it. */
  static int closing(String text, int open, int limit) {
    int depth = 0;
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return limit;
  }

  /** Whether the bracket closing at {@code closed} opened before {@code start}, looking back no further than {@code from}. */
  static boolean opensBefore(String text, int from, int start, int closed) {
    int depth = 0;
    for (int i = closed; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return i < start;
      }
    }
    return false;
  }
}
