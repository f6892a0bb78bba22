package org.galen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.retrieve.PassageHit;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric values computed by hand (shown in each comment), to the definitions trec_eval uses. */
class MetricsTest {
  private static List<RankedDocument> ranking(String... ids) {
    return java.util.Arrays.stream(ids).map(id -> new RankedDocument(id, 1.0)).toList();
  }

  @Test
  void ndcgDiscountsByLogRankAndNormalisesByTheIdealOrder() {
    // Relevant: a (grade 2) at rank 3, b (grade 1) at rank 1; c (grade 1) never retrieved.
    // DCG = 1/log2(2) + 2/log2(4) = 1 + 1 = 2; IDCG = 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.63093 + 0.5 = 3.13093
    Map<String, Integer> judged = Map.of("a", 2, "b", 1, "c", 1);
    assertThat(Metrics.ndcg(ranking("b", "x", "a"), judged, 10)).isCloseTo(2 / 3.13093, within(1e-5));
    // Cut at 2: DCG = 1; IDCG@2 = 2 + 0.63093
    assertThat(Metrics.ndcg(ranking("b", "x", "a"), judged, 2)).isCloseTo(1 / 2.63093, within(1e-5));
    assertThat(Metrics.ndcg(ranking("a", "b", "c"), judged, 10)).isCloseTo(1.0, within(1e-9));
    assertThat(Metrics.ndcg(ranking("x", "y"), judged, 10)).isZero();
  }

  @Test
  void recallCountsRelevantFoundWithinTheCutOverAllRelevant() {
    Map<String, Integer> judged = Map.of("a", 1, "b", 1, "c", 1, "z", 0);
    assertThat(Metrics.recall(ranking("a", "z", "b"), judged, 100)).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(Metrics.recall(ranking("a", "z", "b"), judged, 2)).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void reciprocalRankIsOneOverTheFirstRelevantRankWithinTheCut() {
    Map<String, Integer> judged = Map.of("a", 1);
    assertThat(Metrics.reciprocalRank(ranking("x", "y", "a"), judged, 10)).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(Metrics.reciprocalRank(ranking("x", "y", "a"), judged, 2)).isZero();
  }

  @Test
  void sciFactClaimsGiveTopicsAndQrelsFromEvidenceElseCitedDocuments(@TempDir Path temp) throws Exception {
    Path claims = temp.resolve("claims.jsonl");
    Files.writeString(claims, """
        {"id": 0, "claim": "First claim.", "evidence": {}, "cited_doc_ids": [31715818]}
        {"id": 2, "claim": "Second claim.", "evidence": {"13734012": [{"sentences": [4], "label": "CONTRADICT"}]}, "cited_doc_ids": [13734012, 99]}
        """);
    assertThat(Topics.read(claims)).containsExactly(new Topic("0", "First claim."), new Topic("2", "Second claim."));
    Qrels qrels = Qrels.read(claims);
    assertThat(qrels.of("0")).containsExactly(Map.entry("31715818", 1));
    assertThat(qrels.of("2")).containsExactly(Map.entry("13734012", 1));
  }

  @Test
  void trecQrelsAndTsvTopicsAreRead(@TempDir Path temp) throws Exception {
    Path topics = Files.writeString(temp.resolve("topics.tsv"), "q1\tfever in children\nq2\tasthma\n");
    Path qrels = Files.writeString(temp.resolve("qrels.txt"), "q1 0 d1 2\nq1 0 d2 0\nq2 0 d3 1\n");
    assertThat(Topics.read(topics)).extracting(Topic::id).containsExactly("q1", "q2");
    assertThat(Qrels.read(qrels).of("q1")).containsEntry("d1", 2).containsEntry("d2", 0);
  }

  @Test
  void meanIsOverEveryJudgedTopicAndTheRunFileIsTrecFormat() throws Exception {
    Qrels qrels = new Qrels(Map.of("q1", Map.of("d1", 1), "q2", Map.of("d9", 1)));
    // q1: d1 at rank 1 → nDCG 1, MRR 1; q2: not found → 0. Means: 0.5.
    StoredPassage d1 = new StoredPassage("x:d1", "d1", "test", "T", "S", SourceKind.RESEARCH, EvidenceLevel.UNKNOWN,
        Optional.empty(), 0, new Span(0, 4), List.of(new Span(0, 4)), "text");
    RetrievalEvaluation evaluation = new RetrievalEvaluation(
        (query, k) -> query.equals("x") ? List.of(new PassageHit(1, 3f, d1), new PassageHit(2, 2f, d1)) : List.of(), 100);
    RetrievalEvaluation.Result result = new RetrievalEvaluation.Result(2, 0, 0, 0,
        Map.of("q1", ranking("d1", "d2")));
    StringWriter run = new StringWriter();
    RetrievalEvaluation.writeRun(result, "galen-bm25", new PrintWriter(run, true));
    assertThat(run.toString()).isEqualTo("q1 Q0 d1 1 1.000000 galen-bm25\nq1 Q0 d2 2 1.000000 galen-bm25\n");

    RetrievalEvaluation.Result measured = evaluation.run(List.of(new Topic("q1", "x"), new Topic("q2", "y")), qrels);
    assertThat(measured.topics()).isEqualTo(2);
    assertThat(measured.ndcgAt10()).isCloseTo(0.5, within(1e-9));
    assertThat(measured.mrrAt10()).isCloseTo(0.5, within(1e-9));
    assertThat(measured.recallAt100()).isCloseTo(0.5, within(1e-9));
    // A document counts once, by its best passage.
    assertThat(measured.rankings().get("q1")).containsExactly(new RankedDocument("d1", 3.0));
  }
}
