package org.galen.index.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.galen.index.Analysis;
import org.galen.index.EvidenceReader;
import org.galen.index.IndexSchema;
import org.galen.index.IndexStats;
import org.galen.index.ScoredPassage;
import org.galen.index.StoredPassage;
import org.galen.index.TextQuery;
import org.galen.index.VectorStatus;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.StringDistance;
import org.opensearch.client.opensearch.core.search.Suggest;
import org.opensearch.client.opensearch.core.search.TermSuggestOption;
import org.opensearch.client.opensearch.search_pipeline.ScoreCombinationTechnique;
import org.opensearch.client.opensearch.search_pipeline.ScoreNormalizationTechnique;

/**
 * The evidence on an OpenSearch cluster, read as the embedded index reads it: the same queries
 * (a BM25 clause is a {@code match} on the same field, analysed the same way, with the same
 * boost), the same records. Queries are the client's typed ones ({@code BoolQuery}, {@code
 * MatchQuery}, {@code KnnQuery}, {@code HybridQuery}), hits come back as {@link EvidenceRecord}s.
 * Sees what the last commit ({@code _refresh}) made visible. Thread-safe (the connection is).
 */
public final class OpenSearchReader implements EvidenceReader, org.galen.index.NativeHybrid {
  /** More than any source here has; a bound, not a limit met. */
  private static final int MAX_PASSAGES_PER_DOCUMENT = 10_000;
  private static final int TWO_EDITS_FROM = 8;
  private static final int MIN_CORRECTED_LENGTH = 5;
  private static final int CLEARLY_MORE_FREQUENT = 10;
  /**
   * OpenSearch's default BM25 keeps Lucene 8's {@code (k1 + 1)} factor in every term's score
   * (LegacyBM25Similarity, k1 = 1.2), which Lucene 9's BM25 dropped: the same ranking, every score
   * 2.2 times the embedded one. Dividing it out gives the embedded scores, so the evidence
   * re-ranking and hybrid fusion weigh BM25 alike on both backends.
   */
  private static final double LEGACY_BM25_FACTOR = 1 + 1.2;

  private final OpenSearchConnection connection;
  private final OpenSearchClient client;
  private final String index;
  private final boolean ownsConnection;
  /** Search pipelines this reader has put (one per lexical weight). */
  private final java.util.Set<String> pipelines = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** A reader on a connection the caller keeps (and closes). */
  public OpenSearchReader(OpenSearchConnection connection, String index) {
    this(connection, index, false);
  }

  private OpenSearchReader(OpenSearchConnection connection, String index, boolean ownsConnection) {
    this.connection = connection;
    this.client = connection.client();
    this.index = index;
    this.ownsConnection = ownsConnection;
  }

  /** A reader that closes its connection when it is closed. */
  public static OpenSearchReader owning(OpenSearchConnection connection, String index) {
    return new OpenSearchReader(connection, index, true);
  }

  /** What a hit never needs back: its vector, a document's JSON, and the spelling field's copy of the body. */
  private static final List<String> SOURCE_EXCLUDED = List.of(IndexSchema.VECTOR, IndexSchema.DOCUMENT_JSON,
      IndexSchema.SPELL);

  @Override
  public List<ScoredPassage> searchText(TextQuery query, int k) throws IOException {
    if (query.clauses().isEmpty()) {
      return List.of();
    }
    return search(lexical(query), k).stream()
        .map(hit -> new ScoredPassage((float) (hit.score() / LEGACY_BM25_FACTOR), hit.passage())).toList();
  }

  @Override
  public List<ScoredPassage> searchVector(float[] vector, int k) throws IOException {
    return search(nearest(vector, Math.max(k, MIN_VECTOR_CANDIDATES)), k);
  }

  /**
   * One {@code hybrid} query — the BM25 clauses and the k-NN query — through a search pipeline
   * whose normalization processor min–max normalises each and takes their weighted arithmetic mean.
   */
  @Override
  public List<ScoredPassage> searchHybrid(TextQuery text, float[] vector, int depth, int k, double lexicalWeight)
      throws IOException {
    String pipeline = pipeline(lexicalWeight);
    return hits(SearchRequest.of(search -> search.index(index).pipeline(pipeline).size(depth)
        .query(query -> query.hybrid(hybrid -> hybrid.queries(lexical(text), nearest(vector, depth))))
        .source(source -> source.filter(filter -> filter.excludes(SOURCE_EXCLUDED)))));
  }

