package org.galen.source;

/**
 * Normalises whitespace in source text once, at read time, so that every offset Galen later
 * stores points into the same string it shows. Line structure survives (paragraph breaks matter
 * to sentence splitting); runs of spaces and tabs, and blank-line runs, collapse.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** One pass over the characters: this runs on every byte ingested, so no regular expressions. */
  public static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    int pendingNewlines = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        pendingNewlines++;
        pendingSpace = false;
      } else if (isHorizontalSpace(c)) {
        pendingSpace = pendingNewlines == 0;
      } else {
        if (out.length() > 0) {
          if (pendingNewlines > 0) {
            out.append(pendingNewlines == 1 ? "\n" : "\n\n");
          } else if (pendingSpace) {
            out.append(' ');
          }
        }
        pendingNewlines = 0;
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Normalises and also folds line breaks into spaces: for titles and one-line fields. */
  public static String oneLine(String raw) {
    return normalize(raw).replace('\n', ' ');
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u2009'
        || c == '\u202F';
  }
}
