package org.galen.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link HybridRetriever} merges a lexical and a dense ranking into one score per passage.
 * Measured on the SciFact training claims (docs/benchmarks.md); {@link #CONVEX} won.
 */
public enum Fusion {
  /**
   * {@code w / (60 + rank)} summed over the rankings (Cormack et al., 2009): needs no score
   * calibration, but throws away how far ahead the top hits are.
   */
  RECIPROCAL_RANK {
    @Override
    Map<String, Double> scores(List<PassageHit> ranking) {
      Map<String, Double> scores = new HashMap<>();
      for (PassageHit hit : ranking) {
        scores.put(HybridRetriever.key(hit), 1.0 / (RRF_K + hit.rank()));
      }
      return scores;
    }
  },
  /** Each ranking's scores min–max normalised to [0, 1] over its candidates, then weighted and summed. */
  CONVEX {
    @Override
    Map<String, Double> scores(List<PassageHit> ranking) {
      Map<String, Double> scores = new HashMap<>();
      if (ranking.isEmpty()) {
        return scores;
      }
      double max = ranking.stream().mapToDouble(PassageHit::score).max().orElse(0);
      double min = ranking.stream().mapToDouble(PassageHit::score).min().orElse(0);
      double range = Math.max(max - min, 1e-9);
      for (PassageHit hit : ranking) {
        scores.put(HybridRetriever.key(hit), (hit.score() - min) / range);
      }
      return scores;
    }
  };

  static final int RRF_K = 60;

  /** Each passage's contribution from one ranking, before weighting; absent means 0. */
  abstract Map<String, Double> scores(List<PassageHit> ranking);
}
