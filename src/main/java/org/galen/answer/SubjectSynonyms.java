package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.index.TextQuery;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;
import org.galen.source.SourceKind;

/** The other names the sources give the settled subject, for {@link TopicSettler}. Thread-safe. */
final class SubjectSynonyms {
  /** Passages searched by subject name for the reference pages about the subject, a page's many passages among them. */
  private static final int SUBJECT_PAGES_SEARCHED = 50;

  private final EvidenceReader index;

  SubjectSynonyms(EvidenceReader index) {
    this.index = index;
  }

  /**
   * Reference pages list other names for their subject (MedQuAD: "Myoclonus" — "Myoclonic jerks"); a page whose
   * focus is exactly the subject (not "Myoclonus-dystonia") lends the article its synonyms, so
   * statements using them qualify too — all but initialisms ({@link VotingSources#lentNames}).
   */
  QuestionAnalysis added(QuestionAnalysis analysis, List<PassageHit> hits, SubjectMatcher subject) throws IOException {
    List<Set<String>> names = analysis.primary().nameStems();
    Map<String, Boolean> seen = new HashMap<>();
    List<String> synonyms = new ArrayList<>();
    // The pages about the subject lend their names whether or not this question's other words ranked
    // them: what a drug or condition is also called does not depend on what else was asked.
    List<StoredPassage> pages = new ArrayList<>(hits.stream().map(PassageHit::passage).toList());
    TextQuery named = new TextQuery.Builder()
        .add(TextQuery.Field.SUBJECT, analysis.primary().name(), 1f).build();
    index.searchText(named, SUBJECT_PAGES_SEARCHED).forEach(hit -> pages.add(hit.passage()));
    for (StoredPassage passage : pages) {
      // A reference page says what it is about; a local protocol (a reference without a focus) lends nothing.
      if (passage.sourceKind() != SourceKind.REFERENCE || seen.putIfAbsent(passage.docId(), true) != null
          || !subject.mentionedIn(SubjectMatcher.stemsOf(passage.title()))) {
        continue;
      }
      Optional<Document> document = index.document(passage.docId());
      document.ifPresent(d -> d.focus().stream().filter(f -> names.contains(SubjectMatcher.stemsOf(f)))
          .findFirst().ifPresent(f -> synonyms.addAll(VotingSources.lentNames(d))));
    }
    if (synonyms.isEmpty()) {
      return analysis;
    }
    Concept primary = analysis.primary();
    return analysis.withPrimary(primary.withNames(synonyms));
  }
}
