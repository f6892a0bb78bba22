package org.galen.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galen.retrieve.PassageHit;
import org.galen.retrieve.Retriever;

/**
 * Runs every topic through a retriever and scores the document rankings against qrels.
 * Retrieval returns passages; a document ranks by its best passage (document-level evaluation, as
 * the qrels judge documents).
 */
public final class RetrievalEvaluation {
  /** Passages fetched per document wanted: documents have several passages each. */
  static final int PASSAGES_PER_DOCUMENT = 4;

  /** Mean metrics over the judged topics, and each topic's ranking for the run file. */
  public record Result(int topics, double ndcgAt10, double recallAt100, double mrrAt10,
      Map<String, List<RankedDocument>> rankings) {}

  private final Retriever retriever;
  private final int depth;

  public RetrievalEvaluation(Retriever retriever, int depth) {
    this.retriever = retriever;
    this.depth = depth;
  }

  public Result run(List<Topic> topics, Qrels qrels) throws IOException {
    Map<String, List<RankedDocument>> rankings = new LinkedHashMap<>();
    for (Topic topic : topics) {
      rankings.put(topic.id(), rank(topic.text()));
    }
    double ndcg = 0;
    double recall = 0;
    double mrr = 0;
    int judged = 0;
    for (Map.Entry<String, Map<String, Integer>> judgement : qrels.judgements().entrySet()) {
      List<RankedDocument> ranking = rankings.getOrDefault(judgement.getKey(), List.of());
      ndcg += Metrics.ndcg(ranking, judgement.getValue(), 10);
      recall += Metrics.recall(ranking, judgement.getValue(), 100);
      mrr += Metrics.reciprocalRank(ranking, judgement.getValue(), 10);
      judged++;
    }
    return new Result(judged, ndcg / judged, recall / judged, mrr / judged, rankings);
  }

  /** Documents ranked by their best passage, at most {@code depth}. */
  List<RankedDocument> rank(String query) throws IOException {
    Map<String, Double> best = new LinkedHashMap<>();
    for (PassageHit hit : retriever.retrieve(query, depth * PASSAGES_PER_DOCUMENT)) {
      best.putIfAbsent(hit.passage().sourceId(), (double) hit.score());
      if (best.size() == depth) {
        break;
      }
    }
    List<RankedDocument> ranking = new ArrayList<>();
    best.forEach((sourceId, score) -> ranking.add(new RankedDocument(sourceId, score)));
    return ranking;
  }

  /** Writes a TREC run file: {@code qid Q0 sourceId rank score tag}, which trec_eval reads. */
  public static void writeRun(Result result, String tag, PrintWriter out) {
    result.rankings().forEach((topic, ranking) -> {
      for (int i = 0; i < ranking.size(); i++) {
        RankedDocument document = ranking.get(i);
        out.printf(java.util.Locale.ROOT, "%s Q0 %s %d %.6f %s%n", topic, document.sourceId(), i + 1,
            document.score(), tag);
      }
    });
  }
}
