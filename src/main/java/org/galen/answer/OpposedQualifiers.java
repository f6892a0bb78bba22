package org.galen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.galen.answer.question.Stems;
import org.galen.answer.question.WordLists;

/**
 * Qualifiers that split a condition into forms excluding each other ({@code opposed-qualifiers.tsv}):
 * a source titled "Chronic …" is not about the acute form of the same condition, though both carry
 * the broader condition's name. Immutable.
 */
final class OpposedQualifiers {
  private static final String RESOURCE = "/org/galen/answer/opposed-qualifiers.tsv";
  private static final OpposedQualifiers BUILT_IN = new OpposedQualifiers(read());

  /** One line of the list: the stems of either form. */
  private record Pair(Set<String> one, Set<String> other) {
    boolean opposes(Set<String> title, Set<String> added, Set<String> own) {
      return narrows(title, added, own, one, other) || narrows(title, added, own, other, one);
    }

    private static boolean narrows(Set<String> title, Set<String> added, Set<String> own, Set<String> form,
        Set<String> opposed) {
      return added.stream().anyMatch(form::contains) && own.stream().anyMatch(opposed::contains)
          && title.stream().noneMatch(opposed::contains);
    }
  }

  private final List<Pair> pairs;

  private OpposedQualifiers(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  static OpposedQualifiers builtIn() {
    return BUILT_IN;
  }

  /**
   * Whether words a title adds to a condition's name name a form that the subject's own words
   * exclude: "chronic" added where the subject is acute — unless the title names the subject's form
   * too ("Acute and Chronic …").
   *
   * @param title the stems of the title
   * @param added the stems the title has beyond the question's and the subject's words
   * @param own the stems of the subject's own name and of the name the question gives it
   */
  boolean opposes(Set<String> title, Set<String> added, Set<String> own) {
    return pairs.stream().anyMatch(pair -> pair.opposes(title, added, own));
  }

  private static List<Pair> read() {
    List<Pair> pairs = new ArrayList<>();
    for (String line : WordLists.lines(RESOURCE)) {
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException("opposed-qualifiers.tsv: a line needs two groups of words: " + line);
      }
      for (String word : (columns[0] + " " + columns[1]).split(" ")) {
        if (Stems.of(word).isEmpty()) {
          throw new IllegalStateException("opposed-qualifiers.tsv: a word the analysis drops: " + word);
        }
      }
      pairs.add(new Pair(Stems.of(columns[0]), Stems.of(columns[1])));
    }
    return pairs;
  }
}
