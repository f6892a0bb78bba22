package org.galen.retrieve;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.galen.index.StoredPassage;
import org.galen.source.EvidenceLevel;

/**
 * Re-ranks another retriever's candidates by the strength of their evidence: a relevant guideline
 * passage should come before an equally relevant case report. The bonus multiplies the score, so
 * relevance still dominates: it reorders near-ties, it does not lift the off-topic.
 *
 * <p>Bonus = {@link EvidenceLevel#rankingBonus()} (guideline 0.30 … opinion 0) + recency (0.05 within five years of the
 * current year). Levels come from metadata only (see {@link EvidenceLevel}); UNKNOWN gets nothing.
 */
public final class EvidenceReranker implements Retriever {
  static final int CANDIDATES = 100;
  private static final double RECENT_BONUS = 0.05;
  private static final int RECENT_YEARS = 5;

  private final Retriever inner;
  private final int currentYear;

  public EvidenceReranker(Retriever inner) {
    this(inner, Year.now().getValue());
  }

  EvidenceReranker(Retriever inner, int currentYear) {
    this.inner = inner;
    this.currentYear = currentYear;
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    List<PassageHit> candidates = new ArrayList<>(inner.retrieve(query, Math.max(k, CANDIDATES)));
    // Equal scores fall back to the passage's identity, so equal inputs give equal rankings.
    candidates.sort(Comparator.comparingDouble((PassageHit hit) -> reranked(hit)).reversed()
        .thenComparing(hit -> hit.passage().docId()).thenComparingInt(hit -> hit.passage().ordinal()));
    List<PassageHit> hits = new ArrayList<>(Math.min(k, candidates.size()));
    for (PassageHit hit : candidates.subList(0, Math.min(k, candidates.size()))) {
      hits.add(new PassageHit(hits.size() + 1, (float) reranked(hit), hit.passage()));
    }
    return hits;
  }

  private double reranked(PassageHit hit) {
    return hit.score() * (1 + bonus(hit.passage()));
  }

  double bonus(StoredPassage passage) {
    double level = passage.evidenceLevel().rankingBonus();
    boolean recent = passage.year().map(year -> currentYear - year <= RECENT_YEARS).orElse(false);
    return level + (recent ? RECENT_BONUS : 0);
  }
}
