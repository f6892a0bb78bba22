package org.galen.cli;

import java.io.IOException;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceIndex;
import org.galen.index.VectorStatus;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.DenseRetriever;
import org.galen.retrieve.HybridRetriever;
import org.galen.retrieve.Retriever;

/** Which retriever a command uses; {@code auto} is hybrid when the index's vectors are complete, else BM25. */
enum RetrievalMode {
  auto, bm25, dense, hybrid;

  /** The retriever chosen for an index, and the embedder it owns (closed with it). */
  record Setup(RetrievalMode mode, Retriever retriever, Embedder embedder) implements AutoCloseable {
    @Override
    public void close() {
      if (embedder != null) {
        embedder.close();
      }
    }
  }

  Setup open(EvidenceIndex index) throws IOException {
    RetrievalMode resolved = this;
    if (this == auto) {
      resolved = index.vectorStatus().complete() ? hybrid : bm25;
    }
    if (resolved == bm25) {
      return new Setup(bm25, new Bm25Retriever(index), null);
    }
    VectorStatus vectors = index.vectorStatus();
    if (!vectors.complete()) {
      throw new UserError("--mode " + resolved + " needs every passage embedded, and " + vectors.pending()
          + " are still pending: run 'galen embed' first");
    }
    Embedder embedder = new BgeSmallEmbedder();
    Retriever denseRetriever = new DenseRetriever(index, embedder);
    Retriever retriever = resolved == dense ? denseRetriever
        : new HybridRetriever(new Bm25Retriever(index), denseRetriever);
    return new Setup(resolved, retriever, embedder);
  }
}
