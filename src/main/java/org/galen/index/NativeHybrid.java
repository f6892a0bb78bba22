package org.galen.index;

import java.io.IOException;
import java.util.List;

/**
 * A backend that fuses BM25 and vector rankings itself (OpenSearch's {@code hybrid} query and its
 * normalization processor; the embedded index on the numbers of its own documents): min–max
 * normalisation of each ranking over its {@code depth} candidates, then {@code lexicalWeight ·
 * bm25 + (1 − lexicalWeight) · dense} — {@code retrieve.HybridRetriever}'s convex fusion.
 */
public interface NativeHybrid {
  /**
   * At least the {@code k} best passages by the fused score, best first (a backend may return up
   * to {@code depth}); equal fused scores in the order of document id, then passage ordinal.
   */
  List<ScoredPassage> searchHybrid(TextQuery text, float[] vector, int depth, int k, double lexicalWeight)
      throws IOException;
}
