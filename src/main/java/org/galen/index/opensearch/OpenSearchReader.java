package org.galen.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.galen.index.DocumentCodec;
import org.galen.index.EvidenceReader;
import org.galen.index.IndexSchema;
import org.galen.index.IndexStats;
import org.galen.index.ScoredPassage;
import org.galen.index.StoredPassage;
import org.galen.index.TextQuery;
import org.galen.index.VectorStatus;
import org.galen.passage.Span;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * The evidence on an OpenSearch cluster, read as the embedded index reads it: the same queries
 * (a BM25 clause is a {@code match} on the same field, analysed the same way, with the same
 * boost), the same records. Sees what the last commit ({@code _refresh}) made visible.
 * Thread-safe (the connection is).
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
    this.index = index;
    this.ownsConnection = ownsConnection;
  }

  /** A reader that closes its connection when it is closed. */
  public static OpenSearchReader owning(OpenSearchConnection connection, String index) {
    return new OpenSearchReader(connection, index, true);
  }

  /** What a hit never needs back: its vector, a document's JSON, and the spelling field's copy of the body. */
  private static final Map<String, Object> SOURCE_EXCLUDED = Map.of("excludes",
      List.of(IndexSchema.VECTOR, IndexSchema.DOCUMENT_JSON, IndexSchema.SPELL));

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
    return search(Map.of("knn", Map.of(IndexSchema.VECTOR, Map.of("vector", vector, "k",
        Math.max(k, MIN_VECTOR_CANDIDATES)))), k);
  }

  /**
   * One {@code hybrid} query — the BM25 clauses and the k-NN query — through a search pipeline
   * whose normalization processor min–max normalises each and takes their weighted arithmetic mean.
   */
  @Override
  public List<ScoredPassage> searchHybrid(TextQuery text, float[] vector, int depth, double lexicalWeight)
      throws IOException {
    Map<String, Object> dense = Map.of("knn", Map.of(IndexSchema.VECTOR, Map.of("vector", vector, "k", depth)));
    String pipeline = pipeline(lexicalWeight);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("size", depth);
    body.put("query", Map.of("hybrid", Map.of("queries", List.of(lexical(text), dense))));
    body.put("_source", SOURCE_EXCLUDED);
    List<ScoredPassage> found = new ArrayList<>();
    for (JsonNode hit : connection.call("POST", "/" + index + "/_search?search_pipeline=" + pipeline, body)
        .path("hits").path("hits")) {
      found.add(new ScoredPassage((float) hit.path("_score").asDouble(0), passage(hit.path("_source"))));
    }
    return found;
  }

  /**
   * A BM25 query as the embedded index runs it: each clause a boosted {@code match}, any may match.
   * No filter on the record kind: only passage records have the text fields, and a pure
   * disjunction is what Lucene skips through fastest.
   */
  private static Map<String, Object> lexical(TextQuery query) {
    List<Object> should = new ArrayList<>();
    for (TextQuery.Clause clause : query.clauses()) {
      should.add(Map.of("match", Map.of(field(clause.field()), Map.of("query", clause.text(), "boost", clause.weight()))));
    }
    return Map.of("bool", Map.of("should", should));
  }

  private String pipeline(double lexicalWeight) throws IOException {
    String name = index + "-hybrid-" + Math.round(lexicalWeight * 1000);
    if (pipelines.add(name)) {
      connection.call("PUT", "/_search/pipeline/" + name, Map.of("description", "Galen hybrid: BM25 weight "
          + lexicalWeight, "phase_results_processors", List.of(Map.of("normalization-processor", Map.of(
              "normalization", Map.of("technique", "min_max"),
              "combination", Map.of("technique", "arithmetic_mean", "parameters",
                  Map.of("weights", List.of(lexicalWeight, 1 - lexicalWeight))))))));
    }
    return name;
  }

  @Override
  public Optional<Document> document(String docId) throws IOException {
    return documentRecord(docId).map(record -> DocumentCodec.decode(record.path(IndexSchema.DOCUMENT_JSON).asText()));
  }

  /** A document's record as stored: the document's JSON and the file it came from, among others. */
  Optional<JsonNode> documentRecord(String docId) throws IOException {
    JsonNode hits = connection.call("POST", "/" + index + "/_search", Map.of("size", 1, "query", Map.of("bool",
        Map.of("filter", List.of(term(IndexSchema.KIND, IndexSchema.KIND_DOC), term(IndexSchema.DOC_ID, docId))))))
        .path("hits").path("hits");
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).path("_source"));
  }

  @Override
  public List<StoredPassage> passages(String docId) throws IOException {
    List<StoredPassage> passages = new ArrayList<>(search(Map.of("bool", Map.of("filter",
        List.of(term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE), term(IndexSchema.DOC_ID, docId)))),
        MAX_PASSAGES_PER_DOCUMENT).stream().map(ScoredPassage::passage).toList());
    passages.sort(java.util.Comparator.comparingInt(StoredPassage::ordinal));
    return passages;
  }

  @Override
  public List<StoredPassage> guidelinePassagesTitled(String words, int max) throws IOException {
    return guidelinePassages(Map.of("match", Map.of(IndexSchema.TITLE, Map.of("query", words, "operator", "and"))), max);
  }

  @Override
  public List<StoredPassage> guidelinePassagesMatching(String words, int max) throws IOException {
    return guidelinePassages(Map.of("match", Map.of(IndexSchema.BODY, Map.of("query", words))), max);
  }

  private List<StoredPassage> guidelinePassages(Object match, int max) throws IOException {
    return search(Map.of("bool", Map.of("must", List.of(match), "filter", List.of(
        term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE), term(IndexSchema.SOURCE_KIND, SourceKind.GUIDELINE.name())))),
        max).stream().map(ScoredPassage::passage).toList();
  }

  @Override
  public boolean hasPhrase(String words) throws IOException {
    // Titles keep no positions (they are short): every word in one title stands for the phrase.
    return count(Map.of("bool", Map.of("should", List.of(
        Map.of("match_phrase", Map.of(IndexSchema.BODY, words)),
        Map.of("match_phrase", Map.of(IndexSchema.SUBJECT, words)),
        Map.of("match", Map.of(IndexSchema.TITLE, Map.of("query", words, "operator", "and")))),
        "minimum_should_match", 1, "filter", List.of(term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE))))) > 0;
  }

  @Override
  public boolean hasTerm(String stem) throws IOException {
    return count(Map.of("bool", Map.of("should", List.of(term(IndexSchema.BODY, stem), term(IndexSchema.TITLE, stem),
        term(IndexSchema.SUBJECT, stem)),
        "minimum_should_match", 1))) > 0;
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
    Map<String, Object> suggester = new LinkedHashMap<>();
    suggester.put("field", IndexSchema.SPELL);
    suggester.put("suggest_mode", "missing");
    suggester.put("max_edits", lower.length() < TWO_EDITS_FROM ? 1 : 2);
    suggester.put("size", 2);
    suggester.put("string_distance", "internal");
    suggester.put("min_word_length", MIN_CORRECTED_LENGTH);
    suggester.put("prefix_length", 1);
    suggester.put("analyzer", "keyword");
    JsonNode options = connection.call("POST", "/" + index + "/_search", Map.of("size", 0, "suggest",
        Map.of("spelling", Map.of("text", lower, "term", suggester)))).path("suggest").path("spelling").path(0)
        .path("options");
    if (options.isEmpty()) {
      return Optional.empty();
    }
    if (options.size() > 1 && options.get(1).path("score").asDouble() >= options.get(0).path("score").asDouble()
        && options.get(0).path("freq").asLong() < (long) CLEARLY_MORE_FREQUENT * options.get(1).path("freq").asLong()) {
      return Optional.empty();
    }
    return Optional.of(options.get(0).path("text").asText());
  }

  @Override
  public IndexStats stats() throws IOException {
    Map<String, Object> byCollection = Map.of("terms", Map.of("field", IndexSchema.COLLECTION, "size", 10_000),
        "aggs", Map.of("docs", Map.of("filter", term(IndexSchema.KIND, IndexSchema.KIND_DOC)),
            "passages", Map.of("filter", term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE))));
    Map<String, Object> byLevel = Map.of("filter", term(IndexSchema.KIND, IndexSchema.KIND_DOC),
        "aggs", Map.of("levels", Map.of("terms", Map.of("field", IndexSchema.EVIDENCE_LEVEL, "size", 100))));
    Map<String, Object> kinds = Map.of("terms", Map.of("field", IndexSchema.KIND, "size", 10));
    JsonNode aggregations = connection.call("POST", "/" + index + "/_search", Map.of("size", 0, "track_total_hits", true,
        "aggs", Map.of("collections", byCollection, "levels", byLevel, "kinds", kinds))).path("aggregations");
    Map<String, Long> kindCounts = new TreeMap<>();
    aggregations.path("kinds").path("buckets").forEach(b -> kindCounts.put(b.path("key").asText(), b.path("doc_count").asLong()));
    Map<String, IndexStats.SourceCounts> bySource = new TreeMap<>();
    for (JsonNode bucket : aggregations.path("collections").path("buckets")) {
      long documents = bucket.path("docs").path("doc_count").asLong();
      if (documents > 0) {
        bySource.put(bucket.path("key").asText(), new IndexStats.SourceCounts(documents,
            bucket.path("passages").path("doc_count").asLong()));
      }
    }
    Map<String, Long> levels = new TreeMap<>();
    aggregations.path("levels").path("levels").path("buckets")
        .forEach(b -> levels.put(b.path("key").asText(), b.path("doc_count").asLong()));
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

  private List<ScoredPassage> search(Object query, int k) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("size", k);
    body.put("query", query);
    body.put("_source", SOURCE_EXCLUDED);
    List<ScoredPassage> found = new ArrayList<>();
    for (JsonNode hit : connection.call("POST", "/" + index + "/_search", body).path("hits").path("hits")) {
      found.add(new ScoredPassage((float) hit.path("_score").asDouble(0), passage(hit.path("_source"))));
    }
    return found;
  }

  private long count(Object query) throws IOException {
    return connection.call("POST", "/" + index + "/_count", Map.of("query", query)).path("count").asLong();
  }

  static Map<String, Object> term(String field, String value) {
    return Map.of("term", Map.of(field, value));
  }

  static String field(TextQuery.Field field) {
    return switch (field) {
      case BODY -> IndexSchema.BODY;
      case TITLE -> IndexSchema.TITLE;
      case SECTION -> IndexSchema.SECTION;
      case SUBJECT -> IndexSchema.SUBJECT;
    };
  }

  /** A passage record as {@code OpenSearchWriter} stored it. */
  static StoredPassage passage(JsonNode source) {
    JsonNode year = source.path(IndexSchema.YEAR);
    return new StoredPassage(source.path(IndexSchema.DOC_ID).asText(), source.path(IndexSchema.SOURCE_ID).asText(),
        source.path(IndexSchema.COLLECTION).asText(), source.path(IndexSchema.TITLE).asText(),
        source.path(IndexSchema.SECTION).asText(), SourceKind.valueOf(source.path(IndexSchema.SOURCE_KIND).asText()),
        EvidenceLevel.valueOf(source.path(IndexSchema.EVIDENCE_LEVEL).asText()),
        year.isMissingNode() || year.isNull() ? Optional.empty() : Optional.of(year.asInt()),
        source.path(IndexSchema.ORDINAL).asInt(),
        new Span(source.path(IndexSchema.START).asInt(), source.path(IndexSchema.END).asInt()),
        DocumentCodec.decodeSpans(source.path(IndexSchema.SENTENCES).asText()), source.path(IndexSchema.BODY).asText());
  }
}
