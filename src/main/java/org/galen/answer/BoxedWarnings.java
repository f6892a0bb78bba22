package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.index.EvidenceReader;
import org.galen.index.ScoredPassage;
import org.galen.index.StoredPassage;
import org.galen.index.TextQuery;
import org.galen.passage.Span;
import org.galen.source.SourceKind;

/**
 * Pick statements: the boxed warning of a drug an article's answer gives. A drug's label leads an
 * article about the drug, and its boxed warning follows the answer there; an article about a
 * condition quotes a guideline, and when the guideline's bottom line gives a drug whose indexed
 * label carries a boxed warning ("NSAIDs cause an increased risk of serious cardiovascular
 * thrombotic events"), that warning follows the answer too, cited to the drug's label — the one
 * thing a prescriber must not miss. A label is found by its title naming the drug alone (a
 * combination's warning is the combination's). At most {@value #MAX_DRUGS} drugs, the first the
 * bottom line names. Thread-safe.
 */
final class BoxedWarnings {
  /** Drugs of a bottom line whose boxed warnings are shown: the first it names. */
  static final int MAX_DRUGS = 2;
  /** Lines of a label's boxed warning shown: its heading and the warnings under it. */
  static final int LINES = 5;
  /** Passages read for a drug's label boxed warning: the labels of one drug are several labelers'. */
  private static final int SEARCHED = 20;

  private final EvidenceReader index;
  private final DrugDictionary drugs;

  BoxedWarnings(EvidenceReader index, DrugDictionary drugs) {
    this.index = index;
    this.drugs = drugs;
  }

  /** The lines of a label's boxed warning, in its order: those of the passages given. */
  static List<Candidate> ofLabel(List<Candidate> candidates, String labelId) {
    return candidates.stream().filter(c -> c.docId().equals(labelId)
            && SectionClassifier.isBoxedWarning(c.passage().section(), c.passage().sourceKind()))
        .sorted(Comparator.comparingInt(c -> c.sentence().start())).limit(LINES).toList();
  }

  /** The boxed warnings of the drugs the bottom line names, each from one label of the drug alone. */
  List<Candidate> forDrugsIn(List<Candidate> bottomLine) throws IOException {
    Set<DrugDictionary.Drug> named = new LinkedHashSet<>();
    for (Candidate line : bottomLine) {
      drugs.mentionsIn(line.text()).forEach(mention -> named.add(mention.drug()));
    }
    List<Candidate> warnings = new ArrayList<>();
    for (DrugDictionary.Drug drug : named.stream().limit(MAX_DRUGS).toList()) {
      Optional<StoredPassage> label = labelWarning(drug);
      if (label.isPresent()) {
        warnings.addAll(lines(label.get()));
      }
    }
    return warnings;
  }

  /** A passage of the boxed warning of a label whose title names this drug and no other. */
  private Optional<StoredPassage> labelWarning(DrugDictionary.Drug drug) throws IOException {
    TextQuery query = new TextQuery.Builder().add(TextQuery.Field.TITLE, drug.name(), 1f)
        .add(TextQuery.Field.SECTION, "Boxed warning", 1f).build();
    for (ScoredPassage found : index.searchText(query, SEARCHED)) {
      StoredPassage passage = found.passage();
      if (SectionClassifier.isBoxedWarning(passage.section(), passage.sourceKind())
          && drugs.drugsIn(passage.title()).equals(List.of(drug))) {
        return Optional.of(passage);
      }
    }
    return Optional.empty();
  }

  /** The label's boxed warning lines, from all its passages under that part. */
  private List<Candidate> lines(StoredPassage found) throws IOException {
    List<Candidate> lines = new ArrayList<>();
    for (StoredPassage passage : index.passages(found.docId())) {
      if (!SectionClassifier.isBoxedWarning(passage.section(), SourceKind.LABEL)) {
        continue;
      }
      for (Span sentence : passage.sentences()) {
        String text = passage.sentenceText(sentence);
        lines.add(new Candidate(passage, sentence, text, SubjectMatcher.stemsOf(text), SectionKind.BOXED_WARNING, 0,
            false, false));
      }
    }
    return ofLabel(lines, found.docId());
  }
}