  /**
   * A BM25 query as the embedded index runs it: each clause a boosted {@code match}, any may match.
   * No filter on the record kind: only passage records have the text fields, and a pure
   * disjunction is what Lucene skips through fastest.
   */
  private static Query lexical(TextQuery query) {
    List<Query> should = new ArrayList<>();
    for (TextQuery.Clause clause : query.clauses()) {
      should.add(Query.of(q -> q.match(match -> match.field(field(clause.field())).query(FieldValue.of(clause.text()))
          .boost(clause.weight()))));
    }
    return Query.of(q -> q.bool(bool -> bool.should(should)));
  }

  /** The {@code k} passages nearest the vector on the HNSW graph. */
  private static Query nearest(float[] vector, int k) {
    List<Float> components = new ArrayList<>(vector.length);
    for (float component : vector) {
      components.add(component);
    }
    return Query.of(q -> q.knn(knn -> knn.field(IndexSchema.VECTOR).vector(components).k(k)));
  }

  private String pipeline(double lexicalWeight) throws IOException {
    String name = index + "-hybrid-" + Math.round(lexicalWeight * 1000);
    // Remembered only once the cluster has it: a put that failed is tried again by the next search.
    if (!pipelines.contains(name)) {
      client.searchPipeline().put(pipeline -> pipeline.id(name)
          .description("Galen hybrid: BM25 weight " + lexicalWeight)
          .phaseResultsProcessors(processor -> processor.normalizationProcessor(normalization -> normalization
              .normalization(how -> how.technique(ScoreNormalizationTechnique.MinMax))
              .combination(how -> how.technique(ScoreCombinationTechnique.ArithmeticMean)
                  .parameters(weights -> weights.weights((float) lexicalWeight, (float) (1 - lexicalWeight)))))));
      pipelines.add(name);
    }
    return name;
  }

  @Override
  public Optional<Document> document(String docId) throws IOException {
    return documentRecord(docId).map(EvidenceRecord::decodedDocument);
  }

  /** A document's record as stored: the document's JSON and the file it came from, among others. */
  Optional<EvidenceRecord> documentRecord(String docId) throws IOException {
    List<Hit<EvidenceRecord>> hits = client.search(search -> search.index(index).size(1)
        .query(filtered(term(IndexSchema.KIND, IndexSchema.KIND_DOC), term(IndexSchema.DOC_ID, docId))),
        EvidenceRecord.class).hits().hits();
    return hits.isEmpty() ? Optional.empty() : Optional.ofNullable(hits.get(0).source());
  }

