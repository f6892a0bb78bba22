package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.index.EvidenceReader;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;
import org.galen.source.LabelDrugs;
import org.galen.source.SourceKind;

/**
 * A question about a named drug that a retrieved label is about: the drug is the subject, and its
 * label the authority on it. A drug's label answers what is asked of the drug — its dose and
 * limits, cautions, interactions, populations, adverse effects, what it is for — so such a
 * question is about the drug even when it names the condition it is given for ("ibuprofen's maximum
 * dose in osteoarthritis"); the condition then qualifies it — except a question asking only of the
 * drug's harms, which that condition's guideline answers first when it names the drug ({@link
 * #conditionGivenFor}). A question asking how a condition is
 * treated stays the condition's, as does one naming a drug and a condition that asks nothing in so
 * many words (no intent's cue: asking nothing is not asking only of the drug), and a label is
 * never a condition's subject ({@link EvidenceTopics} reads none). Stateless.
 */
final class LabelledDrug {
  /** What a label answers of its drug. An overview ("what is X used for?") asks it too. */
  static final Set<Intent> ASKED_OF_A_DRUG = Set.of(Intent.DOSING, Intent.CAUTIONS, Intent.MECHANISM);
  /**
   * Kinds of what a drug is given for ({@link #conditionGivenFor}): a condition, a symptom, or what
   * the vocabulary gives no kind of its own ("Depression", which MeSH files among behaviours); such
   * a concept counts only when a guideline among the best-ranked is titled with it.
   */
  private static final Set<Concept.Kind> GIVEN_FOR = Set.of(Concept.Kind.CONDITION, Concept.Kind.SYMPTOM,
      Concept.Kind.OTHER);

  /**
   * How high a passage of the drug's label must rank for the label to answer: among the best
   * ten, as the passages an answer is first read from. A label retrieval ranks lower holds the
   * drug's name but not what else was asked (an adult product's label for a child's fever).
   */
  private static final int BEST_RANKED = 10;
  /**
   * Ingredients joined in one generic name: "hydrocodone bitartrate and ibuprofen", "a, b",
   * "aspirin-dipyridamole"; a hyphen of a release or a coating ("extended-release"), of a short
   * prefix ("co-trimoxazole") or of a biosimilar's four-letter suffix ("adalimumab-atto") joins none.
   */
  private static final java.util.regex.Pattern COMBINED = java.util.regex.Pattern.compile(
      "(?i)\\band\\b|,|/|\\bwith\\b|\\+|(?<=\\p{L}{5})-(?!(?:release|coated|disintegrating|acting)\\b)(?=\\p{L}{5})");

  private LabelledDrug() {}

