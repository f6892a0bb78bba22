package org.galen.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.index.IndexSchema;
import org.galen.index.IngestProgress;
import org.galen.index.Indexer;
import org.galen.index.Ingestion;
import org.galen.index.VectorPhase;
import org.galen.source.SourceFormats;

/**
 * Embedding throughput of Galen's vector phase next to the bare model on the same passages, in one
 * run: first the model alone embeds every pending passage's text (title + passage, as the phase
 * sends it), then the vector phase embeds and re-indexes them. Target: phase ≥ 90 % of bare.
 *
 * <p>Usage: {@code EmbeddingThroughputBenchmark SOURCE_FILE WORK_DIR}
 */
public final class EmbeddingThroughputBenchmark {
  private EmbeddingThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    Path index = Path.of(args[1]).resolve("index");
    try (Indexer indexer = new Indexer(index)) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(List.of(source));
    }
    List<String> texts = pendingTexts(index);
    long tokens = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
    try (Embedder embedder = new BgeSmallEmbedder()) {
      embedder.embedPassages(texts.subList(0, Math.min(256, texts.size()))); // warm-up
      long start = System.nanoTime();
      for (int i = 0; i < texts.size(); i += VectorPhase.BATCH_PASSAGES) {
        embedder.embedPassages(texts.subList(i, Math.min(texts.size(), i + VectorPhase.BATCH_PASSAGES)));
      }
      double bare = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      long embedded;
      try (Indexer indexer = new Indexer(index)) {
        embedded = new VectorPhase(indexer, embedder, (done, total) -> { }).run();
      }
      double phase = (System.nanoTime() - start) / 1e9;
      System.out.printf("passages %d, words %d (%.0f words/passage)%n", texts.size(), tokens, tokens / (double) texts.size());
      System.out.printf("bare model:   %.1f s  %.1f passages/s  %.0f words/s%n", bare, texts.size() / bare, tokens / bare);
      System.out.printf("vector phase: %.1f s  %.1f passages/s  %.0f words/s  (%d embedded)%n", phase, embedded / phase,
          tokens / phase, embedded);
      System.out.printf("phase / bare: %.1f %%%n", 100 * (embedded / phase) / (texts.size() / bare));
    }
  }

  /** Title + passage text of every pending passage, as {@code VectorPhase} builds them. */
  private static List<String> pendingTexts(Path index) throws Exception {
    List<String> texts = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING)),
          Integer.MAX_VALUE).scoreDocs) {
        org.apache.lucene.document.Document record = searcher.storedFields().document(hit.doc);
        texts.add(record.get(IndexSchema.TITLE) + "\n" + record.get(IndexSchema.BODY));
      }
    }
    return texts;
  }
}
