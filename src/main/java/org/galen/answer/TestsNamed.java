package org.galen.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.answer.question.Stems;
import org.galen.answer.question.WordLists;

/**
 * Whether a line names a test ({@code test-words.txt}): a word that names one on its own
 * ("ultrasound", "biopsy", "antibodies"), or a word that says which test before "test", "tests" or
 * "testing" ("sweat test", "genetic testing") — never "further tests" or "test results" alone. Asked
 * how a condition is diagnosed or confirmed, such a line answers; one saying only that a diagnosis
 * is made does not. Thread-safe.
 */
final class TestsNamed {
  private static final Set<String> NAMES;
  private static final Set<String> GENERIC;

  static {
    Set<String> names = new HashSet<>();
    Set<String> generic = new HashSet<>();
    for (String line : WordLists.lines("/org/galen/answer/test-words.txt")) {
      String[] words = line.split("\\s+", 2);
      Set<String> into = switch (words[0]) {
        case "names" -> names;
        case "generic" -> generic;
        default -> throw new IllegalStateException("test-words.txt: a line is \"names\" or \"generic\": " + line);
      };
      into.addAll(Stems.of(words[1]));
    }
    NAMES = Set.copyOf(names);
    GENERIC = Set.copyOf(generic);
  }

  /** A word right before "test" or "tests", with nothing but spaces or a hyphen between them. */
  private static final Pattern BEFORE_TEST = Pattern.compile("(?i)\\b([\\p{L}][\\p{L}'-]*)[\\s-]+test(?:s|ing)?\\b");

  private TestsNamed() {}

  /** Whether the line, read as stems ({@code stems}) and as written ({@code text}), names a test. */
  static boolean in(String text, Set<String> stems) {
    if (stems.stream().anyMatch(NAMES::contains)) {
      return true;
    }
    Matcher before = BEFORE_TEST.matcher(text);
    while (before.find()) {
      // A stop word before it ("these tests", "and test results") has no stems: it says no test.
      Set<String> stemmed = Stems.of(before.group(1));
      if (!stemmed.isEmpty() && stemmed.stream().noneMatch(GENERIC::contains)) {
        return true;
      }
    }
    return false;
  }
}
