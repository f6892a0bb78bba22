/**
 * Stage 3, index: the embedded Lucene index on disk (or an OpenSearch cluster, {@code
 * index.opensearch}), and the ingest run ({@link org.galen.index.Ingestion}) that fills it.
 *
 * <p>Takes in documents (from {@code source}) and their passages (from {@code passage}). Hands on
 * read access, {@link org.galen.index.EvidenceReader} ({@code EvidenceIndex} on disk, {@code
 * OpenSearchReader} on a cluster), to retrieval, the answer stage and {@code show}/{@code stats};
 * write access, {@link org.galen.index.EvidenceWriter} ({@code Indexer}, {@code OpenSearchWriter}),
 * to ingest; the one English analysis ({@link org.galen.index.Analysis}) to question matching; and
 * the embedded index's folder as an operator handles it ({@link org.galen.index.IndexFiles}: check,
 * copy at a commit) to {@code check} and {@code backup}. Lucene stays inside this package: everything
 * it hands on speaks documents, passages, stems and files (a test holds every other package to it).
 *
 * <p>Field names live in {@link org.galen.index.IndexSchema}; every change to what is stored goes
 * through it. Writes become visible only at commit, so readers always see a whole index.
 */
package org.galen.index;
