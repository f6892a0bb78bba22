package org.galen.answer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.Negations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.answer.question.Terminology;
import org.galen.index.EvidenceReader;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;

/**
 * What the question names, weighed against what the evidence is about, for {@link TopicSettler}:
 * a name the leading sources use in passing is a circumstance; an abbreviation names the condition
 * of the evidence its long forms name; of two conditions named, retrieval's choice is the subject.
 * Thread-safe.
 */
final class NamesInEvidence {
  /**
   * The best-ranked passages one of which must name a drug, an organism or a device for the question
   * to name it outright. One the best-ranked passages never name is a word of the circumstances
   * ("salt" in the bath a rash came after, a chair sat in): a name the question asks about is rare
   * in the sources and ranks the passages that hold it first; a common word does not. Five, half the
   * window a retrieved label must rank in to answer ({@link LabelledDrug}); on the development,
   * fresh and label sets no article about a drug asked about changed for it (docs/benchmarks.md,
   * sixteenth pass).
   */
  private static final int NAMED_IN_BEST = 5;
  /** Kinds of what a question may name in passing, as a circumstance. */
  private static final Set<Concept.Kind> CIRCUMSTANCE_KINDS = Set.of(Concept.Kind.DRUG, Concept.Kind.ORGANISM,
      Concept.Kind.DEVICE);

  private final EvidenceReader index;
  private final Terminology terminology;

  NamesInEvidence(EvidenceReader index, Terminology terminology) {
    this.index = index;
    this.terminology = terminology;
  }

  /**
   * Of the other conditions the question names, the one the condition retrieval settles on by its
   * margin is about, when the question's first concept is not: what the question asks about; the
   * concept read first (the longer name) is a finding or a comorbidity.
   */
  Optional<Concept> otherConditionSettled(QuestionAnalysis analysis, EvidenceTopics.Condition decided) {
    if (analysis.primary().kind() != Concept.Kind.CONDITION
        || SubjectMatcher.of(analysis, terminology).mentionedIn(decided.stems())) {
      return Optional.empty();
    }
    return analysis.others().stream()
        .filter(c -> c.kind() == Concept.Kind.CONDITION && c.origin() != Concept.Origin.QUESTION)
        .filter(c -> SubjectMatcher.of(SettledAnalysis.about(analysis, c), terminology).mentionedIn(decided.stems()))
        .findFirst();
  }

  /**
   * Whether the question, naming a condition from a vocabulary (lay words' included), also writes
   * whole a name of another condition (not a sign), the one retrieval settles on by its margin: of
   * the two conditions named, that one is the subject, as {@link #otherConditionSettled} has it for
   * two concepts. The name must have two words of substance or more ("colorectal cancer"; "Lyme
   * disease" is one, and one word is as often a circumstance). A name the question says is absent
   * names nothing.
   */
  boolean settledNameWritten(QuestionAnalysis analysis, EvidenceTopics.Condition decided) {
    if (analysis.primary().kind() != Concept.Kind.CONDITION || analysis.primary().origin() == Concept.Origin.QUESTION
        || SubjectMatcher.of(analysis, terminology).mentionedIn(decided.stems())
        || terminology.namesASign(decided.name())) {
      return false;
    }
    List<String> words = stemsInOrder(Negations.blanked(analysis.question()));
    return decided.names().stream().map(FocusWords::of)
        .anyMatch(name -> name.size() >= 2 && NamedSubjects.writtenTogether(name, words));
  }

  /**
   * Whether a condition's name the question writes is used in passing by the sources of the
   * condition retrieval weighs most, another one: then the name is a circumstance of the question.
   */
  boolean inPassing(EvidenceTopics.Condition topic, List<EvidenceTopics.Condition> found) throws IOException {
    Optional<EvidenceTopics.Condition> weighedMost = EvidenceTopics.weighedMost(found);
    return weighedMost.isPresent() && weighedMost.get() != topic && usedInPassing(weighedMost.get(), topic.stems());
  }

  /** Whether a source about the condition writes the name the question wrote, its words together. */
  boolean usedInPassing(EvidenceTopics.Condition condition, String written) throws IOException {
    return usedInPassing(condition, Set.copyOf(stemsInOrder(written)));
  }

