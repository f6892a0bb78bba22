package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceIndex;
import org.galen.index.IngestProgress;
import org.galen.index.Indexer;
import org.galen.index.Ingestion;
import org.galen.index.VectorPhase;
import org.galen.index.VectorStatus;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The vector phase and dense/hybrid retrieval on real NSTG guidelines, with the real in-jar model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridRetrievalTest {
  private Embedder embedder;
  private Path index;

  @BeforeAll
  void ingestWithoutVectors(@TempDir Path temp) throws Exception {
    Path folder = SharedData.require("corpus/nstg/processed_json");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().filter(f -> f.getFileName().toString().matches("[A-F].*")).toList();
    }
    index = temp.resolve("index");
    try (Indexer indexer = new Indexer(index)) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(files);
    }
    embedder = new BgeSmallEmbedder();
  }

  @AfterAll
  void closeModel() {
    if (embedder != null) {
      embedder.close();
    }
  }

  @Test
  void vectorPhaseResumesAfterAnInterruptionAndCompletes() throws Exception {
    VectorStatus before = status();
    assertThat(before.pending()).isGreaterThan(3 * VectorPhase.BATCH_PASSAGES);
    assertThat(before.complete()).isFalse();

    try (Indexer indexer = new Indexer(index)) {
      java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
      VectorPhase interrupted = new VectorPhase(indexer, embedder, (done, total) -> {
        if (batches.incrementAndGet() == 2) {
          throw new IllegalStateException("killed during the second batch");
        }
      });
      assertThatThrownBy(interrupted::run).hasMessageContaining("killed");
    }
    VectorStatus partial = status();
    assertThat(partial.done()).isPositive();
    assertThat(partial.pending()).isPositive();

    try (Indexer indexer = new Indexer(index)) {
      long embedded = new VectorPhase(indexer, embedder, (done, total) -> { }).run();
      assertThat(embedded).isEqualTo(partial.pending());
    }
    VectorStatus after = status();
    assertThat(after.complete()).isTrue();
    assertThat(after.done()).isEqualTo(before.pending() + before.done());

    try (EvidenceIndex open = EvidenceIndex.open(index)) {
      // Dense retrieval finds the guideline from a lay paraphrase ("middle ear infection").
      // HNSW is approximate and its graph depends on insertion order (two ingest threads): the
      // acute otitis media guideline has been 11th or lower behind chronic otitis media, so look at 20.
      List<PassageHit> dense = new DenseRetriever(open, embedder).retrieve("antibiotics for a middle ear infection", 20);
      assertThat(dense).extracting(h -> h.passage().docId()).contains("nstg:acute-otitis-media");

      List<PassageHit> hybrid = new HybridRetriever(new Bm25Retriever(open), new DenseRetriever(open, embedder))
          .retrieve("amoxicillin for acute otitis media", 10);
      assertThat(hybrid).hasSize(10);
      assertThat(hybrid.get(0).passage().docId()).isEqualTo("nstg:acute-otitis-media");
      assertThat(hybrid).extracting(PassageHit::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
  }

  private VectorStatus status() throws Exception {
    try (EvidenceIndex open = EvidenceIndex.open(index)) {
      return open.vectorStatus();
    }
  }
}
