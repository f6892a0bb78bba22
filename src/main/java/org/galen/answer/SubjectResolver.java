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
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;

/**
 * Settles what a question is about once the evidence is in: an ambiguous abbreviation resolved
 * by what the passages name, the subject narrowed to the question's qualifiers when a source is
 * about exactly that, MedQuAD's synonyms for it added, and the question's words that no indexed
 * passage contains found (the article then abstains).
 */
final class SubjectResolver {
  private final QuestionAnalyzer analyzer;
  private final EvidenceIndex index;

  SubjectResolver(QuestionAnalyzer analyzer, EvidenceIndex index) {
    this.analyzer = analyzer;
    this.index = index;
  }

  QuestionAnalysis resolve(QuestionAnalysis asked, List<PassageHit> hits) throws IOException {
    QuestionAnalysis resolved = analyzer.resolveAbbreviations(asked, evidenceTexts(hits));
    return withEvidenceSynonyms(narrowed(resolved, hits), hits);
  }

  /**
   * Words of a standalone question that no indexed passage contains ("glorbic fever"): the
   * question is about something the corpus does not hold, whatever else it matches.
   */
  List<String> unknownWords(QuestionAnalysis analysis) throws IOException {
    Set<String> missing = new java.util.HashSet<>();
    if (!analysis.followUp()) {
      for (String stem : analysis.qualifiers()) {
        if (!index.hasTerm(stem)) {
          missing.add(stem);
        }
      }
    }
    String question = analysis.question();
    return org.galen.answer.question.Stems.tokens(question).stream().filter(t -> missing.contains(t.stem()))
        .map(t -> question.substring(t.start(), t.end())).distinct().toList();
  }

  /** An ambiguous abbreviation is searched with all its long forms, so the evidence can tell which is meant. */
  String retrievalText(QuestionAnalysis analysis) {
    List<String> forms = analysis.primary().origin() == Concept.Origin.ABBREVIATION
        ? analyzer.longForms(analysis.primary().name()) : List.of();
    return forms.size() < 2 ? analysis.retrievalText() : analysis.retrievalText() + " " + String.join(" ", forms);
  }

  private static List<String> evidenceTexts(List<PassageHit> hits) {
    return hits.stream().map(h -> h.passage().title() + " " + h.passage().text()).toList();
  }

  /**
   * Narrows the subject to the question's qualifiers when a retrieved source's title names them all
   * with it: asked about acute otitis media, the chronic otitis media guideline is not cited.
   */
  private static QuestionAnalysis narrowed(QuestionAnalysis analysis, List<PassageHit> hits) {
    if (analysis.followUp() || analysis.qualifiers().isEmpty()) {
      return analysis;
    }
    SubjectMatcher subject = new SubjectMatcher(analysis);
    boolean titled = hits.stream().map(h -> SubjectMatcher.stemsOf(h.passage().title()))
        .anyMatch(title -> subject.mentionedIn(title) && title.containsAll(analysis.qualifiers()));
    String words = analysis.qualifierWords();
    return titled && !words.isBlank() ? analysis.narrowedBy(words) : analysis;
  }

  /**
   * MedQuAD pages list other names for their subject ("Myoclonus" — "Myoclonic jerks"); a page whose
   * focus is exactly the subject (not "Myoclonus-dystonia") lends the article its synonyms, so
   * statements using them qualify too.
   */
  private QuestionAnalysis withEvidenceSynonyms(QuestionAnalysis analysis, List<PassageHit> hits) throws IOException {
    SubjectMatcher subject = new SubjectMatcher(analysis);
    List<Set<String>> names = analysis.primary().nameStems();
    Map<String, Boolean> seen = new HashMap<>();
    List<String> synonyms = new ArrayList<>();
    for (PassageHit hit : hits) {
      StoredPassage passage = hit.passage();
      if (!passage.collection().equals("medquad") || seen.putIfAbsent(passage.docId(), true) != null
          || !subject.mentionedIn(SubjectMatcher.stemsOf(passage.title()))) {
        continue;
      }
      Optional<Document> document = index.document(passage.docId());
      document.ifPresent(d -> d.focus().stream().filter(f -> names.contains(SubjectMatcher.stemsOf(f)))
          .findFirst().ifPresent(f -> synonyms.addAll(d.focus())));
    }
    if (synonyms.isEmpty()) {
      return analysis;
    }
    Concept primary = analysis.primary();
    return analysis.withPrimary(primary.withNames(synonyms));
  }
}
