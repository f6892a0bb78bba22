package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.retrieve.Retriever;

/**
 * Pick statements, its first step: the sources about the settled subject. To the passages
 * retrieved for the question it adds those about its subject — the subject's name alone, the
 * guidelines titled with it or with the condition MeSH files it under, and the guidelines whose
 * text is about it with what else the question names. Thread-safe.
 */
final class SubjectSources {
  /** Passages retrieved for the subject's name alone, to find the sources about it. */
  private static final int SUBJECT_PASSAGES = 10;
  /** Broader MeSH headings whose guidelines are looked up for a subject (most have one or two). */
  private static final int MAX_BROADER_TITLES = 3;

  private final Retriever retriever;
  private final EvidenceReader index;

  SubjectSources(Retriever retriever, EvidenceReader index) {
    this.retriever = retriever;
    this.index = index;
  }

  /**
   * The question's own words may rank consumer pages that repeat them ("What are the symptoms of
   * X?") above the guideline on X; a search for the subject's name alone, and for guidelines titled
   * with it, finds the sources about it, which then compete for the lead like any retrieved passage.
   * The name with what is asked finds the subject's passages on it: a question that described its
   * subject retrieved the pages on what it looks like, not on what helps.
   *
   * @param asking what the question asks of its subject, as words a search reads ("treatment"); blank
   *     when it asks nothing
   */
  List<PassageHit> aboutSubject(List<PassageHit> hits, QuestionAnalysis analysis, String asking) throws IOException {
    if (analysis.subject().isBlank()) {
      return hits;
    }
    List<PassageHit> all = new ArrayList<>(hits);
    // Keyed by the pair itself: two passages whose hashes collide are still two passages.
    Set<PassageKey> seen = new HashSet<>();
    hits.forEach(hit -> seen.add(PassageKey.of(hit.passage())));
    // The subject as written, and by its name when the evidence settled it under another
    // (a synonym written, the pages titled with their own name).
    List<String> subjectNames = new ArrayList<>(List.of(analysis.subject()));
    if (!analysis.primary().name().isBlank()
        && !SubjectMatcher.stemsOf(analysis.primary().name()).equals(SubjectMatcher.stemsOf(analysis.subject()))) {
      subjectNames.add(analysis.primary().name());
    }
    List<String> searches = new ArrayList<>(subjectNames);
    if (!asking.isBlank()) {
      subjectNames.forEach(name -> searches.add(name + " " + asking));
    }
    for (String search : searches) {
      for (PassageHit hit : retriever.retrieve(search, SUBJECT_PASSAGES)) {
        if (seen.add(PassageKey.of(hit.passage()))) {
          all.add(new PassageHit(hits.size() + hit.rank(), hit.score(), hit.passage()));
        }
      }
    }
    int rank = all.size();
    // The guideline on the subject, and on the conditions MeSH files it under (status epilepticus
    // is in the epilepsy guideline).
    List<String> titles = new ArrayList<>(List.of(analysis.subject()));
    analysis.primary().broader().stream().limit(MAX_BROADER_TITLES).forEach(titles::add);
    List<StoredPassage> guidelines = new ArrayList<>();
    for (String title : titles) {
      guidelines.addAll(index.guidelinePassagesTitled(title, SUBJECT_PASSAGES));
    }
    // And the guidelines whose text is about the subject with what else the question names, under
    // any title (carbimazole and propylthiouracil for hyperthyroidism: the thyrotoxicosis guideline).
    String named = String.join(" ", analysis.primary().names()) + " " + analysis.others().stream()
        .map(Concept::name).collect(Collectors.joining(" "));
    guidelines.addAll(index.guidelinePassagesMatching(named, SUBJECT_PASSAGES));
    for (StoredPassage passage : guidelines) {
      if (seen.add(PassageKey.of(passage))) {
        all.add(new PassageHit(++rank, 0, passage));
      }
    }
    return all;
  }

  /**
   * The reference pages among {@code evidence} whose own subject, the first name their focus gives,
   * is one of the subject's names: about the subject whatever else their title says (a site's series,
   * "Parasites - …", ahead of the name).
   */
  Set<String> pagesOn(List<PassageHit> evidence, QuestionAnalysis analysis) throws IOException {
    List<Set<String>> names = analysis.primary().nameStems();
    Set<String> read = new HashSet<>();
    Set<String> on = new HashSet<>();
    for (PassageHit hit : evidence) {
      if (hit.passage().sourceKind() == org.galen.source.SourceKind.REFERENCE && read.add(hit.passage().docId())) {
        index.document(hit.passage().docId()).filter(page -> !page.focus().isEmpty()
            && names.contains(SubjectMatcher.stemsOf(PageFocus.subjectOf(page.focus().get(0)))))
            .ifPresent(page -> on.add(page.docId()));
      }
    }
    return on;
  }

  /** A passage's identity: its document and its place in it. */
  private record PassageKey(String docId, int ordinal) {
    static PassageKey of(StoredPassage passage) {
      return new PassageKey(passage.docId(), passage.ordinal());
    }
  }
}
