package org.galen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The convex fusion of a BM25 and a vector ranking ({@link NativeHybrid}) on one commit, by
 * Lucene's numbers for the passages, with {@code retrieve.HybridRetriever}'s arithmetic: each
 * ranking min–max normalised over its candidates, {@code w · bm25 + (1 − w) · dense}, equal fused
 * scores ordered by document id, then passage ordinal. Only the passages that can be among the
 * first {@code k} are read from the stored fields: the {@code k} best and any tied with the last.
 */
final class HybridFusion {
  /** The smallest range a ranking's scores are normalised over, as the fusion in {@code retrieve} has it. */
  private static final double MIN_RANGE = 1e-9;

  /** Reads a passage by Lucene's number for it, in the searcher's commit. */
  interface PassageReader {
    StoredPassage read(IndexSearcher searcher, int luceneDocId) throws IOException;
  }

  private HybridFusion() {}

  static List<ScoredPassage> fuse(IndexSearcher searcher, Optional<Query> lexical, Query dense, int depth, int k,
      double lexicalWeight, PassageReader passages) throws IOException {
    ScoreDoc[] lexicalHits = lexical.isPresent() ? searcher.search(lexical.get(), depth).scoreDocs : new ScoreDoc[0];
    ScoreDoc[] denseHits = searcher.search(dense, depth).scoreDocs;
    Map<Integer, Double> lexicalScores = normalised(lexicalHits);
    Map<Integer, Double> denseScores = normalised(denseHits);
    Set<Integer> candidates = new LinkedHashSet<>();
    for (ScoreDoc hit : lexicalHits) {
      candidates.add(hit.doc);
    }
    for (ScoreDoc hit : denseHits) {
      candidates.add(hit.doc);
    }
    Map<Integer, Double> fused = new HashMap<>();
    for (int doc : candidates) {
      fused.put(doc, lexicalWeight * lexicalScores.getOrDefault(doc, 0.0)
          + (1 - lexicalWeight) * denseScores.getOrDefault(doc, 0.0));
    }
    List<Integer> order = new ArrayList<>(candidates);
    order.sort(Comparator.comparingDouble((Integer doc) -> fused.get(doc)).reversed());
    int cut = Math.min(k, order.size());
    if (cut == 0) {
      return List.of();
    }
    // Which of the passages tied with the k-th come first is known only from their ids: read them all.
    double last = fused.get(order.get(cut - 1));
    int end = cut;
    while (end < order.size() && fused.get(order.get(end)) == last) {
      end++;
    }
    List<Fused> read = new ArrayList<>(end);
    for (int doc : order.subList(0, end)) {
      read.add(new Fused(fused.get(doc), passages.read(searcher, doc)));
    }
    read.sort(Comparator.comparingDouble(Fused::score).reversed()
        .thenComparing(f -> f.passage().docId()).thenComparingInt(f -> f.passage().ordinal()));
    return read.subList(0, cut).stream().map(f -> new ScoredPassage((float) f.score(), f.passage())).toList();
  }

  private record Fused(double score, StoredPassage passage) {}

  private static Map<Integer, Double> normalised(ScoreDoc[] ranking) {
    Map<Integer, Double> scores = new HashMap<>();
    if (ranking.length == 0) {
      return scores;
    }
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (ScoreDoc hit : ranking) {
      max = Math.max(max, hit.score);
      min = Math.min(min, hit.score);
    }
    double range = Math.max(max - min, MIN_RANGE);
    for (ScoreDoc hit : ranking) {
      scores.put(hit.doc, (hit.score - min) / range);
    }
    return scores;
  }
}
