/**
 * Stage 3, index: the embedded Lucene index on disk (or an OpenSearch cluster, {@code
 * index.opensearch}), and the ingest run that fills it.
 *
 * <p>Takes in documents (from {@code source}) and their passages (from {@code passage}); hands on
 * read access ({@link org.galen.index.EvidenceReader}, one interface for both backends) to
 * retrieval and to {@code show}/{@code stats}, and write access ({@link
 * org.galen.index.EvidenceWriter}) to ingest. Field names live in {@link org.galen.index.IndexSchema}; every change to what is stored
 * goes through it. Writes become visible only at commit, so readers always see a whole index.
 */
package org.galen.index;
