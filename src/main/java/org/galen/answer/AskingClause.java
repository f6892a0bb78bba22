package org.galen.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * What the clause that asks ({@link QuestionAnalysis#askingClause}) names, for {@link TopicSettler}:
 * a question that tells a scene and then asks ("…, feverish for a week. care of X?") asks about what
 * its asking clause names; what the scene names is where the question stands. Only when a clause
 * singles itself out: a question of one clause has no scene. Stateless.
 */
final class AskingClause {
  private AskingClause() {}

  /**
   * Whether a name is written only in the scene while the clause that asks names the question's own
   * concept, as a vocabulary read it (a drug, a condition): the name is then a circumstance ("body
   * temperature 39 °C, … what is the drug X regimen?"), not what is asked about.
   */
  static boolean setsTheScene(QuestionAnalysis analysis, String written) {
    Concept primary = analysis.primary();
    if (!analysis.singlesOutAClause() || primary.origin() == Concept.Origin.QUESTION
        || primary.origin() == Concept.Origin.LAY) {
      return false;
    }
    return !Stems.of(analysis.askingClause()).containsAll(Stems.of(written)) && analysis.asksOf(primary);
  }

  /**
   * Whether a source's name for a procedure ({@code procedure}) is written only in the scene, in no
   * clause that asks, while retrieval settles by its margin a condition that name does not name: the
   * patient's history ("a graft two years ago, …"), not what the question asks about — the
   * evidence is. A condition the scene names ("diagnosed with X; what causes it?") is no history.
   */
  static boolean outweighedInTheScene(QuestionAnalysis analysis, String written,
      Optional<EvidenceTopics.Condition> decided, java.util.function.Predicate<String> procedure) {
    if (decided.isEmpty() || !analysis.singlesOutAClause() || decided.get().isNamedBy(written)
        || !procedure.test(written)) {
      return false;
    }
    Concept name = new Concept(written, Concept.Origin.QUESTION, "", List.of(written), List.of(), Concept.Kind.OTHER);
    return !analysis.askedOfInAnyQuestion(name);
  }

  /**
   * The condition retrieval weighs most, when the clause that asks writes a word of its name that
   * no other condition of the evidence has, and what a vocabulary read in the question is not
   * named outright: a condition named by a word of its own ("care of the ague" for a guideline on
   * Kellan ague), the concept read one of the scene's circumstances. A
   * question no vocabulary read is left to the sources' names.
   */
  static Optional<EvidenceTopics.Condition> namesWeighedMost(QuestionAnalysis analysis,
      List<EvidenceTopics.Condition> found) {
    if (!analysis.singlesOutAClause() || analysis.primary().origin() == Concept.Origin.QUESTION) {
      return Optional.empty();
    }
    Set<String> asking = Stems.of(analysis.askingClause());
    return EvidenceTopics.weighedMost(found).filter(topic -> topic.stems().stream()
        .anyMatch(stem -> asking.contains(stem) && found.stream()
            .noneMatch(other -> other != topic && other.stems().contains(stem))));
  }
}
