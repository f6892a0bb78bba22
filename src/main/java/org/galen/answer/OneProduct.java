package org.galen.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * The drugs a question writes as one product with a drug it names: ingredients joined
 * ("atovaquone-proguanil", "A/B", "A + B", "A and B", "A/extended-release B") or a drug and its
 * salt written together ("methylprednisolone acetate"). A drug named apart from it ("on naproxen - can I take
 * sumatriptan?") is another product the patient takes. Stateless.
 */
final class OneProduct {
  /**
   * What may stand between two ingredients written as one product: a joining sign or "and", and
   * how the second is released ("aspirin/extended-release dipyridamole").
   */
  private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:[-/+&]|and)?\\s*"
      + "(?:(?:extended|delayed|modified|sustained|immediate)[- ]release\\s+)?");

  private OneProduct() {}

  /** The drug and the question's other drugs written as one product with it, the drug first. */
  static List<Concept> with(QuestionAnalysis analysis, Concept drug) {
    List<Stems.Token> tokens = Stems.tokens(analysis.question());
    List<Integer> drugAt = positions(tokens, drug);
    List<Concept> product = new ArrayList<>(List.of(drug));
    for (Concept other : analysis.concepts()) {
      if (other == drug || other.kind() != Concept.Kind.DRUG) {
        continue;
      }
      List<Integer> otherAt = positions(tokens, other);
      if (drugAt.stream().anyMatch(a -> otherAt.stream().anyMatch(o -> a != o
          && JOINED.matcher(analysis.question().substring(tokens.get(Math.min(a, o)).end(),
              tokens.get(Math.max(a, o)).start())).matches()))) {
        product.add(other);
      }
    }
    return List.copyOf(product);
  }

  /** Where a concept's names are in the question's words: the positions of the words of any of its names. */
  private static List<Integer> positions(List<Stems.Token> tokens, Concept concept) {
    Set<String> stems = new HashSet<>();
    concept.nameStems().forEach(stems::addAll);
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (stems.contains(tokens.get(i).stem())) {
        at.add(i);
      }
    }
    return at;
  }
}