  /** The analysis about the drug the question names and a retrieved label is about; empty otherwise. */
  static Optional<QuestionAnalysis> in(QuestionAnalysis analysis, List<PassageHit> hits, EvidenceReader index)
      throws IOException {
    if (analysis.followUp() && analysis.primary().kind() != Concept.Kind.DRUG) {
      return Optional.empty();
    }
    // A question naming a drug and no condition asks of the drug, whatever it asks ("how is it given?").
    boolean noCondition = analysis.primary().kind() == Concept.Kind.DRUG
        && analysis.others().stream().noneMatch(c -> c.kind() == Concept.Kind.CONDITION);
    // Asking nothing in so many words of a drug and a condition ("drug X for condition Y: by mouth?")
    // asks how the condition is treated with it: the condition's guideline answers that.
    boolean conditionNamed = analysis.primary().kind() == Concept.Kind.CONDITION
        || analysis.others().stream().anyMatch(c -> c.kind() == Concept.Kind.CONDITION);
    boolean askedOfTheDrug = analysis.intents().isEmpty() && !conditionNamed || noCondition
        || !analysis.intents().isEmpty() && analysis.intents().stream().allMatch(ASKED_OF_A_DRUG::contains)
        || !SectionClassifier.labelPartsNamedIn(analysis.question()).isEmpty();
    if (!askedOfTheDrug) {
      return Optional.empty();
    }
    List<Concept> named = new ArrayList<>();
    named.add(analysis.primary());
    named.addAll(analysis.others());
    for (Concept drug : named) {
      if (drug.kind() != Concept.Kind.DRUG || drug.origin() == Concept.Origin.QUESTION) {
        continue;
      }
      if (answers(hits, drug, OneProduct.with(analysis, drug), index)) {
        if (drug == analysis.primary()) {
          return Optional.of(analysis);
        }
        return Optional.of(SettledAnalysis.about(analysis, drug));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a label of the drug answers the question: a passage of it an article may quote ranks
   * among the best {@value #BEST_RANKED} retrieved, from the label of the drug alone. A label's
   * description or chemistry names its drug throughout and ranks for the name alone; a combination
   * product's label speaks of the combination (caffeine in a headache tablet is no neonate's
   * caffeine citrate).
   */
  static boolean answers(List<PassageHit> hits, Concept drug, List<Concept> named, EvidenceReader index)
      throws IOException {
    if (drug.kind() != Concept.Kind.DRUG) {
      return false;
    }
    for (PassageHit hit : hits.stream().limit(BEST_RANKED).toList()) {
      if (hit.passage().sourceKind() == SourceKind.LABEL && titleNames(hit.passage().title(), drug)
          && (SectionClassifier.classify(hit.passage().section(), SourceKind.LABEL, hit.passage().evidenceLevel())
              .isPresent()
              || SectionClassifier.labelPart(hit.passage().section()).equals(SectionClassifier.CLINICAL_STUDIES))
          && index.document(hit.passage().docId()).map(label -> ofAsked(label, drug, named)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the label is the asked drug's: one of its generic names is the drug's alone, or a
   * combination whose every ingredient the question names ("atovaquone-proguanil" asks of the
   * tablet of both; "caffeine" alone is not asked of a headache tablet's caffeine).
   *
   * @param named the drugs the question writes as one product with the asked one ({@link OneProduct})
   */
  static boolean ofAsked(Document label, Concept drug, List<Concept> named) {
    return LabelDrugs.of(label).stream().flatMap(names -> names.generics().stream())
        .filter(generic -> titleNames(generic, drug))
        .anyMatch(generic -> !COMBINED.matcher(generic).find() || COMBINED.splitAsStream(generic)
            .map(String::strip).filter(part -> !part.isEmpty())
            .allMatch(part -> named.stream().anyMatch(other -> titleNames(part, other))));
  }

  /** Whether a label's title (its products' names) names the drug by one of its names. */
  static boolean titleNames(String title, Concept drug) {
    Set<String> words = Stems.of(title);
    return drug.namedIn(words);
  }

  /**
   * The condition a drug is given for, when its guideline answers what the question asks of the
   * drug first: asked only the harms or cautions of one drug for a patient with a condition it
   * names ("drug X for this patient's Y: what should I watch for?"), or only its dose for that
   * condition ("how much X for Y?"), a guideline among the best-ranked passages titled with that
   * condition and naming the drug is what a clinician reads first — guidelines first: the dose for
   * that use, its cautions on the drug's class too ("tricyclic antidepressants: …"), which no label
   * search finds. A limit of the product ("the maximum daily dose"), or a second drug beside the
   * first (an interaction), is the label's to answer. Asked its harms, a drug no retrieved label
   * answers for is read, after guidelines, in a reference page on the condition that names it (its
   * focus is the condition): another condition's guideline listing the drug in passing says nothing
   * of its use here.
   */
  static Optional<Concept> conditionGivenFor(QuestionAnalysis analysis, List<PassageHit> hits, EvidenceReader index)
      throws IOException {
    boolean harms = analysis.mainIntents().equals(List.of(Intent.CAUTIONS));
    boolean dose = analysis.mainIntents().equals(List.of(Intent.DOSING))
        && !org.galen.answer.question.LimitWords.askedIn(analysis.question());
    if (analysis.followUp() || !harms && !dose) {
      return Optional.empty();
    }
    List<Concept> named = new ArrayList<>();
    named.add(analysis.primary());
    named.addAll(analysis.others());
    List<Concept> drugs = named.stream().filter(c -> c.kind() == Concept.Kind.DRUG).toList();
    List<Concept> conditions = named.stream().filter(c -> GIVEN_FOR.contains(c.kind())
        && c.origin() != Concept.Origin.QUESTION).toList();
    // Asked its harms, the drug is what the question reads first; asked its dose for a condition,
    // either may be.
    if (drugs.size() != 1 || harms && analysis.primary().kind() != Concept.Kind.DRUG) {
      return Optional.empty();
    }
    Set<String> written = Stems.of(analysis.question());
    // Asked its harms, with no label of the drug to answer, a reference page about the condition
    // that names the drug is the next best source on it ("possible side effects of X include …");
    // such a page seldom gives a dose.
    boolean unlabelled = harms && !answers(hits, drugs.get(0), OneProduct.with(analysis, drugs.get(0)), index);
    for (PassageHit hit : hits.stream().limit(BEST_RANKED).toList()) {
      boolean guideline = VotingSources.asGuideline(hit.passage());
      if (!guideline && !(unlabelled && VotingSources.asReference(hit.passage()))) {
        continue;
      }
      // A condition a vocabulary reads in the question, or one the question writes as the
      // guideline's title does ("migraine" for "Migraines": no vocabulary reads it alone); a
      // reference page by its focus, not its title (the question it answers).
      Optional<Concept> titled;
      Optional<Document> source;
      if (guideline) {
        titled = conditions.stream().filter(c -> titleNames(hit.passage().title(), c)).findFirst()
            .or(() -> titleWritten(hit.passage().title(), written, drugs.get(0)));
        source = titled.isPresent() ? index.document(hit.passage().docId()) : Optional.empty();
      } else {
        source = index.document(hit.passage().docId());
        titled = source.flatMap(page -> conditions.stream().filter(c -> page.focus().stream().limit(1)
            .anyMatch(focus -> titleNames(focus, c))).findFirst());
      }
      if (titled.isPresent() && source.filter(said -> titleNames(said.text(), drugs.get(0))).isPresent()) {
        return titled;
      }
    }
    return Optional.empty();
  }

  /**
   * The condition a guideline's title names, when the question writes every word of it: the title
   * is a condition's name (a guideline is titled with its condition), unless it names the drug.
   */
  private static Optional<Concept> titleWritten(String title, Set<String> written, Concept drug) {
    String bare = BracketedNames.withoutBrackets(title).strip();
    Set<String> words = org.galen.answer.question.FocusWords.of(bare);
    if (words.isEmpty() || !written.containsAll(words) || titleNames(bare, drug)) {
      return Optional.empty();
    }
    return Optional.of(new Concept(bare, Concept.Origin.MEDQUAD, "", List.of(bare), List.of(),
        Concept.Kind.CONDITION));
  }

  /** Whether the question asks something, and only what is asked of a drug: its dose, harms or action. */
  static boolean asksOnlyOfADrug(QuestionAnalysis analysis) {
    return !analysis.mainIntents().isEmpty() && ASKED_OF_A_DRUG.containsAll(analysis.mainIntents());
  }

  /** Whether what is asked is asked of a condition: anything but a dose, harms or how a drug works. */
  static boolean askedOfCondition(QuestionAnalysis analysis) {
    return !analysis.intents().isEmpty() && analysis.intents().stream().noneMatch(ASKED_OF_A_DRUG::contains);
  }
}
