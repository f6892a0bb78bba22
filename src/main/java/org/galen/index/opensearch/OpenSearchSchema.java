package org.galen.index.opensearch;

import java.io.IOException;
import java.util.List;
import org.galen.index.Analysis;
import org.galen.index.IndexSchema;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.mapping.KnnVectorMethod;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

/**
 * The OpenSearch index Galen owns: one index, {@code PREFIX-evidence}, holding document records
 * and passage records like the embedded index (a {@code kind} field tells them apart), with the
 * same field names ({@link IndexSchema}) and the same English analysis ({@link
 * OpenSearchAnalysis}), BM25 with Lucene's defaults, and a 384-dimension {@code
 * knn_vector} on the Lucene HNSW engine with cosine similarity. Its version is kept in the
 * mapping's {@code _meta}: an index of another version (or another analysis) is refused.
 */
public final class OpenSearchSchema {
  /** Goes up with any change to the mapping or the analysis. */
  public static final String VERSION = "2";
  public static final int DIMENSION = 384;
  /** The mapping's {@code _meta} entry that holds the schema and analysis versions an index was made with. */
  private static final String VERSION_KEY = "galen_schema";
  /** A document record's count of its passage records (ids {@code docId#0} …): what a replacement deletes beyond. */
  static final String PASSAGE_COUNT = "passageCount";

  private OpenSearchSchema() {}

  /**
   * How the cluster keeps passage vectors: 4-byte floats, or Lucene's scalar quantizer (the
   * {@code sq} encoder: 7-bit integers per segment, about a quarter of the memory HNSW search needs,
   * the floats kept on disk beside them for re-quantizing at merges).
   */
  public enum VectorEncoding { FLOAT, INT8 }

  /** What an ingest that creates the index sets: primary shards, replicas, vector encoding. */
  public record Layout(int shards, int replicas, VectorEncoding vectors) {
    public static final Layout DEFAULT = new Layout(1, 0, VectorEncoding.FLOAT);

    public Layout {
      if (shards < 1 || replicas < 0) {
        throw new IllegalArgumentException("shards take 1 or more, replicas 0 or more");
      }
      java.util.Objects.requireNonNull(vectors, "vectors");
    }
  }

  public static String index(String prefix) {
    return prefix + "-evidence";
  }

  /** A version stamp as text; none, or one that is not text, is no version of Galen's. */
  private static String stampOf(JsonData stamp) {
    if (stamp == null) {
      return "";
    }
    try {
      return stamp.to(String.class);
    } catch (RuntimeException notText) {
      return "";
    }
  }

  /** Creates the index when it does not exist; checks the version of one that does. */
  static void ensure(OpenSearchConnection connection, String index, Layout layout) throws IOException {
    OpenSearchClient client = connection.client();
    if (connection.exists(index)) {
      checkVersion(client, index);
      return;
    }
    // Writing starts once every copy of every shard is there (or as many as the nodes can hold):
    // a node lost while a new index's replicas were still starting takes those shards with it.
    int dataNodes = client.cluster().health().numberOfDataNodes();
    int copies = Math.max(1, Math.min(layout.replicas() + 1, dataNodes));
    try {
      client.indices().create(request -> request.index(index).settings(settings(layout)).mappings(mappings(layout))
          .waitForActiveShards(shards -> shards.count(copies)).timeout(time -> time.time("60s")));
    } catch (IOException failed) {
      // Creating is the one request that is not idempotent: a create sent again after an answer that
      // never came finds the index the first one made (or another writer's), which is checked instead.
      if (!connection.exists(index)) {
        throw failed;
      }
      checkVersion(client, index);
    }
  }

