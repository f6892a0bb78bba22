package org.galen.index.opensearch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galen.index.Analysis;
import org.galen.index.IndexSchema;

/**
 * The OpenSearch index Galen owns: one index, {@code PREFIX-evidence}, holding document records
 * and passage records like the embedded index (a {@code kind} field tells them apart), with the
 * same field names ({@link IndexSchema}) and the same English analysis ({@link
 * Analysis#openSearchSettings()}), BM25 with Lucene's defaults, and a 384-dimension {@code
 * knn_vector} on the Lucene HNSW engine with cosine similarity. Its version is kept in the
 * mapping's {@code _meta}: an index of another version (or another analysis) is refused.
 */
public final class OpenSearchSchema {
  /** Goes up with any change to the mapping or the analysis. */
  public static final String VERSION = "2";
  public static final int DIMENSION = 384;
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

  /** Creates the index when it does not exist; checks the version of one that does. */
  static void ensure(OpenSearchConnection connection, String index, Layout layout) throws IOException {
    if (connection.status("HEAD", "/" + index) == 200) {
      String found = connection.call("GET", "/" + index + "/_mapping", null).path(index).path("mappings")
          .path("_meta").path("galen_schema").asText("");
      String expected = VERSION + "/" + Analysis.VERSION;
      if (!found.equals(expected)) {
        throw new IOException("the OpenSearch index " + index + " was written by another version of Galen (schema "
            + (found.isEmpty() ? "unknown" : found) + ", this one " + expected + "): re-ingest into a new "
            + "--index-prefix, or delete the index");
      }
      return;
    }
    // Writing starts once every copy of every shard is there (or as many as the nodes can hold):
    // a node lost while a new index's replicas were still starting takes those shards with it.
    int dataNodes = connection.call("GET", "/_cluster/health", null).path("number_of_data_nodes").asInt(1);
    int copies = Math.max(1, Math.min(layout.replicas() + 1, dataNodes));
    connection.call("PUT", "/" + index + "?wait_for_active_shards=" + copies + "&timeout=60s", definition(layout));
  }

  /** The index's settings and mappings. */
  static Map<String, Object> definition(Layout layout) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("number_of_shards", layout.shards());
    settings.put("number_of_replicas", layout.replicas());
    settings.put("knn", true);
    settings.put("analysis", Analysis.openSearchSettings());
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String keyword : List.of(IndexSchema.KIND, IndexSchema.DOC_ID, IndexSchema.ORIGIN, IndexSchema.SOURCE_ID,
        IndexSchema.COLLECTION, IndexSchema.SOURCE_KIND, IndexSchema.EVIDENCE_LEVEL, IndexSchema.VECTOR_STATE)) {
      properties.put(keyword, Map.of("type", "keyword"));
    }
    // Titles and section names are scored but never phrase-searched: no positions, as embedded.
    properties.put(IndexSchema.TITLE, Map.of("type", "text", "analyzer", "galen_english", "index_options", "freqs"));
    properties.put(IndexSchema.SECTION, Map.of("type", "text", "analyzer", "galen_english", "index_options", "freqs"));
    properties.put(IndexSchema.BODY, Map.of("type", "text", "analyzer", "galen_english"));
    // Subject names are phrase-searched (is "Sweet syndrome" a name some source gives?).
    // No length norms: a page listing ten synonyms is no less about each of them.
    properties.put(IndexSchema.SUBJECT, Map.of("type", "text", "analyzer", "galen_english", "norms", false,
        "position_increment_gap", IndexSchema.NAME_GAP));
    properties.put(IndexSchema.SPELL, Map.of("type", "text", "analyzer", "galen_words", "index_options", "docs",
        "norms", false));
    for (String number : List.of(IndexSchema.ORDINAL, IndexSchema.START, IndexSchema.END, IndexSchema.YEAR,
        PASSAGE_COUNT)) {
      properties.put(number, Map.of("type", "integer"));
    }
    properties.put(IndexSchema.SENTENCES, Map.of("type", "keyword", "index", false, "doc_values", false));
    properties.put(IndexSchema.DOCUMENT_JSON, Map.of("type", "text", "index", false));
    Map<String, Object> hnsw = new LinkedHashMap<>(Map.of("name", "hnsw", "engine", "lucene", "space_type", "cosinesimil"));
    if (layout.vectors() == VectorEncoding.INT8) {
      hnsw.put("parameters", Map.of("encoder", Map.of("name", "sq")));
    }
    properties.put(IndexSchema.VECTOR, Map.of("type", "knn_vector", "dimension", DIMENSION, "method", hnsw));
    Map<String, Object> mappings = new LinkedHashMap<>();
    mappings.put("_meta", Map.of("galen_schema", VERSION + "/" + Analysis.VERSION));
    mappings.put("dynamic", "strict");
    mappings.put("properties", properties);
    return Map.of("settings", Map.of("index", settings), "mappings", mappings);
  }
}
