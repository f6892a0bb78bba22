package org.galen.answer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.Negations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.answer.question.Terminology;
import org.galen.index.EvidenceReader;
import org.galen.source.Document;
import org.galen.source.Section;

/**
 * The condition a drug is asked of for, when the question tells that condition only as a scene — a
 * patient's signs and circumstances — and then asks of the drug ("…, a spreading redness after a
 * scrape. can she have drug X?"). Of the conditions the evidence is about whose sources give the
 * drug, the one the scene pictures ({@link DescriptionPictures#describedBeside}) is where a
 * clinician reads of the drug: its guideline says whether the drug is given for it, how long, with
 * what cautions and what instead — which the drug's other uses, ranked higher for its name alone,
 * do not. Thread-safe.
 */
final class PicturedIndication {
  /** What is asked of a drug itself wherever it is given: its dose, how it works. */
  private static final Set<Intent> OF_THE_DRUG_ITSELF = Set.of(Intent.DOSING, Intent.MECHANISM);
  /** The parts of a source that say what to give or to beware of giving. */
  private static final Set<SectionKind> GIVING = Set.of(SectionKind.MEDICATIONS, SectionKind.MANAGEMENT,
      SectionKind.CAUTIONS, SectionKind.PREVENTION, SectionKind.SUPPORTIVE);

  private final EvidenceReader index;
  private final DescriptionPictures pictures;
  private final NamedSubjects sourceNames;
  private final Terminology terminology;

  PicturedIndication(EvidenceReader index, DescriptionPictures pictures, NamedSubjects sourceNames,
      Terminology terminology) {
    this.index = index;
    this.pictures = pictures;
    this.sourceNames = sourceNames;
    this.terminology = terminology;
  }

  /**
   * The condition the scene pictures, when the question names one drug and asks of it (more than its
   * dose or action, or a part of its label: those are the drug's wherever it is given) or asks
   * nothing else (whether the patient may have it), tells a scene before the clause that asks, and
   * names no condition a vocabulary knows (one settles it elsewhere): the condition written by a name
   * its sources give it, when they give the drug; else the condition retrieval settles on by its
   * margin, when its sources give the drug and it pictures the scene too; else the one the scene
   * pictures among those whose sources give it; none when none does. The drug's own pages are no
   * condition it is given for.
   */
  Optional<EvidenceTopics.Condition> of(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found,
      Optional<EvidenceTopics.Condition> decided) throws IOException {
    Concept drug = analysis.primary();
    if (analysis.followUp() || drug.kind() != Concept.Kind.DRUG || drug.origin() == Concept.Origin.QUESTION
        || !analysis.singlesOutAClause() || !DescribedDrug.askedOf(analysis) && !analysis.mainIntents().isEmpty()
        || !analysis.mainIntents().isEmpty() && OF_THE_DRUG_ITSELF.containsAll(analysis.mainIntents())
        || !SectionClassifier.labelPartsNamedIn(analysis.question()).isEmpty()
        || analysis.others().stream().anyMatch(c -> c.kind() == Concept.Kind.CONDITION)
        || analysis.concepts().stream().filter(c -> c.kind() == Concept.Kind.DRUG).count() != 1) {
      return Optional.empty();
    }
    // A condition the question writes by a source's name for it is no scene to picture: it is the
    // indication, when its sources give the drug, and else the question asks of the drug elsewhere.
    Optional<NamedSubjects.Named> written = sourceNames.writtenIn(Negations.blanked(analysis.question()), true,
        subject -> !terminology.namesNoCondition(subject))
        .filter(named -> drug.nameStems().stream().noneMatch(Stems.of(named.written())::containsAll));
    if (written.isPresent()) {
      for (EvidenceTopics.Condition condition : found) {
        if (condition.isNamedBy(written.get().name()) && indication(condition, drug)) {
          return Optional.of(condition);
        }
      }
      return Optional.empty();
    }
    // Each condition's sources read once.
    List<EvidenceTopics.Condition> giving = new java.util.ArrayList<>();
    for (EvidenceTopics.Condition condition : found) {
      if (indication(condition, drug)) {
        giving.add(condition);
      }
    }
    // Retrieval settling on a condition by its margin, for the scene's words as much as the drug's
    // name, has read the scene already.
    if (decided.isPresent() && giving.contains(decided.get())
        && pictures.describedBeside(analysis, List.of(decided.get()), drug).isPresent()) {
      return decided;
    }
    return pictures.describedBeside(analysis, giving, drug);
  }

  /** Whether a condition may be what the drug is given for: not the drug's own page, and its sources give it. */
  private boolean indication(EvidenceTopics.Condition condition, Concept drug) throws IOException {
    return drug.nameStems().stream().noneMatch(name -> !name.isEmpty() && condition.stems().containsAll(name))
        && givesTheDrug(condition, drug);
  }

  /**
   * Whether a condition's sources give the drug: name it where they say what to give or to beware of
   * (its treatment, cautions, prevention), not only among its tests (a hormone measured as a tumour
   * marker is not given for the tumour).
   */
  private boolean givesTheDrug(EvidenceTopics.Condition condition, Concept drug) throws IOException {
    for (String docId : condition.docIds()) {
      Optional<Document> source = index.document(docId);
      if (source.isEmpty()) {
        continue;
      }
      for (Section section : source.get().sections()) {
        Optional<SectionKind> kind = SectionClassifier.classify(section.title(), source.get().sourceKind(),
            source.get().evidenceLevel());
        if (kind.filter(GIVING::contains).isPresent()) {
          Set<String> said = Stems.of(source.get().sectionText(section));
          if (drug.namedIn(said)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
