package org.galen.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the printout of a NumPy array of strings, as SciFact's CSV stores abstracts:
 * {@code ['first.'\n 'second.' "it's third."]} — items separated by whitespace (no commas), each a
 * Python string literal in single or double quotes with backslash escapes. No library reads this
 * format, hence the hand-written scanner.
 */
final class PythonStringList {
  private PythonStringList() {}

  static List<String> parse(String printout) {
    String text = printout.strip();
    if (!text.startsWith("[") || !text.endsWith("]")) {
      throw new IllegalArgumentException("abstract is not a bracketed list of strings");
    }
    List<String> items = new ArrayList<>();
    int i = 1;
    int end = text.length() - 1;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',') {
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder item = new StringBuilder();
        i = readLiteral(text, i, item);
        items.add(item.toString());
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' at character " + i + " of the abstract list");
      }
    }
    return items;
  }

  /** Reads the literal whose opening quote is at {@code start}; returns the index after its closing quote. */
  private static int readLiteral(String text, int start, StringBuilder out) {
    char quote = text.charAt(start);
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == quote) {
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length()) {
        i = unescape(text, i + 1, out);
      } else {
        out.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("unterminated string starting at character " + start);
  }

  private static int unescape(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'x' -> {
        out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        return i + 3;
      }
      case 'u' -> {
        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
        return i + 5;
      }
      default -> out.append(c);
    }
    return i + 1;
  }
}
