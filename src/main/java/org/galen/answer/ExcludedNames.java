package org.galen.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.galen.answer.question.WordLists;

/**
 * A source's name may say in a bracket what the source is not about: "Chlamydial Infection (Other
 * Than Lymphogranuloma Venereum)" is no guideline on lymphogranuloma venereum, though its title
 * holds the name. The words that open such a bracket are in {@code exclusion-words.txt}. Stateless.
 */
final class ExcludedNames {
  private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)");
  private static final Pattern EXCLUSION = Pattern.compile("\\s*(?:"
      + WordLists.lines("/org/galen/answer/exclusion-words.txt").stream().map(Pattern::quote)
          .collect(Collectors.joining("|"))
      + ")\\b", Pattern.CASE_INSENSITIVE);

  private ExcludedNames() {}

  /** Whether a bracket's words (without the brackets) say what the source is not about. */
  static boolean excludes(String bracketed) {
    return EXCLUSION.matcher(bracketed).lookingAt();
  }

  /** The words of the brackets that say what the name's source is not about, blank if none. */
  static String excludedBy(String name) {
    Matcher bracket = BRACKETED.matcher(name);
    StringBuilder excluded = new StringBuilder();
    while (bracket.find()) {
      if (excludes(bracket.group(1))) {
        excluded.append(bracket.group(1)).append(' ');
      }
    }
    return excluded.toString().strip();
  }
}
