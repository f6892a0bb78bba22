package org.galen.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses a lexical and a dense ranking: {@code score = w · lexical + (1 − w) · dense}, each part as
 * its {@link Fusion} scores it. The default weight and fusion were chosen on the SciFact training
 * claims (docs/benchmarks.md), where dense alone beats BM25 and their convex combination beats both.
 */
public final class HybridRetriever implements Retriever {
  /** Candidates taken from each ranking before fusion. */
  static final int CANDIDATES = 200;
  /** BM25's share of the fused score; 0.3–0.45 scored within 0.003 nDCG@10 of each other. */
  public static final double DEFAULT_LEXICAL_WEIGHT = 0.4;

  private final Retriever lexical;
  private final Retriever dense;
  private final Fusion fusion;
  private final double lexicalWeight;

  public HybridRetriever(Retriever lexical, Retriever dense, Fusion fusion, double lexicalWeight) {
    if (lexicalWeight < 0 || lexicalWeight > 1) {
      throw new IllegalArgumentException("lexical weight must be in [0, 1], not " + lexicalWeight);
    }
    this.lexical = lexical;
    this.dense = dense;
    this.fusion = fusion;
    this.lexicalWeight = lexicalWeight;
  }

  public HybridRetriever(Retriever lexical, Retriever dense) {
    this(lexical, dense, Fusion.CONVEX, DEFAULT_LEXICAL_WEIGHT);
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    int depth = Math.max(k, CANDIDATES);
    List<PassageHit> lexicalHits = lexical.retrieve(query, depth);
    List<PassageHit> denseHits = dense.retrieve(query, depth);
    Map<String, PassageHit> byKey = new LinkedHashMap<>();
    lexicalHits.forEach(hit -> byKey.putIfAbsent(key(hit), hit));
    denseHits.forEach(hit -> byKey.putIfAbsent(key(hit), hit));
    Map<String, Double> lexicalScores = fusion.scores(lexicalHits);
    Map<String, Double> denseScores = fusion.scores(denseHits);
    Map<String, Double> fused = new HashMap<>();
    for (String key : byKey.keySet()) {
      fused.put(key, lexicalWeight * lexicalScores.getOrDefault(key, 0.0)
          + (1 - lexicalWeight) * denseScores.getOrDefault(key, 0.0));
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    // Equal fused scores fall back to the passage's identity, so equal inputs give equal rankings.
    keys.sort(Comparator.comparingDouble((String key) -> fused.get(key)).reversed()
        .thenComparing(key -> byKey.get(key).passage().docId())
        .thenComparingInt(key -> byKey.get(key).passage().ordinal()));
    List<PassageHit> hits = new ArrayList<>(Math.min(k, keys.size()));
    for (String key : keys.subList(0, Math.min(k, keys.size()))) {
      hits.add(new PassageHit(hits.size() + 1, fused.get(key).floatValue(), byKey.get(key).passage()));
    }
    return hits;
  }

  static String key(PassageHit hit) {
    return hit.passage().docId() + "#" + hit.passage().ordinal();
  }
}
