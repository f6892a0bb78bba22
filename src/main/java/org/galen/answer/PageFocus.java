package org.galen.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the subject a reference page's focus gives: the focus itself, or, where a source keeps
 * a booklet series' title as the focus ({@code booklet-series.txt}: "What I need to know about
 * Lactose Intolerance"), the subject the title names. The condition is then called by its name, as
 * the question and every other source call it. Stateless.
 */
final class PageFocus {
  private static final List<Pattern> SERIES = org.galen.answer.question.WordLists
      .lines("/org/galen/answer/booklet-series.txt").stream()
      .map(line -> Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

  private PageFocus() {}

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
