package org.galen.cli;

/** Which retrieval a command uses; {@code auto} is hybrid when the index's vectors are complete, else BM25. */
enum RetrievalMode {
  auto, bm25, dense, hybrid
}
