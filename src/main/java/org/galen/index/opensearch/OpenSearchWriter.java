package org.galen.index.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.galen.index.EvidenceWriter;
import org.galen.index.IndexSchema;
import org.galen.index.PendingVectors;
import org.galen.index.StoredDocument;
import org.galen.index.StoredPassage;
import org.galen.passage.Passage;
import org.galen.source.Document;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.ErrorResponse;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.get.GetResult;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.endpoints.SimpleEndpoint;

/**
 * Writes the evidence to an OpenSearch cluster through the bulk API, as the client's typed bulk
 * operations on {@link EvidenceRecord}s. Puts are buffered and sent in batches, a few requests at
 * once (why this writer batches itself rather than with the client's {@code BulkIngester}: see the
 * package documentation). A document is replaced whole — its records have fixed ids ({@code
 * docId} and {@code docId#ordinal}), so a new version overwrites the old, and the passages an
 * older, longer version had beyond the new count (its record says how many) are deleted in the
 * same bulk request. A re-ingest never duplicates. Documents the cluster refused are named in the
 * failure. {@link #commit()} sends what is buffered and refreshes the index, which is when readers
 * see it. Thread-safe (synchronized: ingest's parallelism is in reading and splitting, the cluster
 * parallelises the bulk).
 */
public final class OpenSearchWriter implements EvidenceWriter {
  /** Documents per bulk request: a few megabytes for NSTG guidelines, a few hundred kilobytes for abstracts. */
  private static final int BATCH_DOCUMENTS = 200;
  /** Bulk requests on their way at once: enough to keep a small cluster's write threads busy, bounded. */
  private static final int IN_FLIGHT = 3;

  private final OpenSearchConnection connection;
  private final OpenSearchClient client;
  private final String index;
  private final boolean ownsConnection;
  /** The pending bulk request's operations, in the order they apply. */
  private final List<BulkOperation> bulk = new ArrayList<>();
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
  /**
   * The client's bulk endpoint, asking the cluster for only what {@link #checkBulk} reads of each
   * item. Besides a far smaller answer, this leaves out each item's {@code _shards}: when a node is
   * lost mid-ingest it lists replica failures, which the client cannot read (its {@code
   * ShardFailure} wants {@code shard}, the server writes {@code _shard}: opensearch-java issue 551),
   * and the whole answer would fail to decode.
   */
  private static final Endpoint<BulkRequest, BulkResponse, ErrorResponse> BULK = new SimpleEndpoint<>(
      BulkRequest._ENDPOINT::method, BulkRequest._ENDPOINT::requestUrl, request -> {
        Map<String, String> parameters = new java.util.HashMap<>(BulkRequest._ENDPOINT.queryParameters(request));
        parameters.put("filter_path", "took,errors,items.*._index,items.*._id,items.*.status,items.*.error");
        return parameters;
      }, BulkRequest._ENDPOINT::headers, true, BulkResponse._DESERIALIZER);

