package org.galen.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedder builds its own ONNX session (to set its threads), so it must still be LangChain4j's
 * bge-small model: same file, tokenizer and pooling, hence the same vectors to the bit, whatever
 * the thread split.
 */
class BgeSmallEmbedderTest {
  private static final List<String> PASSAGES = List.of(
      "Acute Otitis Media\nAmoxicillin 80-90 mg/kg/day divided twice daily for 10 days.",
      "Community-acquired pneumonia\nChest radiography is recommended when the diagnosis is uncertain.",
      "Hypertension\nLifestyle changes are advised for all patients; thiazide diuretics are first line.");

  @Test
  void vectorsAreTheStockModelsForEveryThreadSplit() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<float[]> stock = new BgeSmallEnV15QuantizedEmbeddingModel(pool)
          .embedAll(PASSAGES.stream().map(TextSegment::from).toList())
          .content().stream().map(Embedding::vector).toList();
      for (EmbedThreads threads : List.of(new EmbedThreads(2, 1), new EmbedThreads(1, 2))) {
        try (BgeSmallEmbedder embedder = new BgeSmallEmbedder(threads)) {
          List<float[]> vectors = embedder.embedPassages(PASSAGES);
          assertThat(vectors).hasSize(PASSAGES.size());
          for (int i = 0; i < PASSAGES.size(); i++) {
            assertThat(vectors.get(i)).as("%s, passage %d", threads, i).containsExactly(stock.get(i));
          }
          assertThat(embedder.embedQuery("otitis media dose")).hasSize(embedder.dimension());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theNativeLibrariesAreLoadedOfflineFromWhereTheyWereUnpacked() {
    // Another test's embedder may have set it already in this JVM.
    System.clearProperty(BgeSmallEmbedder.DJL_OFFLINE);
    try (BgeSmallEmbedder embedder = new BgeSmallEmbedder(new EmbedThreads(1, 1))) {
      assertThat(ai.djl.util.Utils.isOfflineMode()).as("no usage report, no download at run time").isTrue();
      // ONNX Runtime loads its libraries from where they were unpacked once, not from a new copy.
      assertThat(java.nio.file.Path.of(System.getProperty(OnnxRuntimeLibraries.NATIVE_PATH),
          System.mapLibraryName("onnxruntime"))).isRegularFile();
      assertThat(embedder.embedQuery("otitis media dose")).hasSize(embedder.dimension());
    }
  }

  @Test
  void closingWaitsForABatchInProgressThenRefusesWork() throws Exception {
    BgeSmallEmbedder embedder = new BgeSmallEmbedder(new EmbedThreads(2, 1));
    List<String> batch = Collections.nCopies(100, PASSAGES).stream().flatMap(List::stream).toList();
    CompletableFuture<List<float[]>> embedding = CompletableFuture.supplyAsync(() -> embedder.embedPassages(batch));
    // The pool starts its threads when the batch's first tasks arrive, inside the embedding call.
    while (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("galen-embed"))) {
      Thread.onSpinWait();
    }

    embedder.close();

    assertThat(embedding.get(60, TimeUnit.SECONDS)).hasSize(batch.size());
    assertThatThrownBy(() -> embedder.embedQuery("otitis media dose")).isInstanceOf(IllegalStateException.class);
    embedder.close();
  }
}
