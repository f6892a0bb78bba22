package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.galen.index.EvidenceReader;
import org.galen.source.Document;

/** Numbers references in the order an article first cites them: the bottom line's source is [1]. */
final class Citations {
  private final EvidenceReader index;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final List<Reference> references = new ArrayList<>();
  private final Map<String, String> fingerprints = new LinkedHashMap<>();
  /** Every document read, cited or not. */
  private final Map<String, Document> documents = new LinkedHashMap<>();

  /** Other labels cited with a statement they say in the same words. */
  private static final int MAX_SAME_WORDS_CITED = 3;

  Citations(EvidenceReader index) {
    this.index = index;
  }

  int number(String docId) throws IOException {
    Integer known = numbers.get(docId);
    if (known != null) {
      return known;
    }
    Document document = document(docId)
        .orElseThrow(() -> new IOException("the index has a passage of " + docId + " but not its document"));
    int n = numbers.size() + 1;
    numbers.put(docId, n);
    references.add(Reference.of(n, document));
    fingerprints.put(docId, Fingerprint.of(document.text()));
    return n;
  }

  /** A document, read from the index once however often the article asks for it, cited or not. */
  Optional<Document> document(String docId) throws IOException {
    Document known = documents.get(docId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Document> read = index.document(docId);
    read.ifPresent(document -> documents.put(docId, document));
    return read;
  }

  Statement statement(Candidate candidate) throws IOException {
    return statement(candidate, List.of());
  }

  /**
   * A statement said in the same words by other sources too (one drug's labels from several
   * labelers): quoted once, citing each, with each source's own span.
   */
  Statement statement(Candidate candidate, List<Candidate> sameWords) throws IOException {
    List<Candidate> saying = new ArrayList<>(List.of(candidate));
    saying.addAll(sameWords);
    List<Integer> numbers = new ArrayList<>();
    List<SourceSpan> sources = new ArrayList<>();
    for (Candidate said : saying) {
      numbers.add(number(said.docId()));
      sources.add(new SourceSpan(said.docId(), said.sentence().start(), said.sentence().end()));
    }
    return new Statement(candidate.text(), numbers, sources);
  }

  Map<String, Integer> numbers() {
    return Map.copyOf(numbers);
  }

  /** A document already cited, as loaded for its reference (so nobody decodes it twice). */
  Optional<Document> cited(String docId) {
    return numbers.containsKey(docId) ? Optional.ofNullable(documents.get(docId)) : Optional.empty();
  }

  /** The cited documents by reference number, in reference order. */
  Map<Integer, Document> documentsByNumber() {
    Map<Integer, Document> byNumber = new LinkedHashMap<>();
    numbers.forEach((docId, n) -> byNumber.put(n, documents.get(docId)));
    return byNumber;
  }

  /** Each cited document's text fingerprint: what the article's evidence was when written. */
  Map<String, String> fingerprints() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fingerprints));
  }

  List<Reference> references() {
    return List.copyOf(references);
  }

  /**
   * The same sentence in other labels of the drug (several labelers' copies of one text): cited
   * with the statement rather than repeated, a few at most.
   */
  static List<Candidate> sameWordsInOtherLabels(Candidate candidate, List<Candidate> all) {
    if (candidate.passage().sourceKind() != org.galen.source.SourceKind.LABEL) {
      return List.of();
    }
    Set<String> labels = new java.util.HashSet<>(Set.of(candidate.docId()));
    return all.stream().filter(other -> other.passage().sourceKind() == org.galen.source.SourceKind.LABEL
            && other.text().equals(candidate.text()) && labels.add(other.docId()))
        .limit(MAX_SAME_WORDS_CITED).toList();
  }
}