  @Override
  public List<StoredPassage> passages(String docId) throws IOException {
    List<StoredPassage> passages = new ArrayList<>(search(filtered(term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE),
        term(IndexSchema.DOC_ID, docId)), MAX_PASSAGES_PER_DOCUMENT).stream().map(ScoredPassage::passage).toList());
    passages.sort(java.util.Comparator.comparingInt(StoredPassage::ordinal));
    return passages;
  }

  @Override
  public List<StoredPassage> guidelinePassagesTitled(String words, int max) throws IOException {
    return guidelinePassages(allWords(IndexSchema.TITLE, words), max);
  }

  @Override
  public List<StoredPassage> guidelinePassagesMatching(String words, int max) throws IOException {
    return guidelinePassages(Query.of(q -> q.match(match -> match.field(IndexSchema.BODY).query(FieldValue.of(words)))),
        max);
  }

  private List<StoredPassage> guidelinePassages(Query match, int max) throws IOException {
    return search(Query.of(q -> q.bool(bool -> bool.must(match).filter(term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE),
        term(IndexSchema.SOURCE_KIND, SourceKind.GUIDELINE.name())))), max).stream().map(ScoredPassage::passage)
        .toList();
  }

  @Override
  public boolean hasPhrase(String words) throws IOException {
    // Titles keep no positions (they are short): every word in one title stands for the phrase.
    return count(Query.of(q -> q.bool(bool -> bool.should(phrase(IndexSchema.BODY, words),
        phrase(IndexSchema.SUBJECT, words), allWords(IndexSchema.TITLE, words)).minimumShouldMatch("1")
        .filter(term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE))))) > 0;
  }

  @Override
  public boolean hasTerm(String stem) throws IOException {
    return count(Query.of(q -> q.bool(bool -> bool.should(term(IndexSchema.BODY, stem), term(IndexSchema.TITLE, stem),
        term(IndexSchema.SUBJECT, stem)).minimumShouldMatch("1")))) > 0;
  }

  @Override
  public java.util.Map<String, Double> rarities(java.util.Collection<String> stems) throws IOException {
    long records = count(Query.of(q -> q.exists(exists -> exists.field(IndexSchema.BODY))));
    java.util.Map<String, Double> rarity = new java.util.HashMap<>();
    for (String stem : stems) {
      rarity.put(stem, EvidenceReader.inverseFrequency(records, count(term(IndexSchema.BODY, stem))));
    }
    return rarity;
  }

  /**
   * The term suggester runs the same spell checker as embedded (Lucene's DirectSpellChecker) on
   * the same whole-word field, with the same edit limits and the same rule for an unambiguous
   * correction.
   */
  @Override
  public Optional<String> spellingCorrection(String word) throws IOException {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() < MIN_CORRECTED_LENGTH || count(term(IndexSchema.SPELL, lower)) > 0) {
      return Optional.empty();
    }
    List<TermSuggestOption> options = near(lower);
    if (options.isEmpty()) {
      return Optional.empty();
    }
    TermSuggestOption best = options.get(0);
    // A long word clipped, its nearest word its own start: no misspelling (as EvidenceIndex reads it).
    if (lower.startsWith(best.text())
        && count(Query.of(q -> q.prefix(prefix -> prefix.field(IndexSchema.SPELL).value(lower)))) > 0) {
      return Optional.empty();
    }
    if (options.size() > 1 && options.get(1).score() >= best.score()
        && frequency(best) < (long) CLEARLY_MORE_FREQUENT * frequency(options.get(1))
        && !Analysis.stemAlike(best.text(), options.get(1).text())) {
      return Optional.empty();
    }
    return Optional.of(best.text());
  }

  @Override
  public boolean misspelt(String word) throws IOException {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.length() >= MIN_CORRECTED_LENGTH && count(term(IndexSchema.SPELL, lower)) == 0 && !near(lower).isEmpty();
  }

  @Override
  public boolean clipped(String word) throws IOException {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.length() >= MIN_CLIPPED_LETTERS && count(term(IndexSchema.SPELL, lower)) == 0
        && count(Query.of(q -> q.prefix(prefix -> prefix.field(IndexSchema.SPELL).value(lower)))) > 0;
  }

  /** The two indexed words nearest a word the index lacks, within the edits its length allows. */
  private List<TermSuggestOption> near(String lower) throws IOException {
    List<Suggest<EvidenceRecord>> spelling = client.search(search -> search.index(index).size(0)
        .suggest(suggest -> suggest.suggesters("spelling", suggester -> suggester.text(lower).term(term -> term
            .field(IndexSchema.SPELL).suggestMode(SuggestMode.Missing).maxEdits(lower.length() < TWO_EDITS_FROM ? 1 : 2)
            .size(2).stringDistance(StringDistance.Internal).minWordLength(MIN_CORRECTED_LENGTH).prefixLength(1)
            .analyzer("keyword")))), EvidenceRecord.class)
        .suggest().getOrDefault("spelling", List.of());
    return spelling.isEmpty() ? List.of() : spelling.get(0).term().options();
  }

  private static long frequency(TermSuggestOption option) {
    return option.freq() == null ? 0 : option.freq();
  }

  @Override
  public IndexStats stats() throws IOException {
    Map<String, Aggregate> aggregations = client.search(search -> search.index(index).size(0)
        .trackTotalHits(total -> total.enabled(true))
        .aggregations("collections", collections -> collections
            .terms(terms -> terms.field(IndexSchema.COLLECTION).size(10_000))
            .aggregations("docs", docs -> docs.filter(term(IndexSchema.KIND, IndexSchema.KIND_DOC)))
            .aggregations("passages", passages -> passages.filter(term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE))))
        .aggregations("levels", levels -> levels.filter(term(IndexSchema.KIND, IndexSchema.KIND_DOC))
            .aggregations("levels", byLevel -> byLevel.terms(terms -> terms.field(IndexSchema.EVIDENCE_LEVEL)
                .size(100))))
        .aggregations("kinds", kinds -> kinds.terms(terms -> terms.field(IndexSchema.KIND).size(10))),
        EvidenceRecord.class).aggregations();
    Map<String, Long> kindCounts = new TreeMap<>();
    for (StringTermsBucket bucket : aggregations.get("kinds").sterms().buckets().array()) {
      kindCounts.put(bucket.key(), bucket.docCount());
    }
    Map<String, IndexStats.SourceCounts> bySource = new TreeMap<>();
    for (StringTermsBucket bucket : aggregations.get("collections").sterms().buckets().array()) {
      long documents = bucket.aggregations().get("docs").filter().docCount();
      if (documents > 0) {
        bySource.put(bucket.key(), new IndexStats.SourceCounts(documents,
            bucket.aggregations().get("passages").filter().docCount()));
      }
    }
    Map<String, Long> levels = new TreeMap<>();
    for (StringTermsBucket bucket : aggregations.get("levels").filter().aggregations().get("levels").sterms().buckets()
        .array()) {
      levels.put(bucket.key(), bucket.docCount());
    }
    Map<String, Long> byEvidenceLevel = new LinkedHashMap<>(); // strongest level first, as embedded
    for (EvidenceLevel level : EvidenceLevel.values()) {
      if (levels.getOrDefault(level.name(), 0L) > 0) {
        byEvidenceLevel.put(level.name(), levels.get(level.name()));
      }
    }
    return new IndexStats(kindCounts.getOrDefault(IndexSchema.KIND_DOC, 0L),
        kindCounts.getOrDefault(IndexSchema.KIND_PASSAGE, 0L), bySource, byEvidenceLevel);
  }

  @Override
  public VectorStatus vectorStatus() throws IOException {
    return new VectorStatus(count(term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_DONE)),
        count(term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING)));
  }

  @Override
  public void close() throws IOException {
    if (ownsConnection) {
      connection.close();
    }
  }

  private List<ScoredPassage> search(Query query, int k) throws IOException {
    return hits(SearchRequest.of(search -> search.index(index).size(k).query(query)
        .source(source -> source.filter(filter -> filter.excludes(SOURCE_EXCLUDED)))));
  }

  private List<ScoredPassage> hits(SearchRequest request) throws IOException {
    List<ScoredPassage> found = new ArrayList<>();
    for (Hit<EvidenceRecord> hit : client.search(request, EvidenceRecord.class).hits().hits()) {
      found.add(new ScoredPassage(hit.score() == null ? 0 : hit.score().floatValue(), hit.source().passage()));
    }
    return found;
  }

  private long count(Query query) throws IOException {
    return client.count(count -> count.index(index).query(query)).count();
  }

  static Query term(String field, String value) {
    return Query.of(q -> q.term(term -> term.field(field).value(FieldValue.of(value))));
  }

  /** Records that pass every filter, unscored. */
  private static Query filtered(Query... filters) {
    return Query.of(q -> q.bool(bool -> bool.filter(List.of(filters))));
  }

  private static Query allWords(String field, String words) {
    return Query.of(q -> q.match(match -> match.field(field).query(FieldValue.of(words)).operator(Operator.And)));
  }

  private static Query phrase(String field, String words) {
    return Query.of(q -> q.matchPhrase(phrase -> phrase.field(field).query(words)));
  }

  static String field(TextQuery.Field field) {
    return switch (field) {
      case BODY -> IndexSchema.BODY;
      case TITLE -> IndexSchema.TITLE;
      case SECTION -> IndexSchema.SECTION;
      case SUBJECT -> IndexSchema.SUBJECT;
    };
  }
}
