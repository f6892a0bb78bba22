package org.galen.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.index.DocumentCodec;
import org.galen.index.EvidenceWriter;
import org.galen.index.IndexSchema;
import org.galen.index.PendingVectors;
import org.galen.index.StoredDocument;
import org.galen.index.StoredPassage;
import org.galen.passage.Passage;
import org.galen.source.Document;

/**
 * Writes the evidence to an OpenSearch cluster through the bulk API: puts are buffered and sent
 * in batches; a document is replaced whole — its records have fixed ids ({@code docId} and {@code
 * docId#ordinal}), so a new version overwrites the old, and the passages an older, longer version
 * had beyond the new count (its record says how many) are deleted in the same bulk request. A
 * re-ingest never duplicates. Documents the cluster refused are named in the failure. {@link #commit()} sends what
 * is buffered and refreshes the index, which is when readers see it. Thread-safe (synchronized:
 * ingest's parallelism is in reading and splitting, the cluster parallelises the bulk).
 */
public final class OpenSearchWriter implements EvidenceWriter {
  /** Documents per bulk request: a few megabytes for NSTG guidelines, a few hundred kilobytes for abstracts. */
  private static final int BATCH_DOCUMENTS = 200;
  /** Bulk requests on their way at once: enough to keep a small cluster's write threads busy, bounded. */
  private static final int IN_FLIGHT = 3;

  private final OpenSearchConnection connection;
  private final String index;
  private final boolean ownsConnection;
  private final StringBuilder bulk = new StringBuilder();
  /** The documents in the pending bulk request, with how many passages each now has (0: deleted). */
  private final Map<String, Integer> buffered = new LinkedHashMap<>();
  /** The documents the pending bulk request deletes (also in {@link #buffered}, with no passages). */
  private final java.util.Set<String> deleting = new java.util.HashSet<>();
  private final java.util.concurrent.ExecutorService senders;
  private final java.util.Deque<java.util.concurrent.Future<?>> inFlight = new java.util.ArrayDeque<>();
  /** Stale documents to drop at the next commit: per source file, the documents it still produces. */
  private final Map<String, List<String>> staleByOrigin = new LinkedHashMap<>();
  /** Kept ids one delete-by-query names at most, so requests stay small when files hold many documents. */
  private static final int STALE_IDS_PER_REQUEST = 50_000;
  /** Documents in bulk requests not yet answered: a document put again waits for them. */
  private final java.util.Set<String> inFlightIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private OpenSearchWriter(OpenSearchConnection connection, String index, boolean ownsConnection) throws IOException {
    this.connection = connection;
    this.index = index;
    this.ownsConnection = ownsConnection;
    this.senders = java.util.concurrent.Executors.newFixedThreadPool(IN_FLIGHT, runnable -> {
      Thread thread = new Thread(runnable, "galen-opensearch-bulk");
      thread.setDaemon(true);
      return thread;
    });
    // No periodic refresh while writing: each one makes a small segment. Commits refresh; close restores it.
    connection.call("PUT", "/" + index + "/_settings", Map.of("index", Map.of("refresh_interval", "-1")));
  }