  /** Refuses an index another version of Galen wrote. */
  private static void checkVersion(OpenSearchClient client, String index) throws IOException {
    // The answer is keyed by the index's own name, which is not the name asked for when that is an alias.
    var mappings = client.indices().getMapping(request -> request.index(index)).result().values().stream()
        .findFirst().map(found -> found.mappings()).orElse(null);
    var meta = mappings == null || mappings.meta() == null ? java.util.Map.<String, JsonData>of() : mappings.meta();
    String found = stampOf(meta.get(VERSION_KEY));
    String expected = version();
    if (!found.equals(expected)) {
      throw new IOException("the OpenSearch index " + index + " was written by another version of Galen (schema "
          + (found.isEmpty() ? "unknown" : found) + ", this one " + expected + "): re-ingest into a new "
          + "--index-prefix, or delete the index");
    }
  }

  private static String version() {
    return VERSION + "/" + Analysis.VERSION;
  }

  /** Shards, replicas, k-NN search on, and Galen's analysis. */
  static IndexSettings settings(Layout layout) {
    return IndexSettings.of(settings -> settings.numberOfShards(layout.shards()).numberOfReplicas(layout.replicas())
        .knn(true).analysis(OpenSearchAnalysis.settings()));
  }

  /** Every field of both record kinds ({@link EvidenceRecord}); no other field may be written. */
  static TypeMapping mappings(Layout layout) {
    TypeMapping.Builder mapping = new TypeMapping.Builder().meta(VERSION_KEY, JsonData.of(version()))
        .dynamic(DynamicMapping.Strict);
    for (String keyword : List.of(IndexSchema.KIND, IndexSchema.DOC_ID, IndexSchema.ORIGIN, IndexSchema.SOURCE_ID,
        IndexSchema.COLLECTION, IndexSchema.SOURCE_KIND, IndexSchema.EVIDENCE_LEVEL, IndexSchema.VECTOR_STATE)) {
      mapping.properties(keyword, property -> property.keyword(field -> field));
    }
    // Titles and section names are scored but never phrase-searched: no positions, as embedded.
    mapping.properties(IndexSchema.TITLE, english(IndexOptions.Freqs));
    mapping.properties(IndexSchema.SECTION, english(IndexOptions.Freqs));
    mapping.properties(IndexSchema.BODY, property -> property.text(field -> field
        .analyzer(OpenSearchAnalysis.ENGLISH)));
    // Subject names are phrase-searched (is "Sweet syndrome" a name some source gives?).
    // No length norms: a page listing ten synonyms is no less about each of them.
    mapping.properties(IndexSchema.SUBJECT, property -> property.text(field -> field
        .analyzer(OpenSearchAnalysis.ENGLISH).norms(false).positionIncrementGap(IndexSchema.NAME_GAP)));
    mapping.properties(IndexSchema.SPELL, property -> property.text(field -> field.analyzer(OpenSearchAnalysis.WORDS)
        .indexOptions(IndexOptions.Docs).norms(false)));
    for (String number : List.of(IndexSchema.ORDINAL, IndexSchema.START, IndexSchema.END, IndexSchema.YEAR,
        PASSAGE_COUNT)) {
      mapping.properties(number, property -> property.integer(field -> field));
    }
    mapping.properties(IndexSchema.SENTENCES, property -> property.keyword(field -> field.index(false)
        .docValues(false)));
    mapping.properties(IndexSchema.DOCUMENT_JSON, property -> property.text(field -> field.index(false)));
    KnnVectorMethod.Builder hnsw = new KnnVectorMethod.Builder().name("hnsw").engine("lucene").spaceType("cosinesimil");
    if (layout.vectors() == VectorEncoding.INT8) {
      hnsw.parameters("encoder", JsonData.of(java.util.Map.of("name", "sq")));
    }
    KnnVectorMethod method = hnsw.build();
    mapping.properties(IndexSchema.VECTOR, property -> property.knnVector(field -> field.dimension(DIMENSION)
        .method(method)));
    return mapping.build();
  }

  private static Property english(IndexOptions options) {
    return Property.of(property -> property.text(field -> field.analyzer(OpenSearchAnalysis.ENGLISH)
        .indexOptions(options)));
  }
}
