package org.galen.index;

import java.io.IOException;
import java.util.List;

/**
 * A backend that fuses BM25 and vector rankings itself (OpenSearch's {@code hybrid} query and its
 * normalization processor): min–max normalisation of each ranking over its {@code depth}
 * candidates, then {@code lexicalWeight · bm25 + (1 − lexicalWeight) · dense} — the convex fusion
 * Galen computes itself for the embedded index.
 */
public interface NativeHybrid {
  /** The {@code depth} best passages by the fused score, best first. */
  List<ScoredPassage> searchHybrid(TextQuery text, float[] vector, int depth, double lexicalWeight) throws IOException;
}
