package org.galen.answer.question;

import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a question asks a drug's adverse effects or cautions, for {@link QuestionAnalyzer}'s
 * choice of subject: side effects are a drug's, so the drug named is what they are asked of, not
 * the condition it was given for. Stateless.
 */
final class DrugCautions {
  private DrugCautions() {}

  /**
   * Whether the clause that asks asks adverse effects or cautions and nothing else, and names no
   * condition but with a drug ("is it safe to fly with a DVT?" asks of the DVT, whatever drug the
   * patient is on).
   */
  static boolean askedIn(String question, List<Intent> intents, List<ConceptVocabulary.Mention> mentions) {
    QuestionClauses clauses = new QuestionClauses(question, intents);
    if (!clauses.mainIntents().equals(List.of(Intent.CAUTIONS))) {
      return false;
    }
    int from = clauses.askingClauseStart();
    int to = from + clauses.askingClause().length();
    Predicate<ConceptVocabulary.Mention> inClause = m -> m.start() >= from && m.end() <= to;
    boolean conditionAsked = mentions.stream().filter(inClause)
        .anyMatch(m -> m.concept().kind() == Concept.Kind.CONDITION || m.concept().kind() == Concept.Kind.SYMPTOM);
    boolean drugAsked = mentions.stream().filter(inClause).anyMatch(m -> m.concept().kind() == Concept.Kind.DRUG);
    return drugAsked || !conditionAsked;
  }
}
