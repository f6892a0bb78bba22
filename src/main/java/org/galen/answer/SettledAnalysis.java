package org.galen.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.QuestionAnalysis;

/**
 * The question's analysis with the subject {@link TopicSettler} settled written into it: the
 * evidence's condition, with what of the question's words still qualify it, or the named concept
 * with the evidence's names for it. Stateless.
 */
final class SettledAnalysis {
  private SettledAnalysis() {}

  /** The question's words were about the topic: those naming neither it nor a concept qualify it. */
  static QuestionAnalysis describedAs(QuestionAnalysis analysis, EvidenceTopics.Condition topic) {
    Set<String> qualifiers = new LinkedHashSet<>(FocusWords.of(analysis.question()));
    qualifiers.removeAll(topic.stems());
    topic.names().forEach(name -> qualifiers.removeAll(FocusWords.of(name)));
    // The question's own words read as its concept are no concept: what qualifies the subject is
    // among them.
    analysis.concepts().stream().filter(c -> c.origin() != Concept.Origin.QUESTION)
        .forEach(c -> c.nameStems().forEach(qualifiers::removeAll));
    return settledOn(analysis, topic, qualifiers);
  }

  /** Another concept the question names as its subject, the rest of what it names beside it. */
  static QuestionAnalysis about(QuestionAnalysis analysis, Concept concept) {
    List<Concept> others = new ArrayList<>(analysis.concepts());
    others.remove(concept);
    return analysis.about(concept, concept.name(), others, analysis.qualifiers());
  }

  /** The evidence's condition as the subject, the question's named concepts beside it. */
  static QuestionAnalysis settledOn(QuestionAnalysis analysis, EvidenceTopics.Condition topic, Set<String> qualifiers) {
    Concept settled = new Concept(topic.name(), Concept.Origin.MEDQUAD, "", topic.names(), List.of(),
        Concept.Kind.CONDITION);
    List<Concept> others = analysis.concepts().stream()
        .filter(c -> !c.name().isBlank() && c.origin() != Concept.Origin.QUESTION).toList();
    return analysis.about(settled, topic.name(), others, qualifiers);
  }

  /**
   * A condition the question names that the best-ranked sources call otherwise: "sickle cell
   * anaemia" is in the "Sickle Cell Disease" guideline. A source's condition whose name the question
   * gives whole and which shares at least two thirds of the subject's name lends its names.
   */
  static QuestionAnalysis withEvidenceNames(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found) {
    Concept primary = analysis.primary();
    Set<String> own = FocusWords.of(primary.name());
    Set<String> questionWords = new HashSet<>(FocusWords.of(analysis.question()));
    questionWords.addAll(own);
    List<String> names = new ArrayList<>();
    for (EvidenceTopics.Condition topic : found) {
      Set<String> shared = new HashSet<>(topic.stems());
      shared.retainAll(own);
      if (questionWords.containsAll(topic.stems()) && !topic.stems().equals(own)
          && shared.size() * 3 >= own.size() * 2) {
        names.addAll(topic.names());
      }
    }
    return names.isEmpty() ? analysis : analysis.withPrimary(primary.withNames(names));
  }
}
