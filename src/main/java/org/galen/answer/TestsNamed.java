package org.galen.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.answer.question.Stems;
import org.galen.answer.question.WordLists;

/**
 * Whether a line names a test ({@code test-words.txt}): a word that names one on its own
 * ("ultrasound", "biopsy", "antibodies", "x-ray"), or a word that says which test before "test",
 * "tests" or "testing" ("sweat test", "genetic testing") — never "further tests", "a negative test"
 * or "test results" alone. Asked how a condition is diagnosed or confirmed, such a line answers; one
 * saying only that a diagnosis is made does not. Thread-safe.
 */
final class TestsNamed {
  private static final String WORDS = "/org/galen/answer/test-words.txt";
  /** Names of one stem, compared with a line's stems. */
  private static final Set<String> NAMES;
  /**
   * Names written with a hyphen ("x-ray"), found as written: their pieces alone are other words
   * ("X-linked", "3 x daily").
   */
  private static final Pattern HYPHENATED;
  /** Stems of the words before "test" that say no test of their own. */
  private static final Set<String> GENERIC;

  static {
    Set<String> names = new HashSet<>();
    List<String> hyphenated = new ArrayList<>();
    Set<String> generic = new HashSet<>();
    for (String line : WordLists.lines(WORDS)) {
      String[] words = line.split("\\s+");
      if (words.length < 2 || !words[0].equals("names") && !words[0].equals("generic")) {
        throw new IllegalStateException(WORDS + ": a line is \"names\" or \"generic\", then words: " + line);
      }
      for (int i = 1; i < words.length; i++) {
        if (words[0].equals("generic")) {
          generic.addAll(Stems.of(words[i]));
        } else if (words[i].contains("-")) {
          hyphenated.add(Pattern.quote(words[i]));
        } else {
          names.addAll(Stems.of(words[i]));
        }
      }
    }
    NAMES = Set.copyOf(names);
    HYPHENATED = hyphenated.isEmpty() ? Pattern.compile("(?!)")
        : Pattern.compile("(?i)\\b(?:" + String.join("|", hyphenated) + ")s?\\b");
    GENERIC = Set.copyOf(generic);
  }

  /** A word right before "test", "tests" or "testing", with nothing but spaces or a hyphen between them. */
  private static final Pattern BEFORE_TEST = Pattern.compile(
      "(?i)\\b([\\p{L}\\p{N}][\\p{L}\\p{N}']*+)(?:\\s+|-)test(?:s|ing)?\\b");

  private TestsNamed() {}

  /** Whether the line, read as stems ({@code stems}) and as written ({@code text}), names a test. */
  static boolean in(String text, Set<String> stems) {
    if (stems.stream().anyMatch(NAMES::contains) || HYPHENATED.matcher(text).find()) {
      return true;
    }
    Matcher before = BEFORE_TEST.matcher(text);
    while (before.find()) {
      // A stop word before it ("these tests", "can test", "and test results") has no stems: it says
      // no test; nor does a word of the generic list ("several tests", "may test", "negative test").
      Set<String> stemmed = Stems.of(before.group(1));
      if (!stemmed.isEmpty() && stemmed.stream().noneMatch(GENERIC::contains)) {
        return true;
      }
    }
    return false;
  }
}