  /** Like {@link #open}, and closing the writer closes the connection. */
  public static OpenSearchWriter owning(OpenSearchConnection connection, String index, OpenSearchSchema.Layout layout)
      throws IOException {
    try {
      OpenSearchSchema.ensure(connection, index, layout);
      return new OpenSearchWriter(connection, index, true);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Opens the index for writing, creating it with {@code shards} and {@code replicas} when it does not exist. */
  public static OpenSearchWriter open(OpenSearchConnection connection, String index, int shards, int replicas)
      throws IOException {
    return open(connection, index, new OpenSearchSchema.Layout(shards, replicas, OpenSearchSchema.VectorEncoding.FLOAT));
  }

  /** Opens the index for writing, creating it with this layout when it does not exist. */
  public static OpenSearchWriter open(OpenSearchConnection connection, String index, OpenSearchSchema.Layout layout)
      throws IOException {
    OpenSearchSchema.ensure(connection, index, layout);
    return new OpenSearchWriter(connection, index, false);
  }

  @Override
  public void put(Document document, List<Passage> passages, String origin) throws IOException {
    put(document, passages, origin, null);
  }

  @Override
  public synchronized void put(Document document, List<Passage> passages, String origin, List<float[]> vectors)
      throws IOException {
    if (vectors != null && vectors.size() != passages.size()) {
      throw new IllegalArgumentException(vectors.size() + " vectors for " + passages.size() + " passages of "
          + document.docId());
    }
    waitForEarlierVersion(document.docId());
    buffered.put(document.docId(), passages.size());
    for (int i = 0; i < passages.size(); i++) {
      action(document.docId() + "#" + passages.get(i).ordinal(),
          passageRecord(document, passages.get(i), origin, vectors == null ? null : vectors.get(i)));
    }
    Map<String, Object> record = common(document, origin, IndexSchema.KIND_DOC);
    record.put(IndexSchema.DOCUMENT_JSON, DocumentCodec.encode(document));
    record.put(OpenSearchSchema.PASSAGE_COUNT, passages.size());
    action(document.docId(), record);
    if (buffered.size() >= BATCH_DOCUMENTS) {
      send();
    }
  }

  private void action(String id, Map<String, Object> source) throws IOException {
    bulk.append(OpenSearchConnection.JSON.writeValueAsString(Map.of("index", Map.of("_index", index, "_id", id))))
        .append('\n').append(OpenSearchConnection.JSON.writeValueAsString(source)).append('\n');
  }

  /** Its earlier version, in this batch or on its way, must be stored (and counted) before the next. */
  private void waitForEarlierVersion(String docId) throws IOException {
    if (buffered.containsKey(docId) || inFlightIds.contains(docId)) {
      send();
      drain();
    }
  }

  /**
   * Deleted by id in the next bulk request, its record and each passage its stored record counts:
   * a MEDLINE update file retracts a thousand citations, and a delete-by-query each (a refresh
   * apiece) made that minutes.
   */
  @Override
  public synchronized void delete(String docId) throws IOException {
    waitForEarlierVersion(docId);
    buffered.put(docId, 0);
    deleting.add(docId);
    if (buffered.size() >= BATCH_DOCUMENTS) {
      send();
    }
  }

  /**
   * Remembered, and done at the next commit in a few delete-by-query requests for many files: one
   * per file would refresh the index for every file of an ingest.
   */
  @Override
  public synchronized void deleteStale(String origin, Collection<String> keptDocIds) {
    staleByOrigin.put(origin, List.copyOf(keptDocIds));
  }

  private void dropStale() throws IOException {
    List<Object> clauses = new ArrayList<>();
    int ids = 0;
    for (Map.Entry<String, List<String>> origin : staleByOrigin.entrySet()) {
      clauses.add(Map.of("bool", Map.of("filter", List.of(OpenSearchReader.term(IndexSchema.ORIGIN, origin.getKey())),
          "must_not", List.of(Map.of("terms", Map.of(IndexSchema.DOC_ID, origin.getValue()))))));
      ids += origin.getValue().size();
      if (ids >= STALE_IDS_PER_REQUEST || clauses.size() >= 500) {
        deleteWhere(Map.of("bool", Map.of("should", List.copyOf(clauses), "minimum_should_match", 1)));
        clauses.clear();
        ids = 0;
      }
    }
    if (!clauses.isEmpty()) {
      deleteWhere(Map.of("bool", Map.of("should", clauses, "minimum_should_match", 1)));
    }
    staleByOrigin.clear();
  }

  @Override
  public synchronized void commit() throws IOException {
    send();
    drain();
    dropStale();
    connection.call("POST", "/" + index + "/_refresh", null);
  }

  @Override
  public Optional<Document> committed(String docId) throws IOException {
    return new OpenSearchReader(connection, index).document(docId);
  }

  @Override
  public synchronized PendingVectors pendingVectors() throws IOException {
    commit();
    OpenSearchReader reader = new OpenSearchReader(connection, index);
    return new PendingVectors() {
      @Override
      public Map<String, Integer> documents() throws IOException {
        return pendingDocuments();
      }

      @Override
      public Optional<StoredDocument> load(String docId) throws IOException {
        // The document record holds both the document and the file it came from: one read.
        Optional<JsonNode> record = reader.documentRecord(docId);
        if (record.isEmpty()) {
          return Optional.empty();
        }
        JsonNode source = record.get();
        List<Passage> passages = new ArrayList<>();
        for (StoredPassage stored : reader.passages(docId)) {
          passages.add(new Passage(docId, stored.ordinal(), stored.section(), stored.span(), stored.sentences()));
        }
        return Optional.of(new StoredDocument(DocumentCodec.decode(source.path(IndexSchema.DOCUMENT_JSON).asText()),
            source.path(IndexSchema.ORIGIN).asText(""), passages));
      }

      @Override
      public void close() {
        // Nothing held: each call reads the refreshed index.
      }
    };
  }

  /** Documents with passages waiting for vectors and how many, paged through a composite aggregation. */
  private Map<String, Integer> pendingDocuments() throws IOException {
    Map<String, Integer> pending = new LinkedHashMap<>();
    Object after = null;
    while (true) {
      Map<String, Object> composite = new LinkedHashMap<>();
      composite.put("size", 1_000);
      composite.put("sources", List.of(Map.of("doc", Map.of("terms", Map.of("field", IndexSchema.DOC_ID)))));
      if (after != null) {
        composite.put("after", after);
      }
      JsonNode result = connection.call("POST", "/" + index + "/_search", Map.of("size", 0, "query",
          OpenSearchReader.term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING), "aggs",
          Map.of("docs", Map.of("composite", composite)))).path("aggregations").path("docs");
      JsonNode buckets = result.path("buckets");
      if (buckets.isEmpty()) {
        return pending;
      }
      buckets.forEach(b -> pending.put(b.path("key").path("doc").asText(), b.path("doc_count").asInt()));
      after = OpenSearchConnection.JSON.convertValue(result.path("after_key"), Map.class);
    }
  }

  /**
   * Sends the buffered puts in one bulk request, with deletions of the passages the stored versions
   * had beyond the new counts (read with a real-time multi-get, which sees unrefreshed writes too).
   */
  private void send() throws IOException {
    if (buffered.isEmpty()) {
      return;
    }
    JsonNode stored = connection.call("POST", "/" + index + "/_mget?_source_includes=" + OpenSearchSchema.PASSAGE_COUNT,
        Map.of("ids", List.copyOf(buffered.keySet())));
    for (JsonNode doc : stored.path("docs")) {
      String docId = doc.path("_id").asText();
      int before = doc.path("_source").path(OpenSearchSchema.PASSAGE_COUNT).asInt(0);
      for (int ordinal = buffered.getOrDefault(docId, before); ordinal < before; ordinal++) {
        deleteAction(docId + "#" + ordinal);
      }
      if (deleting.contains(docId) && doc.path("found").asBoolean(false)) {
        deleteAction(docId);
      }
    }
    String request = bulk.toString();
    java.util.Set<String> ids = java.util.Set.copyOf(buffered.keySet());
    bulk.setLength(0);
    buffered.clear();
    deleting.clear();
    if (request.isEmpty()) {
      return; // only deletions of documents the index never had
    }
    while (inFlight.size() >= IN_FLIGHT) {
      await(inFlight.removeFirst());
    }
    inFlightIds.addAll(ids);
    inFlight.addLast(senders.submit(() -> {
      try {
        checkBulk(connection.bulk(request));
      } finally {
        inFlightIds.removeAll(ids);
      }
      return null;
    }));
  }

  private void deleteAction(String id) throws IOException {
    bulk.append(OpenSearchConnection.JSON.writeValueAsString(Map.of("delete", Map.of("_index", index, "_id", id))))
        .append('\n');
  }

  /** Waits for every bulk request on its way; the first that failed fails this call. */
  private void drain() throws IOException {
    while (!inFlight.isEmpty()) {
      await(inFlight.removeFirst());
    }
  }

  private static void await(java.util.concurrent.Future<?> sent) throws IOException {
    try {
      sent.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while a bulk request was on its way", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("a bulk request failed: " + e.getCause(), e.getCause());
    }
  }

  private static void checkBulk(JsonNode answer) throws IOException {
    if (answer.path("errors").asBoolean(false)) {
      List<String> failed = new ArrayList<>();
      for (JsonNode item : answer.path("items")) {
        JsonNode result = item.has("index") ? item.path("index") : item.path("delete");
        if (result.has("error")) {
          failed.add(result.path("_id").asText() + " (" + result.path("error").path("reason").asText() + ")");
        }
      }
      throw new IOException("OpenSearch did not store " + failed.size() + " records: "
          + String.join("; ", failed.subList(0, Math.min(5, failed.size()))));
    }
  }

  /** Deletes the records a query matches, once what was written before is visible to it. */
  private void deleteWhere(Object query) throws IOException {
    // A delete-by-query sees what is refreshed: a document sent a moment ago must be among it.
    connection.call("POST", "/" + index + "/_refresh", null);
    connection.call("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed", Map.of("query", query));
  }

  private static Map<String, Object> passageRecord(Document document, Passage passage, String origin, float[] vector) {
    Map<String, Object> record = common(document, origin, IndexSchema.KIND_PASSAGE);
    if (vector != null) {
      record.put(IndexSchema.VECTOR, vector);
    }
    record.put(IndexSchema.VECTOR_STATE, vector == null ? IndexSchema.VECTOR_PENDING : IndexSchema.VECTOR_DONE);
    record.put(IndexSchema.TITLE, document.title());
    record.put(IndexSchema.SECTION, passage.section());
    record.put(IndexSchema.SUBJECT, org.galen.index.SubjectNames.of(document));
    String body = passage.text(document.text());
    record.put(IndexSchema.BODY, body);
    record.put(IndexSchema.SPELL, body);
    record.put(IndexSchema.ORDINAL, passage.ordinal());
    record.put(IndexSchema.START, passage.span().start());
    record.put(IndexSchema.END, passage.span().end());
    record.put(IndexSchema.SENTENCES, DocumentCodec.encodeSpans(passage.sentences()));
    document.year().ifPresent(year -> record.put(IndexSchema.YEAR, year));
    return record;
  }

  private static Map<String, Object> common(Document document, String origin, String kind) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put(IndexSchema.KIND, kind);
    record.put(IndexSchema.DOC_ID, document.docId());
    record.put(IndexSchema.ORIGIN, origin);
    record.put(IndexSchema.SOURCE_ID, document.sourceId());
    record.put(IndexSchema.COLLECTION, document.collection());
    record.put(IndexSchema.SOURCE_KIND, document.sourceKind().name());
    record.put(IndexSchema.EVIDENCE_LEVEL, document.evidenceLevel().name());
    return record;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      commit();
      connection.call("PUT", "/" + index + "/_settings", Map.of("index", java.util.Collections.singletonMap(
          "refresh_interval", null)));
    } finally {
      senders.shutdownNow();
      if (ownsConnection) {
        connection.close();
      }
    }
  }
}
