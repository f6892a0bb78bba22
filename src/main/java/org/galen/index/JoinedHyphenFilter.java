package org.galen.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Removes the hyphens that join a prefix or a combining form to the rest of a word ({@link
 * Analysis#joinedHyphen()}: "anti-venom", "vulvo-vaginal"), keeping offsets true to the text as
 * Lucene's pattern-replace character filter does with that expression, and giving the same text
 * and the same offset corrections ({@code JoinedHyphenFilterTest} holds the two to it). Written
 * out rather than run as the expression because the expression tries its prefixes at every word
 * of every text, a seventh of ingest; this finds the hyphens and looks back from each.
 */
final class JoinedHyphenFilter extends BaseCharFilter {
  /** The prefixes of {@link Analysis#joinedHyphen()}, in lower case; any word of four letters or more ending in "o" too. */
  static final Set<String> PREFIXES = Set.of("anti", "non", "pre", "post", "co", "re", "intra", "inter", "multi", "semi",
      "hyper", "hypo", "sub", "peri", "para", "pseudo", "auto", "neo");
  private static final int COMBINING_FORM_LETTERS = 4;

  /** The text without its joining hyphens, read whole on the first read, and how far it has been read. */
  private char[] out;
  private int outLength;
  private int position;

  JoinedHyphenFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (out == null) {
      fill();
    }
    if (position >= outLength) {
      return -1;
    }
    int count = Math.min(length, outLength - position);
    System.arraycopy(out, position, buffer, offset, count);
    position += count;
    return count;
  }

  @Override
  public int read() throws IOException {
    if (out == null) {
      fill();
    }
    return position < outLength ? out[position++] : -1;
  }

  @Override
  protected int correct(int currentOff) {
    return Math.max(0, super.correct(currentOff));
  }

  /** Reads the text whole and removes its joining hyphens, each removal recorded as an offset correction. */
  private void fill() throws IOException {
    char[] text = new char[1024];
    int length = 0;
    for (int read = input.read(text, 0, text.length); read > 0; read = input.read(text, length, text.length - length)) {
      length += read;
      if (length == text.length) {
        text = java.util.Arrays.copyOf(text, text.length * 2);
      }
    }
    CharSequence chars = java.nio.CharBuffer.wrap(text, 0, length);
    char[] joined = null;
    int copied = 0;
    int written = 0;
    for (int hyphen = 0; hyphen < length; hyphen++) {
      if (text[hyphen] != '-' || !joins(chars, hyphen)) {
        continue;
      }
      if (joined == null) {
        joined = new char[length];
      }
      System.arraycopy(text, copied, joined, written, hyphen - copied);
      written += hyphen - copied;
      copied = hyphen + 1;
      addOffCorrectMap(written, copied - written);
    }
    if (joined == null) {
      out = text;
      outLength = length;
    } else {
      System.arraycopy(text, copied, joined, written, length - copied);
      out = joined;
      outLength = written + length - copied;
    }
  }

  /**
   * Whether the hyphen at {@code at} joins: an ASCII letter follows it, and the letters before it,
   * from a word boundary, are one of the prefixes or four or more ending in "o" (case aside).
   */
  static boolean joins(CharSequence text, int at) {
    if (at + 1 >= text.length() || !asciiLetter(text.charAt(at + 1))) {
      return false;
    }
    int start = at;
    while (start > 0 && asciiLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == at || start > 0 && wordPart(text, start - 1)) {
      return false;
    }
    String letters = text.subSequence(start, at).toString().toLowerCase(Locale.ROOT);
    return PREFIXES.contains(letters)
        || letters.length() >= COMBINING_FORM_LETTERS && letters.charAt(letters.length() - 1) == 'o';
  }

  private static boolean asciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * Whether the character before a run of letters continues its word, as a regular expression's
   * {@code \\b} reads it: a letter or digit of any script, an underscore, or a combining mark on
   * such a letter.
   */
  private static boolean wordPart(CharSequence text, int at) {
    int c = Character.codePointBefore(text, at + 1);
    return c == '_' || Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, at);
  }

  /** Whether combining marks from {@code at} back rest on a letter or digit (java.util.regex's reading). */
  private static boolean hasBase(CharSequence text, int at) {
    for (int x = at; x >= 0; x--) {
      int c = Character.codePointAt(text, x);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }
}
