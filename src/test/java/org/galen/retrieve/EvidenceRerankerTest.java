package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

class EvidenceRerankerTest {
  private static PassageHit hit(int rank, float score, String docId, EvidenceLevel level, Integer year) {
    StoredPassage passage = new StoredPassage(docId, docId, "test", "T", "S", SourceKind.RESEARCH, level,
        Optional.ofNullable(year), 0, new Span(0, 1), List.of(new Span(0, 1)), "x");
    return new PassageHit(rank, score, passage);
  }

  @Test
  void aGuidelineOvertakesANearTieButNotAClearlyMoreRelevantPassage() throws Exception {
    Retriever inner = (query, k) -> List.of(
        hit(1, 10.0f, "case", EvidenceLevel.CASE_REPORT, 2001),
        hit(2, 9.5f, "guideline", EvidenceLevel.GUIDELINE, 2022),
        hit(3, 4.0f, "trial", EvidenceLevel.RANDOMIZED_TRIAL, 2024));
    List<PassageHit> reranked = new EvidenceReranker(inner, 2026).retrieve("q", 3);

    assertThat(reranked).extracting(h -> h.passage().docId()).containsExactly("guideline", "case", "trial");
    assertThat(reranked).extracting(PassageHit::rank).containsExactly(1, 2, 3);
    // 9.5 × (1 + 0.30 guideline + 0.05 recent) = 12.825
    assertThat(reranked.get(0).score()).isEqualTo(12.825f);
  }

  @Test
  void unknownEvidenceAndOldPapersGetNoBonus() {
    EvidenceReranker reranker = new EvidenceReranker((query, k) -> List.of(), 2026);
    assertThat(reranker.bonus(hit(1, 1, "a", EvidenceLevel.UNKNOWN, null).passage())).isZero();
    assertThat(reranker.bonus(hit(1, 1, "a", EvidenceLevel.SYSTEMATIC_REVIEW, 1990).passage())).isEqualTo(0.20);
  }

  @Test
  void equalScoresRankByThePassagesIdentityWhateverOrderTheyCameIn() throws Exception {
    List<PassageHit> tied = List.of(hit(1, 2.0f, "pmid:9", EvidenceLevel.UNKNOWN, null),
        hit(2, 2.0f, "pmid:10", EvidenceLevel.UNKNOWN, null), hit(3, 2.0f, "pmid:1", EvidenceLevel.UNKNOWN, null));
    List<PassageHit> reversed = new java.util.ArrayList<>(tied);
    java.util.Collections.reverse(reversed);
    for (List<PassageHit> order : List.of(tied, reversed)) {
      assertThat(new EvidenceReranker((query, k) -> order, 2026).retrieve("q", 3))
          .extracting(h -> h.passage().docId()).containsExactly("pmid:1", "pmid:10", "pmid:9");
      assertThat(new HybridRetriever((query, k) -> order, (query, k) -> order).retrieve("q", 3))
          .extracting(h -> h.passage().docId()).containsExactly("pmid:1", "pmid:10", "pmid:9");
    }
  }
}
