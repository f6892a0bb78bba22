package org.galen.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether any of a word list's regular expressions is found in a text, ignoring the case of ASCII
 * letters: what one case-insensitive alternation of the lines, {@code (?i)(line1|line2|…)}, finds,
 * at about half its cost (a warm ask tries the list on every candidate sentence;
 * docs/benchmarks.md, "Thirty-ninth pass"). Each line is compiled alone, case-sensitively, and
 * matched against the text with its ASCII capitals lowered: a line built only of what matches a
 * letter in lower case alone then matches what the alternation matched (Java's case-insensitive
 * matching of such a line folds ASCII letters only), and a literal line is searched by
 * Boyer–Moore, which the alternation never is. A line is read only when it is built of lower-case
 * letters, digits, other printable ASCII, the classes of them ({@code [a-z]}, {@code [^.]}), the
 * shorthands and boundaries ({@code \s \S \w \W \d \D \b \B}), escaped punctuation,
 * quantifiers, anchors, alternatives and groups ({@code (…)}, {@code (?:…)}); anything else (a
 * capital, a flag, a property class, a quoted or numbered character, a back-reference) is refused
 * when read. Immutable.
 */
final class AnyLine {
  /** The shorthand classes and boundaries, which match a letter whatever its case or none. */
  private static final String SHORTHANDS = "sSwWdDbB";

  private final List<Pattern> lines;

  private AnyLine(List<Pattern> lines) {
    this.lines = lines;
  }

  /** The lines of a word list, each a regular expression in lower case; {@code source} names it in errors. */
  static AnyLine of(List<String> expressions, String source) {
    for (String expression : expressions) {
      if (!caseFree(expression)) {
        throw new IllegalStateException(source + ": write each expression in lower case, of letters, digits, "
            + "escaped punctuation, [a-z]-style classes, \\s \\w \\d \\b and groups (it is matched without "
            + "regard to case), not: " + expression);
      }
    }
    return new AnyLine(expressions.stream().map(Pattern::compile).toList());
  }

  /** Whether an expression holds only what {@link AnyLine} reads: see the class's comment. */
  static boolean caseFree(String expression) {
    boolean inClass = false;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\') {
        if (i + 1 >= expression.length()) {
          return false;
        }
        char escaped = expression.charAt(++i);
        boolean punctuation = escaped < 128 && !Character.isLetterOrDigit(escaped) && escaped > ' ';
        if (!punctuation && SHORTHANDS.indexOf(escaped) < 0) {
          return false;
        }
      } else if (c == '(' && !inClass && i + 1 < expression.length() && expression.charAt(i + 1) == '?') {
        // A non-capturing group only: no flags, look-arounds or names.
        if (!expression.startsWith("(?:", i)) {
          return false;
        }
        i += 2;
      } else if (c == '[' && !inClass) {
        inClass = true;
        if (i + 1 < expression.length() && expression.charAt(i + 1) == '^') {
          i++;
        }
      } else if (c == ']' && inClass) {
        inClass = false;
      } else if (inClass && c == '-' && i + 1 < expression.length() && expression.charAt(i + 1) != ']'
          && expression.charAt(i - 1) != '[' && expression.charAt(i - 1) != '^') {
        // A range: both ends lower-case letters, or both digits.
        char from = expression.charAt(i - 1);
        char to = expression.charAt(i + 1);
        if (!(from >= 'a' && to <= 'z' && from <= to || from >= '0' && to <= '9' && from <= to)) {
          return false;
        }
      } else if (inClass && c == '&') {
        return false;
      } else if (c < ' ' || c > '~' || c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return !inClass;
  }

  /** Whether any line is found anywhere in the text, ASCII letters of either case alike. */
  boolean foundIn(CharSequence text) {
    String lowered = asciiLowerCase(text);
    for (Pattern line : lines) {
      if (line.matcher(lowered).find()) {
        return true;
      }
    }
    return false;
  }

  /** The text with A–Z lowered and every other character as it is (no locale's rules, same length). */
  static String asciiLowerCase(CharSequence text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (chars == null) {
          chars = text.toString().toCharArray();
        }
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return chars == null ? text.toString() : new String(chars);
  }
}
