/**
 * Embedding model: text to vectors, in-process, offline ({@link org.galen.embed.Embedder}).
 *
 * <p>Used by the index stage (passage vectors, stored in the Lucene index as HNSW vectors) and by
 * retrieval (query vectors). Swap the model by implementing {@code Embedder}; an index's vectors
 * must all come from one model.
 */
package org.galen.embed;
