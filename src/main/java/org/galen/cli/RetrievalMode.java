package org.galen.cli;

import org.galen.index.EvidenceIndex;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.Retriever;

/** Which retriever a command uses. */
enum RetrievalMode {
  bm25;

  Retriever retriever(EvidenceIndex index) {
    return new Bm25Retriever(index);
  }
}
