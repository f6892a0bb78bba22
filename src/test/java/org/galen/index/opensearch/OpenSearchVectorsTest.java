package org.galen.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceIndex;
import org.galen.index.Indexer;
import org.galen.index.IngestProgress;
import org.galen.index.Ingestion;
import org.galen.index.ScoredPassage;
import org.galen.index.VectorPhase;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.DenseRetriever;
import org.galen.retrieve.HybridRetriever;
import org.galen.retrieve.NativeHybridRetriever;
import org.galen.retrieve.PassageHit;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vector phase through the cluster's writer, k-NN search on its Lucene HNSW engine, and its own
 * hybrid query: the same vectors as embedded, nearly the same nearest passages (both graphs are
 * approximate), and the cluster's fusion agreeing with Galen's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchVectorsTest {
  private static final List<String> QUESTIONS = List.of("ear pain and fever in a young child",
      "how do I treat an asthma attack", "burning when passing urine", "antibiotics for a sore throat");
  private OpenSearchConnection connection;
  private String index;
  private Embedder embedder;
  private EvidenceIndex embedded;
  private OpenSearchReader cluster;

  @BeforeAll
  void ingestAndEmbedBoth(@TempDir Path temp) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(SharedData.require("corpus/nstg/processed_json"))) {
      files = list.sorted().filter(f -> f.getFileName().toString().matches("A.*")).toList();
    }
    connection = TestCluster.connect();
    index = OpenSearchSchema.index("vectors-" + UUID.randomUUID().toString().substring(0, 8));
    embedder = new BgeSmallEmbedder();
    try (Indexer indexer = new Indexer(temp.resolve("index"))) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(files);
      new VectorPhase(indexer, embedder, (done, total) -> { }).run();
    }
    try (OpenSearchWriter writer = OpenSearchWriter.open(connection, index, 1, 0)) {
      new Ingestion(SourceFormats.standard(), writer, 2, IngestProgress.NONE).run(files);
      new VectorPhase(writer, embedder, (done, total) -> { }).run();
    }
    embedded = EvidenceIndex.open(temp.resolve("index"));
    cluster = new OpenSearchReader(connection, index);
  }

  @AfterAll
  void close() throws IOException {
    if (embedder != null) {
      embedder.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (connection != null) {
      connection.deleteIndex(index);
      connection.close();
    }
  }

  @Test
  void theVectorPhaseCompletesAndTheNearestPassagesAreAlike() throws IOException {
    assertThat(cluster.vectorStatus()).isEqualTo(embedded.vectorStatus());
    assertThat(cluster.vectorStatus().complete()).isTrue();
    for (String question : QUESTIONS) {
      float[] vector = embedder.embedQuery(question);
      List<ScoredPassage> fromCluster = cluster.searchVector(vector, 10);
      List<ScoredPassage> fromEmbedded = embedded.searchVector(vector, 10);
      // Two HNSW graphs built apart are approximately alike: each misses a few of the true ten. The
      // vectors are the same, so a passage both find scores the same, and the best score is the same.
      java.util.Map<String, Float> embeddedScores = new java.util.HashMap<>();
      fromEmbedded.forEach(hit -> embeddedScores.put(key(hit), hit.score()));
      for (ScoredPassage hit : fromCluster) {
        if (embeddedScores.containsKey(key(hit))) {
          assertThat(hit.score()).as(question + " " + key(hit)).isCloseTo(embeddedScores.get(key(hit)),
              org.assertj.core.data.Offset.offset(1e-5f));
        }
      }
      assertThat(fromCluster.get(0).score()).as(question).isCloseTo(fromEmbedded.get(0).score(),
          org.assertj.core.data.Offset.offset(1e-3f));
      assertThat(overlap(fromCluster.stream().map(OpenSearchVectorsTest::key).toList(),
          fromEmbedded.stream().map(OpenSearchVectorsTest::key).toList())).as(question).isGreaterThanOrEqualTo(7);
    }
  }

  @Test
  void theClustersOwnHybridQueryAgreesWithGalensFusion() throws IOException {
    Bm25Retriever lexical = new Bm25Retriever(cluster);
    NativeHybridRetriever fusedByCluster = new NativeHybridRetriever(lexical, cluster, embedder, 0.4);
    HybridRetriever fusedByGalen = new HybridRetriever(lexical, new DenseRetriever(cluster, embedder));
    for (String question : QUESTIONS) {
      List<String> cluster10 = fusedByCluster.retrieve(question, 10).stream().map(OpenSearchVectorsTest::key).toList();
      List<String> galen10 = fusedByGalen.retrieve(question, 10).stream().map(OpenSearchVectorsTest::key).toList();
      assertThat(cluster10.get(0)).as(question).isEqualTo(galen10.get(0));
      assertThat(overlap(cluster10, galen10)).as(question).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void underTheInt8EncoderTheNearestPassagesStayNearlyTheSame() throws IOException {
    String int8 = OpenSearchSchema.index("int8-" + UUID.randomUUID().toString().substring(0, 8));
    try (OpenSearchWriter writer = OpenSearchWriter.open(connection, int8,
        new OpenSearchSchema.Layout(1, 0, OpenSearchSchema.VectorEncoding.INT8))) {
      // The same records and vectors, so only the encoding differs.
      connection.client().reindex(reindex -> reindex.source(source -> source.index(index))
          .dest(dest -> dest.index(int8)).refresh(org.opensearch.client.opensearch._types.Refresh.True));
      assertThat(connection.client().indices().getMapping(mapping -> mapping.index(int8)).result().get(int8).mappings()
          .properties().get(org.galen.index.IndexSchema.VECTOR).knnVector().method().parameters().get("encoder")
          .toJson().asJsonObject().getString("name")).isEqualTo("sq");
      OpenSearchReader quantized = new OpenSearchReader(connection, int8);
      assertThat(quantized.vectorStatus()).isEqualTo(cluster.vectorStatus());
      for (String question : QUESTIONS) {
        float[] vector = embedder.embedQuery(question);
        List<String> floats = cluster.searchVector(vector, 10).stream().map(OpenSearchVectorsTest::key).toList();
        List<String> bytes = quantized.searchVector(vector, 10).stream().map(OpenSearchVectorsTest::key).toList();
        assertThat(overlap(bytes, floats)).as(question).isGreaterThanOrEqualTo(7);
      }
    } finally {
      connection.deleteIndex(int8);
    }
  }

  private static int overlap(List<String> first, List<String> second) {
    Set<String> shared = new HashSet<>(first);
    shared.retainAll(second);
    return shared.size();
  }

  private static String key(ScoredPassage hit) {
    return hit.passage().docId() + "#" + hit.passage().ordinal();
  }

  private static String key(PassageHit hit) {
    return hit.passage().docId() + "#" + hit.passage().ordinal();
  }
}
