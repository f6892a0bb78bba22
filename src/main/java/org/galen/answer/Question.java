package org.galen.answer;

/** A user's question, validated: not blank and at most {@value #MAX_LENGTH} characters. */
public record Question(String text) {
  public static final int MAX_LENGTH = 2000;

  public Question {
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
