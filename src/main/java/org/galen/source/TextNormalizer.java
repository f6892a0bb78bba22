package org.galen.source;

import java.util.regex.Pattern;

/**
 * Normalises whitespace in source text once, at read time, so that every offset Galen later
 * stores points into the same string it shows. Line structure survives (paragraph breaks matter
 * to sentence splitting); runs of spaces and tabs, and blank-line runs, collapse.
 */
public final class TextNormalizer {
  private static final Pattern HORIZONTAL = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2009\\u202F]+");
  private static final Pattern AROUND_NEWLINE = Pattern.compile(" ?\\r?\\n ?");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private TextNormalizer() {}

  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    String text = HORIZONTAL.matcher(raw).replaceAll(" ");
    text = AROUND_NEWLINE.matcher(text).replaceAll("\n");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }

  /** Normalises and also folds line breaks into spaces: for titles and one-line fields. */
  public static String oneLine(String raw) {
    return normalize(raw).replace('\n', ' ');
  }
}
