package org.galen.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;

/**
 * The sections an article shows, from what the question asks and who reads it: each intent's
 * sections, an overview when nothing is asked, a drug's use when a drug is named, what helps after
 * a description. Stateless.
 */
final class WantedSections {
  /** Sections an overview ("What is X?") shows. */
  static final List<SectionKind> OVERVIEW = List.of(SectionKind.OVERVIEW, SectionKind.SYMPTOMS,
      SectionKind.CAUSES, SectionKind.DIAGNOSIS, SectionKind.MANAGEMENT);
  /** Sections a question about a drug shows besides an overview. */
  private static final List<SectionKind> DRUG_SECTIONS = List.of(SectionKind.MEDICATIONS, SectionKind.CAUTIONS);
  /** What a question asking what is safe may be about, when it asks what to do for it. */
  private static final Set<Concept.Kind> SAFE_TO_DO_FOR = EnumSet.of(Concept.Kind.CONDITION, Concept.Kind.SYMPTOM);
  /** What a question asking what is safe asks the safety of, when it names one. */
  private static final Set<Concept.Kind> ASKED_SAFE_THEMSELVES = EnumSet.of(Concept.Kind.DRUG,
      Concept.Kind.PROCEDURE, Concept.Kind.DEVICE);

  private WantedSections() {}

  /**
   * The sections told beside those that answer ({@link #of}): what a condition described without
   * its name is, when what helps is asked of it — the asker cannot name it. They answer nothing by
   * themselves: a condition weighed as much whose sources say what helps comes first, and an article
   * of them alone says so in a note.
   */
  static Set<SectionKind> besides(QuestionAnalysis analysis, boolean described) {
    Set<SectionKind> besides = EnumSet.noneOf(SectionKind.class);
    if (described && analysis.asks(Intent.TREATMENT)) {
      besides.addAll(OVERVIEW);
    }
    return besides;
  }

  /**
   * The sections of the article for what the question asks, as the audience reads it.
   *
   * @param described whether the question described its subject without naming it: asking nothing
   *     else, it asks what this is and what helps
   */
  static Set<SectionKind> of(QuestionAnalysis analysis, Audience audience, boolean described) {
    Set<SectionKind> wanted = EnumSet.of(SectionKind.RESEARCH, SectionKind.CASE_REPORTS);
    if (analysis.intents().isEmpty()) {
      wanted.addAll(OVERVIEW);
      if (described) {
        wanted.addAll(Intent.TREATMENT.sections());
      }
      if (analysis.concepts().stream().anyMatch(c -> c.kind() == Concept.Kind.DRUG)) {
        // A question naming a drug ("drug X in pregnancy?", "condition Y - can I use drug X?")
        // is about its use: doses and cautions.
        wanted.addAll(DRUG_SECTIONS);
      }
    }
    analysis.intents().forEach(intent -> wanted.addAll(intent.sections()));
    if (described && analysis.asks(Intent.CAUSES)) {
      // "What is causing this?" after a description asks what the condition is — the cause of what
      // was described — and what helps, as a description asking nothing else does.
      wanted.addAll(OVERVIEW);
      wanted.addAll(Intent.TREATMENT.sections());
    }
    if (analysis.asks(Intent.CAUTIONS) && SAFE_TO_DO_FOR.contains(analysis.primary().kind())
        && analysis.concepts().stream().noneMatch(c -> ASKED_SAFE_THEMSELVES.contains(c.kind()))) {
      // "Is it safe to …", "the safe way to …" asked of a condition or a sign, naming no drug,
      // procedure or device whose own safety it could be: what is safe to do for it is its
      // management, with its cautions.
      wanted.addAll(Intent.TREATMENT.sections());
    }
    if (analysis.asks(Intent.CAUTIONS) && analysis.primary().kind() == Concept.Kind.CONDITION
        && analysis.others().stream().anyMatch(c -> c.kind() == Concept.Kind.DRUG)) {
      // "Is drug X ok for this condition?": what the condition's sources say of the drug, in their drug
      // lists as much as in their cautions.
      wanted.addAll(DRUG_SECTIONS);
    }
    if (audience.isPatient()) {
      // Patients read what to do and when to get help; studies and case reports are for professionals.
      // The medicines are named, their doses left to the prescriber (WithheldDoses).
      wanted.add(SectionKind.URGENT_CARE);
      wanted.remove(SectionKind.RESEARCH);
      wanted.remove(SectionKind.CASE_REPORTS);
    }
    return wanted;
  }
}
