package org.galen.answer;

/**
 * A user's question, cleaned and validated: control and text-reordering characters removed, not
 * blank, at most {@value #MAX_LENGTH} characters.
 */
public record Question(String text) {
  public static final int MAX_LENGTH = 2000;

  /**
   * Control characters (NUL, escape...) and the invisible marks that reorder text (right-to-left
   * overrides and isolates): never part of a question, and a page must not show them to the next
   * reader. Each becomes a space; runs of space become one.
   */
  private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile(
      "[\\p{Cc}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]+");

  public Question {
    text = text == null ? null : INVISIBLE.matcher(text).replaceAll(" ").replaceAll(" {2,}", " ");
    if (text == null || text.isBlank()) {
      throw new InvalidQuestionException("the question is empty: ask something, e.g. \"What is the treatment for myoclonus?\"");
    }
    text = text.strip();
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQuestionException("the question is " + text.length() + " characters long; the limit is "
          + MAX_LENGTH + ". Ask one focused question.");
    }
  }
}
