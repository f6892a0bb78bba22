package org.galen.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the subject a reference page's focus gives: the focus itself, or, where a source keeps
 * a booklet series' title as the focus ({@code booklet-series.txt}: "What I need to know about
 * Lactose Intolerance"), the subject the title names: the condition a page votes for is called by
 * that name, as the question calls it. Stateless.
 */
final class PageFocus {
  private static final String SERIES_FILE = "/org/galen/answer/booklet-series.txt";
  private static final List<Pattern> SERIES = org.galen.answer.question.WordLists.lines(SERIES_FILE).stream()
      .map(PageFocus::compiled).toList();

  private PageFocus() {}

  /** A line of the series file, a pattern whose first group is the subject; a clear error otherwise. */
  private static Pattern compiled(String line) {
    try {
      Pattern pattern = Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (pattern.matcher("").groupCount() < 1) {
        throw new IllegalStateException(SERIES_FILE + ": \"" + line + "\" has no group naming the subject");
      }
      return pattern;
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalStateException(SERIES_FILE + ": \"" + line + "\" is no regular expression: " + e.getDescription(), e);
    }
  }

  /** The subject's name a focus gives. */
  static String subjectOf(String focus) {
    for (Pattern series : SERIES) {
      Matcher matcher = series.matcher(focus.strip());
      if (matcher.matches() && !matcher.group(1).isBlank()) {
        return matcher.group(1).strip();
      }
    }
    return focus;
  }
}
