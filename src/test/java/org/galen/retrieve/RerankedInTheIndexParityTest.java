package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceIndex;
import org.galen.index.IngestProgress;
import org.galen.index.Indexer;
import org.galen.index.Ingestion;
import org.galen.index.VectorPhase;
import org.galen.passage.PassageSplitter;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceFormats;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence re-ranking done by the embedded index (each candidate's level and year read from its
 * doc values, only the passages kept read whole) against {@link EvidenceReranker}'s own over the
 * passages it is given: the same passages, in the same order, with the same scores, for BM25 and for
 * hybrid retrieval and any number asked. Real NSTG guidelines with studies and reviews of every level
 * and of many years written for the test among them, so that the bonus reorders; the real in-jar model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RerankedInTheIndexParityTest {
  private static final int THIS_YEAR = 2026;
  private static final List<String> QUERIES = List.of("amoxicillin for acute otitis media",
      "antibiotics for a child with an ear infection", "what is the dose of artemether lumefantrine",
      "asthma inhaler in children", "zzzz qqqq");

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
      PassageSplitter splitter = new PassageSplitter();
      for (Document study : studies()) {
        indexer.put(study, splitter.split(study), "test");
      }
      indexer.commit();
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
  void bm25RerankedInTheIndexEqualsTheRerankersOwn() throws Exception {
    Bm25Retriever lexical = new Bm25Retriever(index);
    assertParity(lexical, (query, k) -> lexical.retrieve(query, k));
  }

  @Test
  void hybridRerankedInTheIndexEqualsTheRerankersOwn() throws Exception {
    NativeHybridRetriever hybrid = new NativeHybridRetriever(new Bm25Retriever(index), index, embedder,
        HybridRetriever.DEFAULT_LEXICAL_WEIGHT);
    assertParity(hybrid, (query, k) -> hybrid.retrieve(query, k));
  }

  @Test
  void theBonusReordersTheFixture() throws Exception {
    Bm25Retriever lexical = new Bm25Retriever(index);
    List<String> plain = lexical.retrieve(QUERIES.get(0), 10).stream().map(h -> h.passage().docId()).toList();
    List<String> reranked = new EvidenceReranker(lexical, THIS_YEAR).retrieve(QUERIES.get(0), 10).stream()
        .map(h -> h.passage().docId()).toList();
    assertThat(reranked).as("a test of parity needs a bonus that changes the order").isNotEqualTo(plain);
  }

  @Test
  void passagesTiedAcrossTheFusedCutGoByDocumentIdWhicheverTheIndexHoldsFirst(@TempDir Path temp) throws Exception {
    Path directory = temp.resolve("ties");
    String same = "Amoxicillin 500 mg three times daily for acute otitis media.";
    try (Indexer indexer = new Indexer(directory)) {
      PassageSplitter splitter = new PassageSplitter();
      // "c" and "b" before "a": Lucene numbers them in that order; their texts score alike.
      for (Document document : List.of(guideline("c", same), guideline("b", same), guideline("a", same),
          guideline("d", "Paracetamol for fever in otitis media."))) {
        indexer.put(document, splitter.split(document), "test");
      }
      indexer.commit();
      new VectorPhase(indexer, embedder, (done, total) -> { }).run();
    }
    try (EvidenceIndex ties = EvidenceIndex.open(directory)) {
      NativeHybridRetriever hybrid = new NativeHybridRetriever(new Bm25Retriever(ties), ties, embedder,
          HybridRetriever.DEFAULT_LEXICAL_WEIGHT);
      // Two fused candidates of the three tied, then re-ranked with no bonus: the first two by id.
      assertThat(hybrid.retrieve("amoxicillin for otitis media", 2, 2, (level, year) -> 0))
          .extracting(h -> h.passage().docId()).containsExactly("a", "b");
    }
  }

  private static Document guideline(String docId, String text) {
    return new Document(docId, docId, "nstg", "Otitis Media", text, List.of(new Section("Drug treatment", 0,
        text.length())), SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(),
        "", "", "", List.of("Otitis Media"), java.util.Map.of());
  }

  /** The re-ranking pushed into the index ({@code itself}) against the re-ranker's own over what {@code plain} reads. */
  private static void assertParity(Retriever itself, Retriever plain) throws Exception {
    assertThat(itself).isInstanceOf(ReranksItself.class);
    assertThat(plain).isNotInstanceOf(ReranksItself.class);
    for (String query : QUERIES) {
      for (int k : List.of(1, 3, 10, 40, 150)) {
        List<String> expected = new EvidenceReranker(plain, THIS_YEAR).retrieve(query, k).stream()
            .map(RerankedInTheIndexParityTest::described).toList();
        List<String> actual = new EvidenceReranker(itself, THIS_YEAR).retrieve(query, k).stream()
            .map(RerankedInTheIndexParityTest::described).toList();
        assertThat(actual).as("%s, k = %d", query, k).isEqualTo(expected);
      }
    }
  }

  /**
   * Studies of every level and of years from 1995 to 2025 on the fixture's subjects, two of each
   * level alike in text, date and level (their order is their ids').
   */
  private static List<Document> studies() {
    List<Document> studies = new ArrayList<>();
    String[] texts = {"Amoxicillin for acute otitis media in children: a comparison of antibiotic courses.",
        "Ear infection in a child treated with antibiotics and analgesics for otitis media.",
        "Asthma inhaler technique in children with acute asthma.",
        "Artemether lumefantrine dose for uncomplicated malaria in children."};
    int n = 0;
    for (EvidenceLevel level : EvidenceLevel.values()) {
      for (String text : texts) {
        int year = 1995 + (n * 7) % 31;
        for (String twin : List.of("b", "a")) {
          studies.add(new Document("pmid:" + n + twin, "pmid:" + n + twin, "test", "Study " + n, text,
              List.of(new Section("Abstract", 0, text.length())), SourceKind.RESEARCH, level, List.of(), List.of(), "",
              Optional.of(year), "", "", "", List.of(), java.util.Map.of()));
        }
        n++;
      }
    }
    return studies;
  }

  private static String described(PassageHit hit) {
    return hit.rank() + " " + hit.passage().docId() + "#" + hit.passage().ordinal() + " " + hit.score();
  }
}
