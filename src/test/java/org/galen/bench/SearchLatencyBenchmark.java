package org.galen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.galen.index.EvidenceIndex;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.DenseRetriever;
import org.galen.retrieve.EvidenceReranker;
import org.galen.retrieve.HybridRetriever;
import org.galen.retrieve.Retriever;

/**
 * Warm {@code search} latency in one JVM, as {@code galen search --k 10} runs it (retrieval plus
 * loading each hit's stored fields; for hybrid, the query's embedding too). Queries are the
 * SciFact training claims: real, varied biomedical sentences. Run by {@code bin/bench}; prints
 * percentiles of each pass.
 *
 * <p>Usage: {@code SearchLatencyBenchmark INDEX_DIR CLAIMS_JSONL PASSES [bm25|hybrid]}
 */
public final class SearchLatencyBenchmark {
  private static final int WARM_UP_QUERIES = 1000;

  private SearchLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    List<String> queries = claims(Path.of(args[1]));
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    boolean hybrid = args.length > 3 && args[3].equals("hybrid");
    try (EvidenceIndex index = EvidenceIndex.open(indexDir); Embedder embedder = hybrid ? new BgeSmallEmbedder() : null) {
      Retriever bm25 = new Bm25Retriever(index);
      Retriever retriever = hybrid
          ? new EvidenceReranker(new HybridRetriever(bm25, new DenseRetriever(index, embedder))) : bm25;
      System.out.println(hybrid ? "hybrid (BM25 + dense, evidence re-rank), query embedded each time" : "bm25");
      for (int i = 0; i < WARM_UP_QUERIES; i++) {
        retriever.retrieve(queries.get(i % queries.size()), 10);
      }
      for (int pass = 1; pass <= passes; pass++) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
          long start = System.nanoTime();
          retriever.retrieve(queries.get(i), 10);
          nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("pass %d: %d queries  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", pass,
            nanos.length, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
      }
    }
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static List<String> claims(Path jsonl) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> claims = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(jsonl)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          claims.add(mapper.readTree(line).get("claim").asText());
        }
      }
    }
    return claims;
  }
}
