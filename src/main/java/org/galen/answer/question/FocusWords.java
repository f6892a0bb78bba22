package org.galen.answer.question;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words that say what a text is about: its stems, less intent cues and the generic words of
 * how people ask. One stateless rule every step compares names and questions by; it depends on
 * nothing but the analysis and {@link Intent}'s cues.
 */
public final class FocusWords {
  /** Words that say who is asking or how, never what about: they are neither intent nor subject. */
  private static final Set<String> GENERIC = generic();

  /** The words of asking (asking-words.txt) and those asking for a limit (limit-words.txt). */
  private static Set<String> generic() {
    Set<String> words = new java.util.HashSet<>(Stems.of(String.join(" ", WordLists.lines("asking-words.txt"))));
    words.addAll(LimitWords.stems());
    return Set.copyOf(words);
  }

  private FocusWords() {}

  /** Whether a stem is a generic word of asking ("patient", "best", "minutes"). */
  public static boolean isGeneric(String stem) {
    return GENERIC.contains(stem);
  }

  /** The stems that say what a question is about: neither intent cues nor generic words. */
  public static Set<String> of(String text) {
    Set<String> focus = new LinkedHashSet<>();
    for (String stem : Stems.of(text)) {
      // One letter ("h" of "H. pylori", "e" of "A&E") says nothing alone.
      if (stem.length() > 1 && !GENERIC.contains(stem) && java.util.Arrays.stream(Intent.values()).noneMatch(i -> i.isCue(stem))) {
        focus.add(stem);
      }
    }
    return focus;
  }
}
