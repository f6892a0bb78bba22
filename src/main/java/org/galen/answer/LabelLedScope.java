package org.galen.answer;

import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.source.SourceKind;

/**
 * What an article a drug's label leads may quote: the lines of the labels of that drug, and of the
 * other sources the lines about the drug — those naming it before any other drug. A guideline's
 * account of a disease the drug treats ("Five species of the parasite cause the disease") is the
 * disease's article, not the drug's; a line giving another drug's dose and naming this one after
 * it ("tadalafil 20-40 mg daily, sildenafil") is the other drug's. Immutable; thread-safe.
 */
final class LabelLedScope {
  private final DrugDictionary drugs;

  LabelLedScope(DrugDictionary drugs) {
    this.drugs = drugs;
  }

  /**
   * The candidates such an article may quote: all of the leading label's, and the others' about
   * the drug ({@code subject} matches it). A comparison keeps every source: what they say of the
   * other option is asked too.
   */
  List<Candidate> within(List<Candidate> candidates, String lead, QuestionAnalysis analysis, SubjectMatcher subject) {
    Concept drug = analysis.primary();
    if (analysis.intents().contains(Intent.COMPARISON)) {
      return candidates;
    }
    return candidates.stream().filter(c -> c.docId().equals(lead) || (c.passage().sourceKind() == SourceKind.LABEL
        ? LabelledDrug.titleNames(c.passage().title(), drug)
        : namesFirst(c, subject))).toList();
  }

  /** Whether the line names the drug, and no other drug before it. */
  private boolean namesFirst(Candidate c, SubjectMatcher drug) {
    if (!drug.mentionedIn(c.stems())) {
      return false;
    }
    return drugs.mentionsIn(c.text()).stream().findFirst()
        .map(first -> drug.mentionedIn(Stems.of(first.asWritten()))).orElse(true);
  }
}
