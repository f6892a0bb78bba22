package org.galen.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.galen.SharedData;
import org.galen.index.Analysis;
import org.galen.index.EvidenceIndex;
import org.galen.index.EvidenceReader;
import org.galen.index.Indexer;
import org.galen.index.IngestProgress;
import org.galen.index.Ingestion;
import org.galen.index.StoredPassage;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.PassageHit;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same files ingested through the same {@link Ingestion} into the embedded index and into a
 * real OpenSearch cluster (one shard, so BM25's statistics are the same): the same analysis, the
 * same records, the same BM25 ranking, the same lookups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchParityTest {
  private OpenSearchConnection connection;
  private String index;
  private EvidenceReader embedded;
  private EvidenceReader cluster;

  @BeforeAll
  void ingestBoth(@TempDir Path temp) throws Exception {
    Path nstg = SharedData.require("corpus/nstg/processed_json");
    List<Path> files;
    try (Stream<Path> list = Files.list(nstg)) {
      files = list.sorted().filter(f -> f.getFileName().toString().matches("[A-C].*")).toList();
    }
    connection = TestCluster.connect();
    index = OpenSearchSchema.index("parity-" + UUID.randomUUID().toString().substring(0, 8));
    try (Indexer indexer = new Indexer(temp.resolve("index"))) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(files);
    }
    try (OpenSearchWriter writer = OpenSearchWriter.open(connection, index, 1, 0)) {
      new Ingestion(SourceFormats.standard(), writer, 2, IngestProgress.NONE).run(files);
    }
    embedded = EvidenceIndex.open(temp.resolve("index"));
    cluster = new OpenSearchReader(connection, index);
  }

  @AfterAll
  void dropIndex() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
    if (connection != null) {
      connection.deleteIndex(index);
      connection.close();
    }
  }

  @Test
  void theClusterAnalysesTextAsTheEmbeddedIndexDoes() throws IOException {
    String text = "The child's anaemia and oedema; children with vulvo-vaginal candidiasis, tumours, immunisation "
        + "of asthmatic and chlamydial patients; diarrhoea, sulphadoxine, coeliac disease, behaviour, haemorrhage.";
    List<String> clusterTokens = connection.client().indices().analyze(analyze -> analyze.index(index)
        .analyzer("galen_english").text(text)).tokens().stream().map(token -> token.token()).toList();
    assertThat(clusterTokens).isEqualTo(lucene(text)).contains("anemia", "child", "vulvovagin", "tumor", "asthma");
  }

  @Test
  void theSameRecordsAreStored() throws IOException {
    assertThat(cluster.stats()).isEqualTo(embedded.stats());
    assertThat(cluster.document("nstg:acute-otitis-media")).isEqualTo(embedded.document("nstg:acute-otitis-media"))
        .isPresent();
    List<StoredPassage> passages = cluster.passages("nstg:acute-otitis-media");
    assertThat(passages).isEqualTo(embedded.passages("nstg:acute-otitis-media")).isNotEmpty();
    assertThat(cluster.vectorStatus()).isEqualTo(embedded.vectorStatus());
  }

  @Test
  void bm25RanksTheSamePassagesInTheSameOrder() throws IOException {
    for (String question : List.of("What is the treatment for acute otitis media?", "amoxicillin dose in children",
        "how is bronchial asthma diagnosed", "chest pain with fever", "anaemia in pregnancy")) {
      List<PassageHit> fromCluster = new Bm25Retriever(cluster).retrieve(question, 10);
      List<PassageHit> fromEmbedded = new Bm25Retriever(embedded).retrieve(question, 10);
      assertThat(keys(fromCluster)).as(question).isEqualTo(keys(fromEmbedded)).isNotEmpty();
      for (int i = 0; i < fromCluster.size(); i++) {
        assertThat(fromCluster.get(i).score()).as(question + " #" + i)
            .isCloseTo(fromEmbedded.get(i).score(), org.assertj.core.data.Percentage.withPercentage(0.1));
      }
    }
  }

  @Test
  void lookupsAnswerAlike() throws IOException {
    for (String words : List.of("acute otitis media", "bronchial asthma", "cytokine release syndrome", "chest pain")) {
      assertThat(cluster.hasPhrase(words)).as(words).isEqualTo(embedded.hasPhrase(words));
      assertThat(cluster.guidelinePassagesTitled(words, 20)).as(words)
          .isEqualTo(embedded.guidelinePassagesTitled(words, 20));
    }
    List<String> stems = List.of("otiti", "asthma", "glorbic", "amoxicillin");
    for (String stem : stems) {
      assertThat(cluster.hasTerm(stem)).as(stem).isEqualTo(embedded.hasTerm(stem));
    }
    java.util.Map<String, Double> clusterRarity = cluster.rarities(stems);
    java.util.Map<String, Double> embeddedRarity = embedded.rarities(stems);
    for (String stem : stems) {
      assertThat(clusterRarity.get(stem)).as("how telling " + stem + " is").isCloseTo(embeddedRarity.get(stem),
          org.assertj.core.api.Assertions.within(1e-9));
    }
    assertThat(embeddedRarity.get("otiti")).as("a word some passages hold").isPositive();
    assertThat(embeddedRarity.get("glorbic")).as("a word no passage holds").isZero();
    for (String word : List.of("tonsilitis", "asthmma", "amoxicilin", "otitis", "glorbic", "asphyxiatd", "otiti", "painf")) {
      assertThat(cluster.spellingCorrection(word)).as(word).isEqualTo(embedded.spellingCorrection(word));
      assertThat(cluster.misspelt(word)).as(word).isEqualTo(embedded.misspelt(word));
      assertThat(cluster.clipped(word)).as(word).isEqualTo(embedded.clipped(word));
    }
    assertThat(cluster.clipped("otiti")).as("the start of a word the passages have").isTrue();
    assertThat(cluster.clipped("otitis")).as("a word the passages have").isFalse();
    assertThat(cluster.misspelt("asphyxiatd")).as("a misspelling the two find alike").isTrue();
    assertThat(cluster.misspelt("glorbic")).as("no word near it").isFalse();
    assertThat(cluster.spellingCorrection("asphyxiatd")).as("a word only a guideline's title holds")
        .contains("asphyxiated");
    assertThat(cluster.spellingCorrection("paracetamo")).as("a word short of its last letter").contains("paracetamol");
  }

  @Test
  void aLongWordClippedIsNoMisspellingOfItsOwnStart() throws IOException {
    org.galen.source.Document document = new org.galen.source.DocumentBuilder("nstg:morp", "nstg").title("Morp")
        .section("Treatment", "Morphine for severe pain. The morp stain was negative.")
        .kind(org.galen.source.SourceKind.GUIDELINE, org.galen.source.EvidenceLevel.GUIDELINE).build();
    String scratch = OpenSearchSchema.index("clipped-" + UUID.randomUUID().toString().substring(0, 8));
    try (OpenSearchWriter writer = OpenSearchWriter.open(connection, scratch, 1, 0)) {
      writer.put(document, new org.galen.passage.PassageSplitter().split(document), "first");
      writer.commit();
      OpenSearchReader reader = new OpenSearchReader(connection, scratch);
      assertThat(reader.spellingCorrection("morph")).as("a word an indexed word begins with").isEmpty();
      assertThat(reader.spellingCorrection("morpe")).as("a misspelling one edit away").contains("morp");
      assertThat(reader.spellingCorrection("morphin")).as("a word short of its last letter").contains("morphine");
    } finally {
      connection.deleteIndex(scratch);
    }
  }

  @Test
  void aDocumentPutAgainWithFewerPassagesKeepsOnlyTheNewOnes() throws IOException {
    org.galen.source.Document document = embedded.document("nstg:acute-otitis-media").orElseThrow();
    List<org.galen.passage.Passage> passages = new org.galen.passage.PassageSplitter().split(document);
    assertThat(passages.size()).isGreaterThan(3);
    String scratch = OpenSearchSchema.index("replace-" + UUID.randomUUID().toString().substring(0, 8));
    try (OpenSearchWriter writer = OpenSearchWriter.open(connection, scratch, 1, 0)) {
      writer.put(document, passages, "first");
      writer.commit();
      writer.put(document, passages.subList(0, 2), "second");
      writer.commit();
      OpenSearchReader reader = new OpenSearchReader(connection, scratch);
      assertThat(reader.passages(document.docId())).extracting(StoredPassage::ordinal).containsExactly(0, 1);
      assertThat(reader.stats().passages()).isEqualTo(2);
      writer.put(document, passages, "third");
      writer.delete(document.docId());
      writer.commit();
      assertThat(reader.stats().documents()).isZero();
      assertThat(reader.stats().passages()).isZero();
      // Deleted by id in the bulk request: a document never stored, then one deleted and put again.
      writer.delete("pmid:1");
      writer.put(document, passages, "fourth");
      writer.delete(document.docId());
      writer.put(document, passages.subList(0, 3), "fifth");
      writer.commit();
      assertThat(reader.passages(document.docId())).extracting(StoredPassage::ordinal).containsExactly(0, 1, 2);
      assertThat(reader.stats().documents()).isEqualTo(1);
      writer.delete(document.docId());
      writer.commit();
      assertThat(reader.stats().passages()).isZero();
      assertThat(reader.document(document.docId())).isEmpty();

      // A source file ingested again without one of its documents: that document goes at the commit.
      org.galen.source.Document other = embedded.document("nstg:bronchial-asthma").orElseThrow();
      writer.put(document, passages, "file.json");
      writer.put(other, new org.galen.passage.PassageSplitter().split(other), "file.json");
      writer.commit();
      writer.deleteStale("file.json", List.of(document.docId()));
      writer.commit();
      assertThat(reader.document(other.docId())).isEmpty();
      assertThat(reader.passages(other.docId())).isEmpty();
      assertThat(reader.document(document.docId())).isPresent();
    } finally {
      connection.deleteIndex(scratch);
    }
  }

  /** More documents wait for vectors than one page of the cluster's aggregation lists (1,000): every one is listed. */
  @Test
  void everyDocumentWaitingForVectorsIsListedPastOnePage(@TempDir Path temp) throws IOException {
    String text = "Amoxicillin is the first-line treatment.";
    String scratch = OpenSearchSchema.index("pending-" + UUID.randomUUID().toString().substring(0, 8));
    try (Indexer indexer = new Indexer(temp.resolve("index"));
         OpenSearchWriter writer = OpenSearchWriter.open(connection, scratch, 1, 0)) {
      for (int i = 0; i < 1_201; i++) {
        org.galen.source.Document document = new org.galen.source.Document("test:pending-" + i, "pending-" + i, "test",
            "Otitis media", text, List.of(), org.galen.source.SourceKind.GUIDELINE,
            org.galen.source.EvidenceLevel.GUIDELINE, List.of(), List.of(), "", java.util.Optional.empty(), "", "", "",
            List.of(), Map.of());
        List<org.galen.passage.Passage> passages = List.of(new org.galen.passage.Passage(document.docId(), 0,
            "Treatment", new org.galen.passage.Span(0, text.length()), List.of(new org.galen.passage.Span(0,
            text.length()))));
        indexer.put(document, passages, "pending.json");
        writer.put(document, passages, "pending.json");
      }
      indexer.commit();
      try (org.galen.index.PendingVectors fromCluster = writer.pendingVectors();
           org.galen.index.PendingVectors fromEmbedded = indexer.pendingVectors()) {
        assertThat(fromCluster.documents()).hasSize(1_201).isEqualTo(fromEmbedded.documents());
      }
    } finally {
      connection.deleteIndex(scratch);
    }
  }

  private static List<String> keys(List<PassageHit> hits) {
    return hits.stream().map(h -> h.passage().docId() + "#" + h.passage().ordinal()).toList();
  }

  private static List<String> lucene(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = Analysis.english().tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
