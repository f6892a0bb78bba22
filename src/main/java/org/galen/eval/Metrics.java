package org.galen.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Retrieval metrics with trec_eval's definitions, per topic; averaged over every judged topic
 * (a judged topic missing from the run scores 0, as {@code trec_eval -c} counts it).
 *
 * <ul>
 *   <li>nDCG@k ({@code ndcg_cut_k}): gain = grade, discount log2(rank + 1), ideal = judged grades sorted;
 *   <li>R@k ({@code recall_k}): relevant (grade &gt; 0) documents in the top k over all relevant;
 *   <li>MRR@k: 1 / rank of the first relevant document within the top k, else 0.
 * </ul>
 */
public final class Metrics {
  private Metrics() {}

  public static double ndcg(List<RankedDocument> ranking, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      int grade = judged.getOrDefault(ranking.get(i).sourceId(), 0);
      if (grade > 0) {
        dcg += grade / log2(i + 2);
      }
    }
    List<Integer> ideal = new ArrayList<>(judged.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      if (ideal.get(i) > 0) {
        idcg += ideal.get(i) / log2(i + 2);
      }
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double recall(List<RankedDocument> ranking, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(grade -> grade > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranking.stream().limit(k).filter(d -> judged.getOrDefault(d.sourceId(), 0) > 0).count();
    return found / (double) relevant;
  }

  public static double reciprocalRank(List<RankedDocument> ranking, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (judged.getOrDefault(ranking.get(i).sourceId(), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