  private OpenSearchWriter(OpenSearchConnection connection, String index, boolean ownsConnection) throws IOException {
    this.connection = connection;
    this.client = connection.client();
    this.index = index;
    this.ownsConnection = ownsConnection;
    this.senders = java.util.concurrent.Executors.newFixedThreadPool(IN_FLIGHT, runnable -> {
      Thread thread = new Thread(runnable, "galen-opensearch-bulk");
      thread.setDaemon(true);
      return thread;
    });
    // No periodic refresh while writing: each one makes a small segment. Commits refresh; close restores it.
    client.indices().putSettings(request -> request.index(index).settings(settings -> settings
        .refreshInterval(interval -> interval.time("-1"))));
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
      store(document.docId() + "#" + passages.get(i).ordinal(),
          EvidenceRecord.of(document, passages.get(i), origin, vectors == null ? null : vectors.get(i)));
    }
    store(document.docId(), EvidenceRecord.of(document, origin, passages.size()));
    if (buffered.size() >= BATCH_DOCUMENTS) {
      send();
    }
  }

  private void store(String id, EvidenceRecord record) {
    bulk.add(BulkOperation.of(operation -> operation.index(put -> put.id(id).document(record))));
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
    List<Query> clauses = new ArrayList<>();
    int ids = 0;
    for (Map.Entry<String, List<String>> origin : staleByOrigin.entrySet()) {
      List<FieldValue> kept = origin.getValue().stream().map(FieldValue::of).toList();
      clauses.add(Query.of(q -> q.bool(bool -> bool.filter(OpenSearchReader.term(IndexSchema.ORIGIN, origin.getKey()))
          .mustNot(not -> not.terms(terms -> terms.field(IndexSchema.DOC_ID).terms(values -> values.value(kept)))))));
      ids += origin.getValue().size();
      if (ids >= STALE_IDS_PER_REQUEST || clauses.size() >= 500) {
        deleteWhere(anyOf(clauses));
        clauses.clear();
        ids = 0;
      }
    }
    if (!clauses.isEmpty()) {
      deleteWhere(anyOf(clauses));
    }
    staleByOrigin.clear();
  }

  private static Query anyOf(List<Query> clauses) {
    List<Query> copy = List.copyOf(clauses);
    return Query.of(q -> q.bool(bool -> bool.should(copy).minimumShouldMatch("1")));
  }

  @Override
  public synchronized void commit() throws IOException {
    send();
    drain();
    dropStale();
    client.indices().refresh(request -> request.index(index));
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
        Optional<EvidenceRecord> record = reader.documentRecord(docId);
        if (record.isEmpty()) {
          return Optional.empty();
        }
        List<Passage> passages = new ArrayList<>();
        for (StoredPassage stored : reader.passages(docId)) {
          passages.add(new Passage(docId, stored.ordinal(), stored.section(), stored.span(), stored.sentences()));
        }
        return Optional.of(new StoredDocument(record.get().decodedDocument(),
            Objects.requireNonNullElse(record.get().origin(), ""), passages));
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
    Map<String, CompositeAggregationSource> byDocument = Map.of("doc", CompositeAggregationSource.of(source -> source
        .terms(terms -> terms.field(IndexSchema.DOC_ID))));
    Map<String, FieldValue> after = null; // the first page has none
    while (true) {
      Map<String, FieldValue> from = after;
      CompositeAggregate page = client.search(search -> search.index(index).size(0)
          .query(OpenSearchReader.term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING))
          .aggregations("docs", docs -> docs.composite(composite -> from == null
              ? composite.size(1_000).sources(byDocument) : composite.size(1_000).sources(byDocument).after(from))),
          EvidenceRecord.class).aggregations().get("docs").composite();
      List<CompositeBucket> buckets = page.buckets().array();
      if (buckets.isEmpty()) {
        return pending;
      }
      buckets.forEach(bucket -> pending.put(bucket.key().get("doc").stringValue(), (int) bucket.docCount()));
      after = page.afterKey();
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
    List<String> ids = List.copyOf(buffered.keySet());
    for (MultiGetResponseItem<EvidenceRecord> item : client.mget(request -> request.index(index).ids(ids)
        .sourceIncludes(OpenSearchSchema.PASSAGE_COUNT), EvidenceRecord.class).docs()) {
      if (!item.isResult()) {
        // Counting an unreadable copy as none would leave a longer old version's last passages searchable.
        throw new IOException("OpenSearch could not read the stored version of " + item.failure().id() + " in "
            + index + ": " + item.failure().error().reason());
      }
      GetResult<EvidenceRecord> stored = item.result();
      String docId = stored.id();
      int before = stored.found() && stored.source() != null && stored.source().passageCount() != null
          ? stored.source().passageCount() : 0;
      for (int ordinal = buffered.getOrDefault(docId, before); ordinal < before; ordinal++) {
        deleteAction(docId + "#" + ordinal);
      }
      if (deleting.contains(docId) && stored.found()) {
        deleteAction(docId);
      }
    }
    List<BulkOperation> request = List.copyOf(bulk);
    bulk.clear();
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
        checkBulk(client._transport().performRequest(BulkRequest.of(bulk -> bulk.index(index).operations(request)),
            BULK, client._transportOptions()));
      } finally {
        ids.forEach(inFlightIds::remove);
      }
      return null;
    }));
  }

  private void deleteAction(String id) {
    bulk.add(BulkOperation.of(operation -> operation.delete(delete -> delete.id(id))));
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

  private static void checkBulk(BulkResponse answer) throws IOException {
    if (answer.errors()) {
      List<String> failed = new ArrayList<>();
      for (BulkResponseItem item : answer.items()) {
        if (item.error() != null) {
          failed.add(item.id() + " (" + Objects.requireNonNullElse(item.error().reason(), item.error().type()) + ")");
        }
      }
      throw new IOException("OpenSearch did not store " + failed.size() + " records: "
          + String.join("; ", failed.subList(0, Math.min(5, failed.size()))));
    }
  }

  /** Deletes the records a query matches, once what was written before is visible to it. */
  private void deleteWhere(Query query) throws IOException {
    // A delete-by-query sees what is refreshed: a document sent a moment ago must be among it.
    client.indices().refresh(request -> request.index(index));
    client.deleteByQuery(request -> request.index(index).query(query).refresh(Refresh.True)
        .conflicts(Conflicts.Proceed));
  }

  /**
   * Back to the cluster's default refresh interval, which only a JSON null says: the client's
   * typed settings leave a null field out. This one request stays on the client's generic API.
   */
  private void restoreRefreshInterval() throws IOException {
    byte[] json = "{\"index\":{\"refresh_interval\":null}}".getBytes(StandardCharsets.UTF_8);
    try (Response response = client.generic().execute(Requests.builder().method("PUT").endpoint("/" + index
        + "/_settings").body(Body.from(json, "application/json")).build())) {
      if (response.getStatus() >= 300) {
        throw new IOException("OpenSearch (" + connection.describe() + ") refused PUT /" + index + "/_settings: HTTP "
            + response.getStatus() + " " + response.getBody().map(Body::bodyAsString).orElse(""));
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      commit();
      restoreRefreshInterval();
    } finally {
      senders.shutdownNow();
      if (ownsConnection) {
        connection.close();
      }
    }
  }
}
