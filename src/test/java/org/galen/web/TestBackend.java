package org.galen.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.galen.answer.ArticleComposer;
import org.galen.answer.DoseExtractor;
import org.galen.answer.DrugDictionary;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.editorial.ArticleService;
import org.galen.editorial.Editorial;
import org.galen.editorial.Database;
import org.galen.index.EvidenceIndex;
import org.galen.index.EvidenceReader;
import org.galen.index.EvidenceWriter;
import org.galen.index.IngestProgress;
import org.galen.index.Indexer;
import org.galen.index.Ingestion;
import org.galen.index.opensearch.OpenSearchConnection;
import org.galen.index.opensearch.OpenSearchReader;
import org.galen.index.opensearch.OpenSearchSchema;
import org.galen.index.opensearch.OpenSearchWriter;
import org.galen.index.opensearch.TestCluster;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.EvidenceReranker;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.Vocabulary;
import org.galen.source.SourceFormats;

/**
 * A real backend over NSTG and NINDS pages from the shared data: the evidence in an embedded index
 * in a temporary data directory, or in an index of its own on the test OpenSearch cluster.
 */
final class TestBackend implements Closeable {
  /** Where the evidence is kept. */
  enum Kind { EMBEDDED, OPENSEARCH }

  final EvidenceReader index;
  final Backend backend;
  private final Closeable resources;

  private TestBackend(EvidenceReader index, Backend backend, Closeable resources) {
    this.index = index;
    this.backend = backend;
    this.resources = resources;
  }

  /** For {@code @MethodSource}/{@code @ParameterizedClass}: every backend. */
  static Stream<Kind> kinds() {
    return Stream.of(Kind.values());
  }

  static TestBackend open(Path dataDir) throws IOException {
    return open(Kind.EMBEDDED, dataDir);
  }

  static TestBackend open(Kind kind, Path dataDir) throws IOException {
    List<Path> inputs = List.of(SharedData.require("corpus/nstg"), SharedData.require("corpus/medquad/6_NINDS_QA"));
    Path vocabulary = SharedData.require("vocab");
    EvidenceReader index;
    Closeable resources;
    if (kind == Kind.EMBEDDED) {
      ingest(new Indexer(dataDir.resolve("index")), inputs);
      index = EvidenceIndex.open(dataDir.resolve("index"));
      resources = index;
    } else {
      OpenSearchConnection connection = TestCluster.connect();
      String name = OpenSearchSchema.index("web-" + UUID.randomUUID().toString().substring(0, 8));
      ingest(OpenSearchWriter.open(connection, name, 1, 0), inputs);
      index = new OpenSearchReader(connection, name);
      resources = () -> {
        try (connection) {
          connection.deleteIndex(name);
        }
      };
    }
    Editorial editorial = new Editorial(Database.open(dataDir), Clock.systemUTC());
    return new TestBackend(index, over(index, editorial, vocabulary), resources);
  }

  /**
   * A backend to break under a running server, as when a disk or a cluster goes away: its index
   * already closed, its database there until {@link #loseDatabase} (the server reads its signing
   * key from it when it starts). Every call that reaches either then fails.
   */
  record Failing(Backend backend, Path databaseDirectory) {
    void loseDatabase() throws IOException {
      try (Stream<Path> files = Files.walk(databaseDirectory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  static Failing failing(Path dataDir) throws IOException {
    Path vocabulary = SharedData.require("vocab");
    Path indexDirectory = dataDir.resolve("index");
    new Indexer(indexDirectory).close();
    EvidenceIndex index = EvidenceIndex.open(indexDirectory);
    index.close();
    Path databaseDirectory = Files.createDirectories(dataDir.resolve("database"));
    Editorial editorial = new Editorial(Database.open(databaseDirectory), Clock.systemUTC());
    return new Failing(over(index, editorial, vocabulary), databaseDirectory);
  }

  private static Backend over(EvidenceReader index, Editorial editorial, Path vocabulary) throws IOException {
    DrugDictionary drugs = DrugDictionary.load(vocabulary);
    QuestionAnalyzer analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary));
    Retriever retriever = new EvidenceReranker(new Bm25Retriever(index, Vocabulary.load(vocabulary)));
    ArticleComposer composer = new ArticleComposer(retriever, index, analyzer.terminology(), new DoseExtractor(drugs), drugs);
    return new Backend(new ArticleService(analyzer, composer, editorial.articles()), editorial, retriever, index, "BM25");
  }

  private static void ingest(EvidenceWriter writer, List<Path> inputs) throws IOException {
    try (writer) {
      new Ingestion(SourceFormats.standard(), writer, 2, IngestProgress.NONE).run(inputs);
    }
  }

  @Override
  public void close() throws IOException {
    resources.close();
  }
}
