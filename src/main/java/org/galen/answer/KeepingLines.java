package org.galen.answer;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.galen.answer.question.WordLists;

/**
 * Whether a line is about keeping a product (its storage, stability, shelf life) rather than giving
 * it, from {@code keeping-words.txt}: a time such a line states is how long the product keeps, no
 * answer to when or for how long it is taken. Stateless.
 */
final class KeepingLines {
  private static final Pattern KEEPING = Pattern.compile(WordLists.lines("/org/galen/answer/keeping-words.txt")
      .stream().map(entry -> Pattern.quote(entry).replace(" ", "\\E\\s+\\Q"))
      .collect(Collectors.joining("|", "(?i)\\b(?:", ")\\b")));

  private KeepingLines() {}

  static boolean about(String line) {
    return KEEPING.matcher(line).find();
  }
}
