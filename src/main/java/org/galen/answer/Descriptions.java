package org.galen.answer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Terminology;

/**
 * The condition a description settles on, for {@link TopicSettler}: lay words that may name the
 * subject or describe it, and descriptions in the question's own words. Thread-safe.
 */
final class Descriptions {
  /**
   * The support a condition needs for a lay description to be about it: the best-ranked source
   * alone (1), or several well-ranked ones; a single source at rank two (0.5) is not enough.
   */
  static final double LAY_TOPIC_SUPPORT = 0.5;

  private final DescriptionPictures pictures;
  private final Terminology terminology;
  private final NamesInEvidence names;

  Descriptions(DescriptionPictures pictures, Terminology terminology, NamesInEvidence names) {
    this.pictures = pictures;
    this.terminology = terminology;
    this.names = names;
  }

  /**
   * The condition one of whose sources holds the most of the description, among those with the
   * support of {@value #LAY_TOPIC_SUPPORT} ({@link DescriptionPictures#described}).
   */
  Optional<EvidenceTopics.Condition> ofSupported(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found)
      throws IOException {
    return pictures.described(analysis, found, LAY_TOPIC_SUPPORT);
  }

  /**
   * A concept read from lay words is the subject when a best-ranked source is about it ("still
   * fitting": the seizures guideline); otherwise the words are a description like any other, and
   * the condition the sources are about settles it (a child tugging at an ear is no earache page's
   * subject, but acute otitis media's). When a source about the concept is retrieved but the
   * condition retrieval weighs most is another, the lay word may be one sign among the description's
   * (an itch beside the shape, the place and the course of a rash): the condition one of whose sources
   * holds the most of the description ({@link DescriptionPictures#described}, the concept's own sources
   * competing) settles it.
   */
  QuestionAnalysis layConfirmed(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found)
      throws IOException {
    SubjectMatcher subject = matcher(analysis);
    boolean aboutConcept = found.stream().anyMatch(t -> subject.mentionedIn(t.stems()));
    boolean weighedMost = EvidenceTopics.weighedMost(found).filter(t -> subject.mentionedIn(t.stems())).isPresent();
    if (aboutConcept && !weighedMost) {
      Optional<EvidenceTopics.Condition> described = pictures.describedAmongAll(analysis, found);
      if (described.isPresent() && !subject.mentionedIn(described.get().stems())) {
        return SettledAnalysis.settledOn(analysis, described.get(), Set.of());
      }
    }
    if (aboutConcept) {
      return analysis.primary().kind() == Concept.Kind.CONDITION ? SettledAnalysis.withEvidenceNames(analysis, found)
          : analysis;
    }
    Optional<EvidenceTopics.Condition> described = EvidenceTopics.supportedWeighedMost(found, LAY_TOPIC_SUPPORT);
    if (described.isEmpty()) {
      return analysis;
    }
    return SettledAnalysis.settledOn(analysis, described.get(), Set.of());
  }

  /**
   * A description whose only name is a word of its circumstances (a drug, an organism or a device no
   * best-ranked passage names): the condition one of whose sources holds the most of it, the
   * circumstance's own pages competing ({@link DescriptionPictures#describedAmongAll}), else the one
   * retrieval weighs most among those with the support of {@value #LAY_TOPIC_SUPPORT}.
   */
  Optional<EvidenceTopics.Condition> ofCircumstances(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found)
      throws IOException {
    Optional<EvidenceTopics.Condition> described = pictures.describedAmongAll(analysis, found);
    return described.isPresent() ? described : EvidenceTopics.supportedWeighedMost(found, LAY_TOPIC_SUPPORT);
  }

  /**
   * A sign told among other signs or parts of the body, or with what else a source of the
   * condition retrieval weighs most holds beside it ({@link DescriptionPictures#holdsTheDescription}: the
   * season a fever comes in), is a description: that condition, when it is not the
   * sign's own page and one of its sources holds the sign, is what it describes; the sign's own
   * page close behind is a page on one sign of many causes. Asked of the sign alone ("what causes
   * a headache?"), the sign stays the subject: none.
   */
  Optional<EvidenceTopics.Condition> signOfWeighedMost(QuestionAnalysis analysis,
      List<EvidenceTopics.Condition> found) throws IOException {
    if (analysis.primary().kind() != Concept.Kind.SYMPTOM) {
      return Optional.empty();
    }
    Optional<EvidenceTopics.Condition> top = EvidenceTopics.weighedMost(found)
        .filter(condition -> !matcher(analysis).mentionedIn(condition.stems()));
    if (top.isEmpty() || !tellsOfTheBody(analysis) && !pictures.holdsTheDescription(top.get(), analysis)) {
      return Optional.empty();
    }
    for (String name : analysis.primary().names()) {
      if (names.usedInPassing(top.get(), name)) {
        return top;
      }
    }
    return Optional.empty();
  }

  /** Whether the question tells of the body: a part of it, a symptom or lay words for what is felt. */
  static boolean tellsOfTheBody(QuestionAnalysis analysis) {
    return analysis.others().stream().anyMatch(c -> c.kind() == Concept.Kind.ANATOMY
        || c.kind() == Concept.Kind.SYMPTOM || c.origin() == Concept.Origin.LAY);
  }

  /**
   * A lay description names no condition (a breathing complaint and what brings it on): the
   * condition it describes is the one whose best-ranked sources hold the most of its words and cues
   * ({@link DescriptionPictures#described}: running is exercise, an asthma trigger), else the one
   * retrieval weighs most among those with support — each source counting the inverse of its rank,
   * more than the best source alone at rank two ({@value #LAY_TOPIC_SUPPORT}). Only when the question
   * names no condition, organism, drug or device the sources are about (a procedure is asked of one).
   */
  Optional<EvidenceTopics.Condition> bySources(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found)
      throws IOException {
    Concept primary = analysis.primary();
    // A procedure ("post-exposure prophylaxis") is asked of a condition: the evidence settles which.
    if (primary.origin() != Concept.Origin.QUESTION && primary.kind() != Concept.Kind.SYMPTOM
        && primary.kind() != Concept.Kind.PROCEDURE) {
      return Optional.empty();
    }
    return ofSupported(analysis, found);
  }

  private SubjectMatcher matcher(QuestionAnalysis analysis) {
    return SubjectMatcher.of(analysis, terminology);
  }
}
