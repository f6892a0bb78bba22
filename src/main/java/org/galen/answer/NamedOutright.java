package org.galen.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.answer.question.Terminology;

/**
 * Whether a question names what it asks about outright, for {@link TopicSettler}: then the
 * evidence's topic cannot overrule it. Thread-safe.
 */
final class NamedOutright {
  /** A name written in capitals ("MI", "PUD"): an abbreviation, given on purpose. */
  private static final Pattern INITIALISM = Pattern.compile("[A-Z][A-Z0-9]+");

  /** Kinds a vocabulary concept names outright: what a question asks about, never its circumstances. */
  private static final Set<Concept.Kind> NAMED_KINDS = Set.of(Concept.Kind.CONDITION, Concept.Kind.ORGANISM,
      Concept.Kind.DRUG);

  private final Terminology terminology;

  NamedOutright(Terminology terminology) {
    this.terminology = terminology;
  }

  /**
   * Whether the question's concept is a class or chemical MeSH files among drugs, no medicine
   * DrugBank lists, that no clause that asks writes (the one read as asking, nor another marked
   * "?"): a circumstance of the scene (a pronoun pointing back at it, "is it dangerous?", counts as
   * not writing it; the evidence then settles what the scene describes).
   */
  static boolean chemicalInTheScene(QuestionAnalysis analysis, Terminology terminology) {
    Concept primary = analysis.primary();
    return primary.kind() == Concept.Kind.DRUG && !terminology.isMedicine(primary)
        && !analysis.askedOfInAnyQuestion(primary);
  }

  /**
   * Whether the question names what it asks about outright, so that the evidence's topic cannot
   * overrule it: a drug or an organism from a vocabulary (but a class or chemical beside a condition
   * retrieval settles by its margin or left out of the clause that asks, or an organism the scene
   * names beside such a condition); a condition by an abbreviation (or a name
   * written in capitals) or by a name of two words or more ("type 2 diabetes", "PE").
   * Anything else — a one-word condition, a symptom, lay words — is as likely a circumstance read
   * as a condition ("soil" a child ate as the subject, "a bead" in an ear) as the subject: it is named
   * outright only when the evidence is about it — the topic retrieval settles by its margin when
   * there is one, else one of those retrieval cannot tell apart ({@link EvidenceTopics#contenders}):
   * a page on the symptom well behind the condition that explains it does not make the symptom the
   * subject. The question's own words are never a name.
   */
  boolean named(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found,
      Optional<EvidenceTopics.Condition> decided) {
    Concept primary = analysis.primary();
    if (primary.origin() == Concept.Origin.QUESTION) {
      return false;
    }
    if (primary.kind() == Concept.Kind.DRUG && DescribedDrug.isCircumstance(analysis)) {
      return false;
    }
    SubjectMatcher subject = SubjectMatcher.of(analysis, terminology);
    if (primary.kind() == Concept.Kind.DRUG && !terminology.isMedicine(primary)
        && !LabelledDrug.asksOnlyOfADrug(analysis)
        && (decided.filter(topic -> !subject.mentionedIn(topic.stems())).isPresent()
            || chemicalInTheScene(analysis, terminology))) {
      // A class or a chemical MeSH files among drugs ("plastic", "antibodies") beside a condition
      // retrieval settles by its margin, or one the clause that asks does not write (the smoke of a
      // patient who says he smokes): as likely a circumstance as the subject.
      return false;
    }
    if (primary.kind() == Concept.Kind.ORGANISM && !subject.mentionedIn(Stems.of(analysis.askingClause()))
        && decided.filter(topic -> !subject.mentionedIn(topic.stems())).isPresent()) {
      // An organism the scene names beside a condition retrieval settles by its margin, whose name
      // does not hold it (insects a delirious patient sees, a fly a wound was left open to), is as
      // likely a circumstance; one the clause that asks names, or the condition is named for
      // ("… Infection"), is the subject.
      return false;
    }
    boolean vocabulary = primary.origin() != Concept.Origin.LAY && NAMED_KINDS.contains(primary.kind());
    if (vocabulary && (primary.kind() != Concept.Kind.CONDITION || primary.origin() == Concept.Origin.ABBREVIATION
        || INITIALISM.matcher(analysis.subject()).matches()
        || Stems.tokens(analysis.subject()).size() >= 2)) {
      return true;
    }
    return decided.map(topic -> subject.mentionedIn(topic.stems()))
        .orElseGet(() -> EvidenceTopics.contenders(found).stream()
            .anyMatch(topic -> subject.mentionedIn(topic.stems())));
  }
}
