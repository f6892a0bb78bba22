/**
 * The evidence on an OpenSearch cluster: the same records, analysis and queries as the embedded
 * index, behind the same domain interfaces ({@link org.galen.index.EvidenceReader} by {@link
 * org.galen.index.opensearch.OpenSearchReader}, {@link org.galen.index.EvidenceWriter} by {@link
 * org.galen.index.opensearch.OpenSearchWriter}), so nothing past the index stage knows which
 * backend it reads. {@code OpenSearchParityTest} holds the two to the same answers;
 * {@code OpenSearchFaultsTest} and {@code OpenSearchFailuresTest} hold what a lost node, a busy
 * or absent cluster and an index of another version do, and what the user is told.
 *
 * <p>Everything goes through {@code opensearch-java}'s typed API: the index's settings, analysis
 * ({@link org.galen.index.opensearch.OpenSearchAnalysis}) and mapping ({@link
 * org.galen.index.opensearch.OpenSearchSchema}), queries as {@code BoolQuery}, {@code MatchQuery},
 * {@code KnnQuery} and {@code HybridQuery}, the hybrid search pipeline, aggregations and the term
 * suggester, bulk operations, and hits read back as one record class ({@link
 * org.galen.index.opensearch.EvidenceRecord}). A new field goes into {@code IndexSchema}, {@code
 * EvidenceRecord} and {@code OpenSearchSchema.mappings}, with {@code OpenSearchSchema.VERSION} up.
 *
 * <p>What stays hand-written, and why:
 *
 * <ul>
 *   <li><b>Batching the bulk writes</b> ({@code OpenSearchWriter}: 200 documents a request, three
 *       requests on their way, on the writer's own threads) rather than the client's {@code
 *       BulkIngester}. The ingester came with {@code opensearch-java} 3.5.0 (this build is on
 *       3.2.0; 3.8.0 resolves from the Maven mirror), and it was weighed against what the writer
 *       must do: a commit waits until every request sent so far is answered before it refreshes
 *       and drops stale documents, and the ingester waits only in {@code close()} ({@code flush()}
 *       returns at once); replacing a document reads the stored passage counts of a whole batch
 *       (one multi-get) and deletes the passages beyond in the same request, and a document put
 *       again waits for its earlier version's request, while the ingester cuts batches by
 *       operation count and bytes and sends them concurrently in no order a document can wait on;
 *       and its back-off retries only items answered 429, giving up on a request that got no
 *       answer, which is what losing a node mid-ingest looks like. Taking it would have replaced
 *       the executor and its queue of futures (some 25 lines) with a listener that tracks the
 *       same documents and failures, and an ingester closed and rebuilt at every commit: no gain.
 *       The requests themselves are the client's typed {@code BulkRequest}, {@code BulkOperation}
 *       and {@code BulkResponse}, not hand-built NDJSON, sent to the client's bulk endpoint with a
 *       {@code filter_path}: the client cannot read the replica failures a node lost mid-ingest
 *       puts in each item's {@code _shards} (opensearch-java issue 551, open in every 3.x), so the
 *       writer asks only for what it reads.</li>
 *   <li><b>Retries and what a failure says</b> ({@link
 *       org.galen.index.opensearch.RetryingTransport}): the client moves a request to the next
 *       node, but does not ask a busy cluster (429, 503) again or resend a request no node
 *       answered, and its errors are runtime exceptions or messages about its own internals. The
 *       transport wraps the client's, so every typed request gets the same bounded back-off and
 *       an IOException that names the request and the cluster's reason.</li>
 *   <li><b>Restoring the refresh interval</b> when a writer closes: only a JSON {@code null} says
 *       "back to the default", and the typed settings leave null fields out, so that one request
 *       goes through the client's generic API.</li>
 * </ul>
 */
package org.galen.index.opensearch;
