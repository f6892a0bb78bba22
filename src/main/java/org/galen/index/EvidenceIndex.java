package org.galen.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * Read access to the committed index: documents by id, passages, statistics, and searches.
 *
 * <p>A live view: it follows the index's commits, so a running server stops serving a removed
 * document and serves newly ingested ones within {@link #REFRESH_INTERVAL} of the commit. Behind it
 * is Lucene's {@link SearcherManager}: every call acquires the current searcher, uses it for the
 * whole call (a search and the passages it found come from one commit, so Lucene's document
 * numbers never cross commits) and releases it; a reader is closed only when no call still holds
 * it. At most once per interval, a call first asks whether a newer commit exists — a cheap check.
 * Thread-safe.
 */
public final class EvidenceIndex implements EvidenceReader, NativeHybrid {
  /** More than any source here has (a long PMC article has ~200 passages); a bound, not a limit met. */
  private static final int MAX_PASSAGES_PER_DOCUMENT = 10_000;
  /** How stale a view may be: a removed document stops being served within this of the commit. */
  public static final java.time.Duration REFRESH_INTERVAL = java.time.Duration.ofMillis(500);

  private final FSDirectory directory;
  private final SearcherManager manager;
  private final java.util.concurrent.atomic.AtomicLong lastRefresh = new java.util.concurrent.atomic.AtomicLong(
      System.nanoTime());

  private EvidenceIndex(FSDirectory directory, SearcherManager manager) {
    this.directory = directory;
    this.manager = manager;
  }

  /** What one call does with the searcher of one commit. */
  @FunctionalInterface
  private interface Read<T> {
    T with(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> action) throws IOException {
    long now = System.nanoTime();
    long last = lastRefresh.get();
    if (now - last >= REFRESH_INTERVAL.toNanos() && lastRefresh.compareAndSet(last, now)) {
      // Another thread refreshing already: this call goes on with the searcher it has.
      manager.maybeRefresh();
    }
    IndexSearcher searcher = manager.acquire();
    try {
      return action.with(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public java.util.List<ScoredPassage> searchText(TextQuery query, int k) throws IOException {
    java.util.Optional<Query> text = LuceneTextQuery.of(query);
    return text.isPresent() ? search(text.get(), k) : java.util.List.of();
  }

  /**
   * Both rankings and their fusion on one commit, by Lucene's numbers for the passages: only the
   * passages fused into the first {@code k} are read from the stored fields, not the {@code depth}
   * candidates of each ranking (reading those was a third of a warm hybrid ask, docs/benchmarks.md).
   */
  @Override
  public java.util.List<ScoredPassage> searchHybrid(TextQuery text, float[] vector, int depth, int k,
      double lexicalWeight) throws IOException {
    java.util.Optional<Query> lexical = LuceneTextQuery.of(text);
    Query dense = vectorQuery(vector, depth);
    return read(searcher -> HybridFusion.fuse(searcher, lexical, dense, depth, k, lexicalWeight,
        EvidenceIndex::passage));
  }

  /**
   * The HNSW graph is searched for at least {@value EvidenceReader#MIN_VECTOR_CANDIDATES} neighbours
   * however few are asked for: with only ten it misses the true nearest now and then.
   */
  @Override
  public java.util.List<ScoredPassage> searchVector(float[] vector, int k) throws IOException {
    return search(vectorQuery(vector, k), k);
  }

  private static Query vectorQuery(float[] vector, int k) {
    return new org.apache.lucene.search.KnnFloatVectorQuery(IndexSchema.VECTOR, vector, Math.max(k, MIN_VECTOR_CANDIDATES));
  }

  /** The {@code k} best passages for a query, each read from the commit the search ran on. */
  private java.util.List<ScoredPassage> search(Query query, int k) throws IOException {
    return read(searcher -> {
      java.util.List<ScoredPassage> found = new java.util.ArrayList<>();
      for (var hit : searcher.search(query, k).scoreDocs) {
        found.add(new ScoredPassage(hit.score, passage(searcher, hit.doc)));
      }
      return found;
    });
  }

  /** Opens the last committed index. */
  public static EvidenceIndex open(Path indexDirectory) throws IOException {
    if (!Files.isDirectory(indexDirectory)) {
      throw new NoIndexException(indexDirectory);
    }
    FSDirectory directory = FSDirectory.open(indexDirectory);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new NoIndexException(indexDirectory);
    }
    SearcherManager manager = null;
    boolean success = false;
    try {
      manager = new SearcherManager(directory, null);
      IndexSearcher first = manager.acquire();
      try {
        IndexSchema.checkAnalysis(((DirectoryReader) first.getIndexReader()).getIndexCommit().getUserData(),
            indexDirectory);
      } finally {
        manager.release(first);
      }
      success = true;
      return new EvidenceIndex(directory, manager);
    } finally {
      if (!success) {
        // Lucene's success-flag cleanup: what was opened is closed when the index is refused.
        org.apache.lucene.util.IOUtils.closeWhileHandlingException(manager, directory);
      }
    }
  }

  /** Restricts a query to passage records. */
  private static Query passagesOnly(Query query) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE)), Occur.FILTER)
        .build();
  }

  @Override
  public Optional<org.galen.source.Document> document(String docId) throws IOException {
    return read(searcher -> {
      java.util.List<Integer> record = RecordPostings.of(searcher, docId, IndexSchema.KIND_DOC, 1);
      if (record.isEmpty()) {
        return Optional.empty();
      }
      Document stored = searcher.storedFields().document(record.get(0));
      return Optional.of(DocumentCodec.decode(stored.get(IndexSchema.DOCUMENT_JSON)));
    });
  }

  /**
   * Every passage of one document, in document order: for reading a guideline's whole drug
   * treatment section when retrieval brought back only part of it.
   */
  @Override
  public java.util.List<StoredPassage> passages(String docId) throws IOException {
    return read(searcher -> {
      java.util.List<StoredPassage> passages = new java.util.ArrayList<>();
      for (int record : RecordPostings.of(searcher, docId, IndexSchema.KIND_PASSAGE, MAX_PASSAGES_PER_DOCUMENT)) {
        passages.add(passage(searcher, record));
      }
      // A document's passages are written as one block, in their order: index order is theirs.
      return passages;
    });
  }

  /**
   * Passages of the guidelines whose title has every word of {@code words} ("Breast Cancer" for
   * "breast cancer"): how the answer stage finds the guideline about a subject when the question's
   * other words ranked consumer pages above it.
   */
  @Override
  public java.util.List<StoredPassage> guidelinePassagesTitled(String words, int max) throws IOException {
    return guidelinePassages(new org.apache.lucene.util.QueryBuilder(IndexSchema.analyzer())
        .createBooleanQuery(IndexSchema.TITLE, words, Occur.MUST), max);
  }

  /**
   * The guideline passages whose text best matches {@code words} (BM25): the guidelines that talk
   * about a subject and what else a question names, whatever their titles.
   */
  @Override
  public java.util.List<StoredPassage> guidelinePassagesMatching(String words, int max) throws IOException {
    return guidelinePassages(new org.apache.lucene.util.QueryBuilder(IndexSchema.analyzer())
        .createBooleanQuery(IndexSchema.BODY, words, Occur.SHOULD), max);
  }

  private java.util.List<StoredPassage> guidelinePassages(Query match, int max) throws IOException {
    if (match == null) {
      return java.util.List.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(match, Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.SOURCE_KIND, org.galen.source.SourceKind.GUIDELINE.name())), Occur.FILTER)
        .build();
    return search(query, max).stream().map(ScoredPassage::passage).toList();
  }

  /**
   * Whether any passage's text, title or subject name has these words as a phrase, analysed as the
   * index analyses them ("cytokine release syndrome": each word is indexed, the phrase is not).
   */
  @Override
  public boolean hasPhrase(String words) throws IOException {
    org.apache.lucene.util.QueryBuilder builder = new org.apache.lucene.util.QueryBuilder(IndexSchema.analyzer());
    Query phrase = builder.createPhraseQuery(IndexSchema.BODY, words);
    Query named = builder.createPhraseQuery(IndexSchema.SUBJECT, words);
    // Titles keep no positions (they are short): every word in one title stands for the phrase.
    Query titled = builder.createBooleanQuery(IndexSchema.TITLE, words, Occur.MUST);
    return read(searcher -> phrase != null && searcher.count(passagesOnly(phrase)) > 0
        || named != null && searcher.count(passagesOnly(named)) > 0
        || titled != null && searcher.count(passagesOnly(titled)) > 0);
  }

  /**
   * Whether any passage's text, title or subject name has this analysed term (a stem, as {@link
   * IndexSchema#analyzer()} makes it).
   */
  @Override
  public boolean hasTerm(String stem) throws IOException {
    // A guideline may name its condition only in its title ("Bacillary Dysentery"); a reference
    // page may give a synonym only among its subject's names.
    return read(searcher -> searcher.getIndexReader().docFreq(new Term(IndexSchema.BODY, stem)) > 0
        || searcher.getIndexReader().docFreq(new Term(IndexSchema.TITLE, stem)) > 0
        || searcher.getIndexReader().docFreq(new Term(IndexSchema.SUBJECT, stem)) > 0);
  }

  @Override
  public java.util.Map<String, Double> rarities(java.util.Collection<String> stems) throws IOException {
    // Counted by searches, as a cluster counts: the term statistics would still hold the passages of
    // a document put again until their segment merges.
    return read(searcher -> {
      long records = searcher.count(new org.apache.lucene.search.FieldExistsQuery(IndexSchema.BODY));
      java.util.Map<String, Double> rarity = new java.util.HashMap<>();
      for (String stem : stems) {
        rarity.put(stem, EvidenceReader.inverseFrequency(records,
            searcher.count(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.BODY, stem)))));
      }
      return rarity;
    });
  }

  /**
   * The indexed word a misspelt one most likely is ("tonsilitis" → "tonsillitis"), as {@link
   * IndexSpelling#correction} reads the whole words of every passage.
   */
  @Override
  public Optional<String> spellingCorrection(String word) throws IOException {
    Term term = new Term(IndexSchema.SPELL, word.toLowerCase(java.util.Locale.ROOT));
    if (!IndexSpelling.correctable(term)) {
      return Optional.empty();
    }
    return read(searcher -> IndexSpelling.correction(searcher.getIndexReader(), term));
  }

  @Override
  public boolean misspelt(String word) throws IOException {
    Term term = new Term(IndexSchema.SPELL, word.toLowerCase(java.util.Locale.ROOT));
    return IndexSpelling.correctable(term) && read(searcher -> IndexSpelling.misspelt(searcher.getIndexReader(), term));
  }

  @Override
  public boolean clipped(String word) throws IOException {
    Term term = new Term(IndexSchema.SPELL, word.toLowerCase(java.util.Locale.ROOT));
    return term.text().length() >= MIN_CLIPPED_LETTERS
        && read(searcher -> IndexSpelling.clipped(searcher.getIndexReader(), term));
  }

  /** A passage by Lucene's number for it, which means something only in {@code searcher}'s commit. */
  private static StoredPassage passage(IndexSearcher searcher, int luceneDocId) throws IOException {
    Document record = searcher.storedFields().document(luceneDocId);
    IndexableField year = record.getField(IndexSchema.YEAR);
    return new StoredPassage(
        record.get(IndexSchema.DOC_ID),
        record.get(IndexSchema.SOURCE_ID),
        record.get(IndexSchema.COLLECTION),
        record.get(IndexSchema.TITLE),
        record.get(IndexSchema.SECTION),
        SourceKind.valueOf(record.get(IndexSchema.SOURCE_KIND)),
        EvidenceLevel.valueOf(record.get(IndexSchema.EVIDENCE_LEVEL)),
        year == null ? Optional.empty() : Optional.of(year.numericValue().intValue()),
        record.getField(IndexSchema.ORDINAL).numericValue().intValue(),
        new Span(record.getField(IndexSchema.START).numericValue().intValue(),
            record.getField(IndexSchema.END).numericValue().intValue()),
        DocumentCodec.decodeSpans(record.get(IndexSchema.SENTENCES)),
        record.get(IndexSchema.BODY));
  }

  @Override
  public IndexStats stats() throws IOException {
    return read(searcher -> {
      Map<String, IndexStats.SourceCounts> bySource = new TreeMap<>();
      for (String collection : terms(searcher, IndexSchema.COLLECTION)) {
        long documents = searcher.count(kindAnd(IndexSchema.KIND_DOC, IndexSchema.COLLECTION, collection));
        if (documents > 0) {
          bySource.put(collection, new IndexStats.SourceCounts(documents,
              searcher.count(kindAnd(IndexSchema.KIND_PASSAGE, IndexSchema.COLLECTION, collection))));
        }
      }
      Map<String, Long> byLevel = new java.util.LinkedHashMap<>(); // strongest level first
      for (EvidenceLevel level : EvidenceLevel.values()) {
        long documents = searcher.count(kindAnd(IndexSchema.KIND_DOC, IndexSchema.EVIDENCE_LEVEL, level.name()));
        if (documents > 0) {
          byLevel.put(level.name(), documents);
        }
      }
      return new IndexStats(
          searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC))),
          searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE))),
          bySource, byLevel);
    });
  }

  @Override
  public VectorStatus vectorStatus() throws IOException {
    return read(searcher -> new VectorStatus(
        searcher.count(new TermQuery(new Term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_DONE))),
        searcher.count(new TermQuery(new Term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING)))));
  }

  @Override
  public void close() throws IOException {
    org.apache.lucene.util.IOUtils.close(manager, directory);
  }

  private static Query kindAnd(String kind, String field, String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.KIND, kind)), Occur.FILTER)
        .add(new TermQuery(new Term(field, value)), Occur.FILTER)
        .build();
  }

  /** Distinct values of a keyword field (may include values only deleted documents had; counts tell). */
  private static java.util.List<String> terms(IndexSearcher searcher, String field) throws IOException {
    java.util.List<String> values = new java.util.ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
    if (terms == null) {
      return values;
    }
    TermsEnum iterator = terms.iterator();
    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
      values.add(term.utf8ToString());
    }
    return values;
  }
}
