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

  /**
   * The {@code fused} best passages by the fused score ({@link #searchHybrid(TextQuery, float[], int,
   * int, double)}), re-ranked by {@code score × (1 + bonus)}, the {@code k} best of them kept, equal
   * scores in the order of document id, then passage ordinal. By default the {@code fused} passages
   * are read and re-ranked.
   */
  default List<ScoredPassage> searchHybrid(TextQuery text, float[] vector, int depth, int fused, int k,
      double lexicalWeight, RankingBonus bonus) throws IOException {
    List<ScoredPassage> found = searchHybrid(text, vector, depth, fused, lexicalWeight);
    return BonusRanking.of(found.subList(0, Math.min(fused, found.size())), k, bonus);
  }
}
