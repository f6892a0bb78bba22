package org.galen.answer;

import org.galen.index.StoredPassage;
import org.galen.passage.Span;

/**
 * A source's own headings inside its text, known from its layout, not from their words: a paragraph
 * of one line, with no punctuation ending a sentence, followed by another paragraph ("Specialists
 * Involved", "Echocardiography" above the paragraph that explains it, in a reference page's answer).
 * A heading names what follows; it states nothing. A guideline's list items are lines of one
 * paragraph, never paragraphs of their own, so "Echocardiography" in an investigations list stays.
 */
final class ParagraphHeadings {
  /** The blank line between paragraphs. */
  private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n[ \\t]*\\n");
  /** What ends a sentence, or a lead-in: a line ending so is text, not a heading. */
  private static final java.util.regex.Pattern ENDS_TEXT = java.util.regex.Pattern.compile("[.!?:;,)\\]\"”']\\s*$");

  private ParagraphHeadings() {}

  /** Whether a sentence of a passage is a heading paragraph, by the layout the passage shows around it. */
  static boolean isHeading(StoredPassage passage, Span sentence, String text) {
    if (text.contains("\n") || ENDS_TEXT.matcher(text).find()) {
      return false;
    }
    String whole = passage.text();
    int start = sentence.start() - passage.span().start();
    int end = sentence.end() - passage.span().start();
    String before = whole.substring(0, start);
    String after = whole.substring(end);
    boolean paragraphStart = before.isBlank() ? start == 0 && passage.ordinal() == 0 : endsWithBreak(before);
    java.util.regex.Matcher next = PARAGRAPH_BREAK.matcher(after);
    return paragraphStart && next.lookingAt() && !after.substring(next.end()).isBlank();
  }

  private static boolean endsWithBreak(String before) {
    java.util.regex.Matcher breaks = PARAGRAPH_BREAK.matcher(before);
    int last = -1;
    while (breaks.find()) {
      last = breaks.end();
    }
    return last >= 0 && before.substring(last).isBlank();
  }
}
