package org.galen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.galen.source.EvidenceLevel;

/**
 * A search's candidates re-ranked by {@code score × (1 + bonus)}, the {@code k} best kept: equal
 * re-ranked scores in the order of document id, then passage ordinal, so equal inputs give equal
 * rankings. {@link #of} re-ranks passages already read; {@link #kept} re-ranks Lucene's numbers by
 * the evidence level and year held as doc values and reads from the stored fields only the passages
 * that can be among the {@code k}: the {@code k} best and any tied with the last. Both give the same
 * passages in the same order with the same scores. Stateless.
 */
final class BonusRanking {
  private BonusRanking() {}

  /** A candidate by Lucene's number for it, with its score before the bonus. */
  record Candidate(int doc, float score) {}

  /** A query's {@code depth} best by Lucene's numbers, unread. */
  static List<Candidate> top(IndexSearcher searcher, org.apache.lucene.search.Query query, int depth)
      throws IOException {
    List<Candidate> found = new ArrayList<>();
    for (var hit : searcher.search(query, depth).scoreDocs) {
      found.add(new Candidate(hit.doc, hit.score));
    }
    return found;
  }

  /** Passages already read, re-ranked. */
  static List<ScoredPassage> of(List<ScoredPassage> found, int k, RankingBonus bonus) {
    List<Reranked> reranked = new ArrayList<>(found.size());
    for (ScoredPassage hit : found) {
      StoredPassage passage = hit.passage();
      reranked.add(new Reranked(hit.score() * (1 + bonus.of(passage.evidenceLevel(), passage.year())), passage));
    }
    return best(reranked, k);
  }

  /** Candidates of one commit, re-ranked by their doc values; only the passages kept are read. */
  static List<ScoredPassage> kept(IndexSearcher searcher, List<Candidate> candidates, int k, RankingBonus bonus,
      HybridFusion.PassageReader passages) throws IOException {
    double[] scores = reranked(searcher, candidates, bonus);
    List<Integer> order = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    int cut = Math.min(k, order.size());
    if (cut == 0) {
      return List.of();
    }
    // Which of the passages tied with the k-th come first is known only from their ids: read them all.
    int end = cut;
    while (end < order.size() && scores[order.get(end)] == scores[order.get(cut - 1)]) {
      end++;
    }
    List<Reranked> read = new ArrayList<>(end);
    for (int i : order.subList(0, end)) {
      read.add(new Reranked(scores[i], passages.read(searcher, candidates.get(i).doc())));
    }
    return best(read, cut);
  }

  /** Each candidate's re-ranked score, its level and year read from the doc values in document order. */
  private static double[] reranked(IndexSearcher searcher, List<Candidate> candidates, RankingBonus bonus)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Integer> byDoc = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      byDoc.add(i);
    }
    // Doc values are read forward only: each segment's candidates in increasing order.
    byDoc.sort(Comparator.comparingInt(i -> candidates.get(i).doc()));
    double[] scores = new double[candidates.size()];
    int leafIndex = -1;
    SortedDocValues levels = null;
    NumericDocValues years = null;
    for (int i : byDoc) {
      int doc = candidates.get(i).doc();
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leafIndex) {
        leafIndex = at;
        levels = DocValues.getSorted(leaves.get(at).reader(), IndexSchema.RANKING_LEVEL);
        years = DocValues.getNumeric(leaves.get(at).reader(), IndexSchema.YEAR);
      }
      int local = doc - leaves.get(at).docBase;
      if (!levels.advanceExact(local)) {
        throw new IllegalStateException("a passage without its evidence level among the doc values");
      }
      EvidenceLevel level = EvidenceLevel.valueOf(levels.lookupOrd(levels.ordValue()).utf8ToString());
      Optional<Integer> year = years.advanceExact(local) ? Optional.of((int) years.longValue()) : Optional.empty();
      scores[i] = candidates.get(i).score() * (1 + bonus.of(level, year));
    }
    return scores;
  }

  private record Reranked(double score, StoredPassage passage) {}

  private static List<ScoredPassage> best(List<Reranked> reranked, int k) {
    List<Reranked> sorted = new ArrayList<>(reranked);
    sorted.sort(Comparator.comparingDouble(Reranked::score).reversed()
        .thenComparing(r -> r.passage().docId()).thenComparingInt(r -> r.passage().ordinal()));
    return sorted.subList(0, Math.min(k, sorted.size())).stream()
        .map(r -> new ScoredPassage((float) r.score(), r.passage())).toList();
  }
}
