package org.galen.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of an article's statements: 0.39 × words per sentence + 11.8 ×
 * syllables per word − 15.59. Syllables are counted by vowel groups with the usual silent-e rule,
 * the same approximation readability tools use; good for comparing audiences, not for one text.
 * Hand-written because the formula is three lines and no maintained Java library ships it alone.
 */
public final class ReadingGrade {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

  private ReadingGrade() {}

  /**
   * The grade over the statements of at least {@code minWords} words only: list fragments
   * ("Paracetamol", "Bed rest") would otherwise lower it without being easier to read.
   */
  public static double of(List<Statement> statements, int minWords) {
    return of(statements.stream().filter(statement -> words(statement.text()) >= minWords).toList());
  }

  /**
   * The grade a patient's statement is written for, about what consumer health pages aim at (the
   * issue's target for a patient article is 9).
   */
  static final double PATIENT_GRADE = 8.0;
  /** Sentences shorter than this have no grade worth the name ("Bed rest"); the reading measure's floor too. */
  public static final int GRADED_WORDS = 6;

  /**
   * How many grades one sentence reads above {@link #PATIENT_GRADE}; 0 for one at or below it and
   * for a sentence too short to grade.
   */
  static double abovePatientGrade(String text) {
    if (words(text) < GRADED_WORDS) {
      return 0;
    }
    return Math.max(0, of(List.of(new Statement(text, List.of(), List.of()))) - PATIENT_GRADE);
  }

  static int words(String text) {
    Matcher word = WORD.matcher(text);
    int words = 0;
    while (word.find()) {
      words++;
    }
    return words;
  }

  /** The grade of the statements taken as one text, each statement one sentence; NaN when empty. */
  public static double of(List<Statement> statements) {
    long words = 0;
    long syllables = 0;
    for (Statement statement : statements) {
      Matcher word = WORD.matcher(statement.text());
      while (word.find()) {
        words++;
        syllables += syllables(word.group().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (statements.isEmpty() || words == 0) {
      return Double.NaN;
    }
    return 0.39 * words / statements.size() + 11.8 * syllables / words - 15.59;
  }

  static int syllables(String word) {
    String stem = word.length() > 2 && word.endsWith("e") && !word.endsWith("le") ? word.substring(0, word.length() - 1)
        : word;
    Matcher groups = VOWEL_GROUP.matcher(stem);
    int count = 0;
    while (groups.find()) {
      count++;
    }
    return Math.max(1, count);
  }
}
