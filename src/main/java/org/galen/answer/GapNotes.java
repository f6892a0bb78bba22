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
    if (!analysis.everyAskedIntent().contains(Intent.DOSING)) {
      return Optional.empty();
    }
    // The dose asked for is of the drugs the clause that asks names: a drug the scene tells of
    // ("starting drug X - what dose of drug Y?") is not asked after.
    List<Concept> named = analysis.concepts().stream().filter(c -> c.kind() == Concept.Kind.DRUG).toList();
    List<Concept> inClause = named.stream().filter(analysis::asksOf).toList();
    List<Concept> drugs = inClause.isEmpty() ? named : inClause;
    List<String> missing = new ArrayList<>();
    for (Concept drug : drugs) {
      boolean dosed = structured.stream().anyMatch(dose -> drug.nameStems().stream()
          .anyMatch(SubjectMatcher.stemsOf(dose.drug() + " " + dose.text())::containsAll))
          || chosen.values().stream().flatMap(List::stream).anyMatch(c -> DosePatterns.AMOUNT.matcher(c.text()).find()
              && drug.namedIn(c.stems()));
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

  /**
   * A qualifier no chosen statement speaks to is said plainly: a follow-up's own words ("what about
   * in renal impairment?"), or the people a question asks about ("in an elderly man", "in
   * pregnancy"), or the kind of the subject it writes before its name ("opioid-induced segmental
   * myoclonus"). A standalone question's other words describe the case (how the rash looks, when
   * the cough comes); the subject settled, the article need not say that no single line repeats them.
   */
  static Optional<Note> scope(QuestionAnalysis analysis, Map<SectionKind, List<Candidate>> chosen) {
    // The qualifier as this question writes it, which the note names: a follow-up also keeps the
    // previous turn's ("long-term"), which the statements answered then.
    Set<String> qualifiers = new java.util.HashSet<>(Stems.of(analysis.qualifierWords()));
    // The people a vocabulary reads as a heading ("pregnancy") are asked about too.
    analysis.others().stream().filter(c -> c.kind() == Concept.Kind.POPULATION)
        .forEach(c -> c.nameStems().forEach(qualifiers::addAll));
    // The people asked about: adults, whom a dose is for unless it says otherwise, single out no one.
    List<Populations.Group> groups = Populations.builtIn().namedIn(qualifiers).stream()
        .filter(g -> g.role() != Populations.Role.DEFAULT).toList();
    // The words the note shows: an organ's word with the word after it ("renal impairment").
    Set<String> shown = new java.util.HashSet<>();
    if (!analysis.followUp()) {
      Set<String> naming = premodifiers(analysis, qualifiers);
      Set<String> all = Set.copyOf(qualifiers);
      qualifiers.removeIf(q -> !naming.contains(q) && groups.stream().noneMatch(g -> g.stems().contains(q)));
      shown.addAll(organsFollowedBy(analysis.question(), all, groups));
    }
    // A person is named in any of the group's words ("pregnant women" answers "in pregnancy"); an
    // organ's impairment only in the question's own ("creatinine" is no word of renal impairment).
    List<Populations.Group> persons = groups.stream().filter(g -> g.role() == Populations.Role.PERSON).toList();
    // The patient's age and weight are met by a line whose band holds them ("body weight 15 - 25
    // kg" for "20 kg"), not by the same words.
    Patient patient = Patient.describedIn(analysis.question());
    if (chosen.values().stream().flatMap(List::stream)
        .anyMatch(c -> patient.fit(Band.statedIn(c.text())) == Patient.Fit.FITS)) {
      qualifiers.removeAll(Stems.of(patient.written()));
    }
    if (qualifiers.isEmpty()) {
      return Optional.empty();
    }
    boolean covered = chosen.values().stream().flatMap(List::stream).anyMatch(c -> qualifiers.stream()
        .allMatch(q -> c.stems().contains(q) || persons.stream()
            .anyMatch(g -> g.stems().contains(q) && g.stems().stream().anyMatch(c.stems()::contains))));
    if (covered) {
      return Optional.empty();
    }
    // Said as the question writes them ("opioid-induced segmental").
    shown.addAll(qualifiers);
    String written = analysis.about(analysis.primary(), analysis.subject(), analysis.others(), shown)
        .qualifierWords();
    return Optional.of(new Note("scope", "No statement below mentions \"" + written + "\": the "
        + "indexed sources cited are about " + analysis.subject() + " in general.", List.of()));
  }

  /** The qualifier written right after an organ's word ("impairment" of "renal impairment"). */
  private static Set<String> organsFollowedBy(String question, Set<String> qualifiers,
      List<Populations.Group> groups) {
    List<Stems.Token> tokens = Stems.tokens(question);
    Set<String> following = new java.util.HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String stem = tokens.get(i).stem();
      boolean organ = groups.stream().anyMatch(g -> g.role() == Populations.Role.ORGAN && g.stems().contains(stem));
      Stems.Token next = tokens.get(i + 1);
      if (organ && qualifiers.contains(next.stem())
          && question.substring(tokens.get(i).end(), next.start()).isBlank()) {
        following.add(next.stem());
      }
    }
    return following;
  }

  /** The qualifiers written just before the subject's name, joined to it ("opioid-induced segmental"). */
  private static Set<String> premodifiers(QuestionAnalysis analysis, Set<String> qualifiers) {
    String question = analysis.question();
    Set<String> premodifiers = new java.util.HashSet<>();
    if (analysis.subject().isBlank()) {
      return premodifiers;
    }
    // The subject's name as a whole word ("ear" is not in "year").
    java.util.regex.Matcher name = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(
        analysis.subject()) + "\\b").matcher(question);
    if (!name.find()) {
      return premodifiers;
    }
    int at = name.start();
    List<Stems.Token> before = Stems.tokens(question).stream().filter(t -> t.end() <= at).toList();
    int next = at;
    for (int i = before.size() - 1; i >= 0; i--) {
      Stems.Token token = before.get(i);
      if (!qualifiers.contains(token.stem()) || !question.substring(token.end(), next).matches("[\\s-]*")) {
        break;
      }
      premodifiers.add(token.stem());
      next = token.start();
    }
    return premodifiers;
  }
}
