package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index's own fusion (on Lucene's numbers, reading only the passages it keeps) against
 * Galen's fusion of the two rankings it reads whole: the same passages, in the same order, with the
 * same scores, for any number asked — on real NSTG guidelines with the real in-jar model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeHybridParityTest {
  private Embedder embedder;
  private EvidenceIndex index;

  @BeforeAll
  void embeddedIndex(@TempDir Path temp) throws Exception {
    Path folder = SharedData.require("corpus/nstg/processed_json");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().filter(f -> f.getFileName().toString().matches("[AB].*")).toList();
    }
    Path directory = temp.resolve("index");
    embedder = new BgeSmallEmbedder();
    try (Indexer indexer = new Indexer(directory)) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(files);
    }
    try (Indexer indexer = new Indexer(directory)) {
      new VectorPhase(indexer, embedder, (done, total) -> { }).run();
    }
    index = EvidenceIndex.open(directory);
  }

  @AfterAll
  void close() throws Exception {
    index.close();
    embedder.close();
  }

  @Test
  void theIndexFusesAsGalenDoesForAnyNumberAsked() throws Exception {
    Bm25Retriever lexical = new Bm25Retriever(index);
    Retriever galen = new HybridRetriever(lexical, new DenseRetriever(index, embedder));
    Retriever own = new NativeHybridRetriever(lexical, index, embedder, HybridRetriever.DEFAULT_LEXICAL_WEIGHT);
    for (String query : List.of("amoxicillin for acute otitis media", "itchy rash at night in children",
        "what is the dose of artemether lumefantrine", "zzzz qqqq")) {
      for (int k : List.of(1, 3, 10, 40, 250)) {
        List<String> expected = galen.retrieve(query, k).stream().map(NativeHybridParityTest::described).toList();
        List<String> actual = own.retrieve(query, k).stream().map(NativeHybridParityTest::described).toList();
        assertThat(actual).as("%s, k = %d", query, k).isEqualTo(expected);
        assertThat(actual).as("%s, k = %d", query, k).hasSize(Math.min(k, expected.size()));
      }
    }
    assertThat(galen.retrieve("amoxicillin for acute otitis media", 250)).as("the fixture ranks past the depth")
        .hasSizeGreaterThan(HybridRetriever.CANDIDATES);
  }

  @Test
  void equalFusedScoresGoByDocumentIdWhicheverTheIndexHoldsFirst(@TempDir Path temp) throws Exception {
    Path directory = temp.resolve("ties");
    String same = "Amoxicillin 500 mg three times daily for acute otitis media.";
    try (Indexer indexer = new Indexer(directory)) {
      org.galen.passage.PassageSplitter splitter = new org.galen.passage.PassageSplitter();
      // "b" and "c" before "a": Lucene numbers them in that order; their texts score alike.
      for (org.galen.source.Document document : List.of(guideline("c", same), guideline("b", same),
          guideline("a", same), guideline("d", "Paracetamol for fever in otitis media."))) {
        indexer.put(document, splitter.split(document), "test");
      }
      indexer.commit();
      new VectorPhase(indexer, embedder, (done, total) -> { }).run();
    }
    try (EvidenceIndex ties = EvidenceIndex.open(directory)) {
      Bm25Retriever lexical = new Bm25Retriever(ties);
      List<PassageHit> own = new NativeHybridRetriever(lexical, ties, embedder, HybridRetriever.DEFAULT_LEXICAL_WEIGHT)
          .retrieve("amoxicillin for otitis media", 2);
      assertThat(own).extracting(h -> h.passage().docId()).containsExactly("a", "b");
      assertThat(own.get(0).score()).isEqualTo(own.get(1).score());
    }
  }

  private static org.galen.source.Document guideline(String docId, String text) {
    return new org.galen.source.Document(docId, docId, "nstg", "Otitis Media", text,
        List.of(new org.galen.source.Section("Drug treatment", 0, text.length())), org.galen.source.SourceKind.GUIDELINE,
        org.galen.source.EvidenceLevel.GUIDELINE, List.of(), List.of(), "", java.util.Optional.empty(), "", "", "",
        List.of("Otitis Media"), java.util.Map.of());
  }

  private static String described(PassageHit hit) {
    return hit.rank() + " " + hit.passage().docId() + "#" + hit.passage().ordinal() + " " + hit.score();
  }
}