  private boolean usedInPassing(EvidenceTopics.Condition condition, Set<String> name) throws IOException {
    for (String docId : condition.docIds()) {
      Optional<Document> source = index.document(docId);
      if (source.isPresent() && NamedSubjects.writtenTogether(name, stemsInOrder(source.get().text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a drug, an organism or a device the question names from a vocabulary is held by none of
   * the {@value #NAMED_IN_BEST} best-ranked passages: a word of the circumstances, no subject.
   */
  static boolean unheld(Concept concept, List<PassageHit> hits) {
    return CIRCUMSTANCE_KINDS.contains(concept.kind()) && concept.origin() != Concept.Origin.QUESTION
        && !hits.isEmpty() && hits.stream().limit(NAMED_IN_BEST)
            .map(hit -> Stems.of(hit.passage().title() + " " + hit.passage().text()))
            .noneMatch(stems -> concept.nameStems().stream()
                .anyMatch(name -> !name.isEmpty() && stems.containsAll(name)));
  }

  /** A text's stems in its order, stop words dropped: what {@link NamedSubjects#writtenTogether} reads. */
  static List<String> stemsInOrder(String text) {
    return Stems.tokens(text).stream().map(Stems.Token::stem).toList();
  }

  /**
   * The condition the evidence is about that an abbreviation the question writes stands for, when
   * the question names no condition or organism: an abbreviation is a name given on purpose, and its
   * vocabulary may not know the kind of its long forms, nor which of them is meant; the evidence's
   * own name settles both. Named as retrieval weighs most, if several. A condition so named
   * outranks a drug as one the vocabulary knew would ("drug A or drug B in CLL?" asks of the
   * leukaemia); whether what is asked is asked of the drug is settled after, as for any condition.
   */
  Optional<EvidenceTopics.Condition> abbreviated(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found,
      Optional<EvidenceTopics.Condition> decided) {
    Set<Set<String>> longForms = new java.util.HashSet<>();
    // Only an abbreviation the vocabulary could not place: one whose long form it knows has its kind.
    analysis.concepts().stream().filter(c -> c.origin() == Concept.Origin.ABBREVIATION
            && c.kind() == Concept.Kind.OTHER)
        .forEach(c -> {
          terminology.longForms(c.name()).forEach(form -> longForms.add(FocusWords.of(form)));
          c.names().forEach(name -> longForms.add(FocusWords.of(name)));
        });
    List<EvidenceTopics.Condition> meant = found.stream().filter(topic -> longForms.contains(topic.stems()))
        .sorted(EvidenceTopics.HEAVIEST_FIRST).toList();
    // A condition or organism named outright is the subject, unless the abbreviation's condition is a
    // narrower form of it, its name written whole inside the long form's (a sign's name ending the
    // name of the syndrome the abbreviation stands for): then the abbreviation says which form. Or
    // unless retrieval settles by its margin on the abbreviation's condition: of two conditions
    // named, retrieval's, as for two names a vocabulary reads (otherConditionSettled).
    // (An organism named outright keeps the subject: the abbreviation may name its infection.)
    boolean decidedOnOther = decided.isPresent()
        && !SubjectMatcher.of(analysis, terminology).mentionedIn(decided.get().stems());
    boolean settledByMargin = !meant.isEmpty() && decidedOnOther
        && analysis.primary().kind() == Concept.Kind.CONDITION && meant.get(0).stems().equals(decided.get().stems());
    if (analysis.primary().kind().subjectRank() > Concept.Kind.DRUG.subjectRank()
        && (meant.isEmpty() || !narrowerForm(meant.get(0), analysis.primary())) && !settledByMargin) {
      return Optional.empty();
    }
    // Retrieval that settles by its margin on a third condition, neither the abbreviation's nor the
    // sign's the question names, outweighs the abbreviation's reading.
    if (meant.isEmpty() || decidedOnOther && !meant.get(0).stems().equals(decided.get().stems())) {
      return Optional.empty();
    }
    // Long forms sharing most of their words are one condition's names in two spellings or wordings
    // ("myelogenous" and "myeloid"): each source's name comes with it. An abbreviation of two
    // conditions keeps the one retrieval weighs most.
    EvidenceTopics.Condition first = meant.get(0);
    meant = meant.stream().filter(topic -> sharesMost(topic.stems(), first.stems())).toList();
    List<String> names = meant.stream().flatMap(topic -> topic.names().stream()).distinct().toList();
    Set<String> docIds = meant.stream().flatMap(topic -> topic.docIds().stream())
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    return Optional.of(new EvidenceTopics.Condition(first.name(), names, first.stems(), first.support(), first.weight(),
        docIds));
  }

  /** Whether a condition's name holds one of the concept's names whole, and more words besides. */
  private static boolean narrowerForm(EvidenceTopics.Condition condition, Concept named) {
    return named.nameStems().stream().anyMatch(name -> !name.isEmpty() && condition.stems().containsAll(name)
        && condition.stems().size() > name.size());
  }

  /** Whether two names share at least two thirds of the longer one's words. */
  private static boolean sharesMost(Set<String> one, Set<String> other) {
    Set<String> shared = new java.util.HashSet<>(one);
    shared.retainAll(other);
    return shared.size() * 3 >= Math.max(one.size(), other.size()) * 2;
  }
}
