package org.galen.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.answer.question.WordLists;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;

/**
 * Headings a reference page writes inside its prose ("Doctors Involved" over the paragraph saying
 * who they are), told by the page's structure, not by their words: a line of its own, shaped as a
 * heading, after a line that ends a sentence (or under a heading it is the subheading of) and
 * before a paragraph of prose, or last in its passage (the paragraph opens the next). A list's
 * items follow the line that leads into them ("Signs include:") or one another, and are seldom
 * capitalised throughout. Stateless.
 */
final class ProseHeadings {
  /** A heading is a few words: a longer line without its full stop is prose cut short. */
  private static final int MAX_HEADING_WORDS = 6;
  /** The paragraph a heading stands over opens with a sentence of a few words at least. */
  private static final int MIN_PARAGRAPH_WORDS = 5;
  /** Words title case leaves in lower case ({@code title-case-minor-words.txt}). */
  private static final Set<String> MINOR_WORDS = Set.copyOf(
      WordLists.lines("/org/galen/answer/title-case-minor-words.txt"));
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"')\\]]*$");
  private static final Pattern CLOSING = Pattern.compile("[.!?:;,][\"')\\]]*$");
  /** The paragraph's first sentence, or the line leading it into a list ("Your doctor may ask whether:"). */
  private static final Pattern FIRST_SENTENCE = Pattern.compile("[^.!?:\\n]*[.!?:](?=\\s|$)");

  /**
   * A label's subsection number before its heading ("2.2 Directions for Use", "2.3 Use in Renal
   * Impairment"), its first word capitalised and of three letters or more, not a dose's number and
   * unit ("2.5 mg …", "2.5 MG").
   */
  private static final Pattern NUMBERED_SUBSECTION = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.?\\s+\\p{Lu}\\p{L}{2,}\\b.*");
  /** A label's section number before its heading in capitals ("5 WARNINGS AND PRECAUTIONS"). */
  private static final Pattern NUMBERED_SECTION = Pattern.compile("\\d{1,2}\\s+\\p{Lu}[\\p{Lu} ,&/()'-]*");
  /** Words of four capitals or more a numbered section's heading has: "1 GRAM IV" is a dose. */
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b\\p{Lu}{4,}\\b");

  private ProseHeadings() {}

  /**
   * Whether the sentence is a label's numbered heading on a line of its own: the label numbers its
   * sections and subsections, so the number and the heading's shape, not the paragraph after it,
   * mark the heading (a subsection may open with a sentence of a few words: "For intravenous
   * administration only."). A dose on a line of its own ("1 Tablet Daily", "500 MG") is none.
   */
  static boolean isNumberedHeading(StoredPassage passage, Span sentence) {
    String text = passage.text();
    int start = sentence.start() - passage.span().start();
    int end = sentence.end() - passage.span().start();
    if (start < 0 || end > text.length()) {
      return false;
    }
    String said = text.substring(start, end).strip();
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int lineEnd = text.indexOf('\n', end);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
    if (!line.equals(said) || line.contains(TableRowDoses.CELL) || !headingShaped(line)) {
      return false;
    }
    return NUMBERED_SUBSECTION.matcher(line).matches()
        || NUMBERED_SECTION.matcher(line).matches() && CAPITALISED_WORD.matcher(line).results().count() >= 2;
  }

  /**
   * Whether the sentence is, by where it stands in its passage, a heading of the prose. A passage
   * begins where a section or a sentence does, so a heading may open it.
   */
  static boolean isHeading(StoredPassage passage, Span sentence) {
    int offset = passage.span().start();
    return isHeading(passage.text(), sentence.start() - offset, sentence.end() - offset);
  }

  /** As {@link #isHeading(StoredPassage, Span)}, for the text between {@code start} and {@code end} of {@code text}. */
  static boolean isHeading(String text, int start, int end) {
    // Nearly every sentence ends in its full stop: no heading, and nothing else to read.
    if (start < 0 || end > text.length() || !headingShaped(text.substring(start, end).strip())) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String line = text.substring(lineStart, lineEnd).strip();
    if (line.isEmpty() || !line.equals(text.substring(start, end).strip()) || !headingShaped(line)) {
      return false;
    }
    // Two lines either side tell it: a subheading's heading above, a subheading below.
    List<String> before = linesBefore(text, lineStart, 2);
    int above = before.size() - 1;
    if (above >= 0 && headingShaped(before.get(above))) {
      // A subheading under a heading ("Diagnostic Tests", then "EKG").
      above--;
    }
    boolean afterSentence = above < 0 || ENDS_SENTENCE.matcher(before.get(above)).find();
    List<String> after = linesAfter(text, lineEnd, 2);
    // A heading over a subheading: the paragraph is under the subheading.
    int below = !after.isEmpty() && headingShaped(after.get(0)) ? 1 : 0;
    if (!afterSentence) {
      return false;
    }
    if (after.isEmpty()) {
      // The passage ends at it: the paragraph it stands over opens the next passage. A line with a
      // number may be a dose or a strength on a line of its own ("Paracetamol 1000 MG").
      return !before.isEmpty() && !line.matches(".*\\d.*");
    }
    if (after.size() <= below) {
      return false;
    }
    Matcher paragraph = FIRST_SENTENCE.matcher(after.get(below));
    return paragraph.lookingAt() && words(paragraph.group()) >= MIN_PARAGRAPH_WORDS;
  }

  /**
   * A heading's shape: a few words, no closing punctuation, each word of more than three letters
   * capitalised but the prepositions title case leaves in lower case ("Lack of
   * Movement", "Reduce Risk from Food", "EKG (Electrocardiogram)") — what a list's item ("Shaking
   * hands") and a sentence missing its full stop ("Treatment is supportive") are not.
   */
  private static boolean headingShaped(String line) {
    return !CLOSING.matcher(line).find() && words(line) <= MAX_HEADING_WORDS
        && Arrays.stream(line.split("[\\s/-]+")).map(word -> word.replaceAll("^\\W+", ""))
            .filter(word -> word.length() > 3 && !MINOR_WORDS.contains(word))
            .allMatch(word -> !Character.isLowerCase(word.charAt(0)));
  }

  /**
   * Up to {@code most} non-blank lines before {@code end}, stripped, in the text's order: read
   * backwards, never the whole text before them.
   */
  private static List<String> linesBefore(String text, int end, int most) {
    java.util.LinkedList<String> found = new java.util.LinkedList<>();
    int lineEnd = end;
    while (lineEnd > 0 && found.size() < most) {
      int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      String line = text.substring(lineStart, lineEnd).strip();
      if (!line.isEmpty()) {
        found.addFirst(line);
      }
      lineEnd = lineStart - 1;
    }
    return found;
  }

  /** Up to {@code most} non-blank lines from {@code start} on, stripped. */
  private static List<String> linesAfter(String text, int start, int most) {
    List<String> found = new java.util.ArrayList<>();
    int lineStart = start;
    while (lineStart < text.length() && found.size() < most) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd).strip();
      if (!line.isEmpty()) {
        found.add(line);
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  private static int words(String line) {
    return line.isBlank() ? 0 : line.strip().split("\\s+").length;
  }
}
