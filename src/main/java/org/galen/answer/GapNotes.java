package org.galen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Band;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.Patient;
import org.galen.answer.question.Populations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * The notes an article gives where the evidence quoted falls short of what was asked: a dose the
 * quoted lines do not give, a qualifier no statement mentions. Said plainly, in Galen's words,
 * never filled with another drug's dose or a statement about something else. Stateless.
 */
final class GapNotes {
  private GapNotes() {}

  /**
   * A dose asked for that the evidence does not give is said plainly: "What is the dose of X?" with
   * no dose of X in any quoted line gets a note naming X, never silence or another drug's dose.
   */
  static Optional<Note> missingDose(QuestionAnalysis analysis, List<Dose> structured,
      Map<SectionKind, List<Candidate>> chosen) {
    if (!analysis.mainIntents().contains(Intent.DOSING)) {
      return Optional.empty();
    }
    List<Concept> drugs = analysis.concepts().stream().filter(c -> c.kind() == Concept.Kind.DRUG).toList();
    List<String> missing = new ArrayList<>();
    for (Concept drug : drugs) {
      boolean dosed = structured.stream().anyMatch(dose -> drug.nameStems().stream()
          .anyMatch(SubjectMatcher.stemsOf(dose.drug() + " " + dose.text())::containsAll))
          || chosen.values().stream().flatMap(List::stream).anyMatch(c -> DosePatterns.AMOUNT.matcher(c.text()).find()
              && drug.nameStems().stream().anyMatch(c.stems()::containsAll));
      if (!dosed) {
        missing.add(drug.name());
      }
    }
    if (drugs.isEmpty() && structured.isEmpty()) {
      return Optional.of(new Note("gap", "The indexed sources quoted here give no dose for what was asked.", List.of()));
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(new Note("gap", "The indexed sources quoted here give "
        + "no dose of " + String.join(" or ", missing) + " for what was asked.", List.of()));
  }

  /** A follow-up's qualifier ("in renal impairment") that no chosen statement mentions is said plainly. */
  static Optional<Note> scope(QuestionAnalysis analysis, Map<SectionKind, List<Candidate>> chosen) {
    // The qualifier as this question writes it, which the note names: a follow-up also keeps the
    // previous turn's ("long-term"), which the statements answered then.
    Set<String> qualifiers = new java.util.HashSet<>(Stems.of(analysis.qualifierWords()));
    if (qualifiers.isEmpty()) {
      return Optional.empty();
    }
    // The patient's age and weight are met by a line whose band holds them ("body weight 15 - 25
    // kg" for "20 kg"), not by the same words.
    Patient patient = Patient.describedIn(analysis.question());
    if (chosen.values().stream().flatMap(List::stream)
        .anyMatch(c -> patient.fit(Band.statedIn(c.text())) == Patient.Fit.FITS)) {
      qualifiers.removeAll(Stems.of(patient.written()));
    }
    // A population is named in any of its words: "pregnant women" answers "in pregnancy".
    List<Populations.Group> groups = Populations.builtIn().namedIn(qualifiers);
    boolean covered = chosen.values().stream().flatMap(List::stream).anyMatch(c -> qualifiers.stream()
        .allMatch(q -> c.stems().contains(q) || groups.stream()
            .anyMatch(g -> g.stems().contains(q) && g.stems().stream().anyMatch(c.stems()::contains))));
    if (covered) {
      return Optional.empty();
    }
    return Optional.of(new Note("scope", "No statement below mentions \"" + analysis.qualifierWords() + "\": the "
        + "indexed sources cited are about " + analysis.subject() + " in general.", List.of()));
  }
}
