package org.galen.answer;

import java.util.List;
import org.galen.answer.question.Patient;
import org.galen.answer.question.Populations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * The groups of people a question asks about, and whether a source's title is written for others:
 * read by the lead's choice ({@link LeadingSource}) and by the conflict note on first-line drugs
 * ({@link DoseCollector}) alike. Stateless.
 */
final class AskedPeople {
  private AskedPeople() {}

  /** The groups of people the question asks about: the words it writes, and the patient it describes. */
  static List<Populations.Group> of(QuestionAnalysis analysis) {
    return Populations.builtIn().askedIn(Stems.of(analysis.question()), Patient.describedIn(analysis.question()));
  }

  /**
   * Whether a title is for a population the question does not ask about: "Malaria in the Newborn"
   * answers no question about adults.
   */
  static boolean titledForOthers(String title, List<Populations.Group> asked) {
    return Populations.builtIn().namedIn(SubjectMatcher.stemsOf(title)).stream()
        .anyMatch(group -> group.role() == Populations.Role.PERSON && !asked.contains(group));
  }
}
