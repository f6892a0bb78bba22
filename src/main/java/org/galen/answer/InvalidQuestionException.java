package org.galen.answer;

/** A question Galen refuses to answer as asked; the message tells the user what to change. */
public class InvalidQuestionException extends IllegalArgumentException {
  public InvalidQuestionException(String message) {
    super(message);
  }
}
