package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.galen.SharedData;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.EvidenceReader;
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
import org.galen.retrieve.Vocabulary;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The article quality questions answered from the same files on both backends (one shard, so BM25
 * statistics match): the same reference [1] and the same first section, word for word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendArticleParityTest {
  private EvidenceIndex embedded;
  private OpenSearchConnection connection;
  private String index;
  private ArticleComposer onEmbedded;
  private ArticleComposer onCluster;
  private QuestionAnalyzer embeddedAnalyzer;
  private QuestionAnalyzer clusterAnalyzer;

  @BeforeAll
  void ingestBoth(@TempDir Path dataDir) throws Exception {
    List<Path> inputs = List.of(SharedData.require("corpus/nstg"),
        SharedData.require("corpus/medquad/4_MPlus_Health_Topics_QA"), SharedData.require("corpus/medquad/6_NINDS_QA"),
        SharedData.require("corpus/pubmedqa"));
    Path vocabulary = SharedData.require("vocab");
    connection = TestCluster.connect();
    index = OpenSearchSchema.index("articles-" + UUID.randomUUID().toString().substring(0, 8));
    try (Indexer indexer = new Indexer(dataDir.resolve("index"))) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(inputs);
    }
    try (OpenSearchWriter writer = OpenSearchWriter.open(connection, index, 1, 0)) {
      new Ingestion(SourceFormats.standard(), writer, 2, IngestProgress.NONE).run(inputs);
    }
    embedded = EvidenceIndex.open(dataDir.resolve("index"));
    OpenSearchReader cluster = new OpenSearchReader(connection, index);
    DrugDictionary drugs = DrugDictionary.load(vocabulary);
    ConceptVocabulary concepts = ConceptVocabulary.load(vocabulary);
    Vocabulary expansion = Vocabulary.load(vocabulary);
    embeddedAnalyzer = new QuestionAnalyzer(concepts, new IndexSpeller(embedded));
    clusterAnalyzer = new QuestionAnalyzer(concepts, new IndexSpeller(cluster));
    onEmbedded = composer(embedded, embeddedAnalyzer, expansion, drugs);
    onCluster = composer(cluster, clusterAnalyzer, expansion, drugs);
  }

  private static ArticleComposer composer(EvidenceReader evidence, QuestionAnalyzer analyzer, Vocabulary expansion,
      DrugDictionary drugs) {
    return new ArticleComposer(new EvidenceReranker(new Bm25Retriever(evidence, expansion)), evidence, analyzer.terminology(),
        new DoseExtractor(drugs), drugs);
  }

  @AfterAll
  void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
    if (connection != null) {
      connection.deleteIndex(index);
      connection.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/questions/guideline-questions.tsv", delimiter = '\t')
  void aGuidelineQuestionGetsTheSameLeadAndFirstSection(String question, String guideline, String drug)
      throws IOException {
    assertSameLeadAndFirstSection(question);
  }

  @Test
  void theOtherQualityQuestionsToo() throws IOException {
    for (String question : List.of("What is the diagnosis and treatment for opioid-induced segmental myoclonus?",
        "acute asthma attack in the ER, what do I give?", "gout in a patient with chronic kidney disease",
        "painful sickle cell crisis", "What is the treatment for myoclonus?", "tirzepatide dose for weight loss",
        "tonsilitis treatmnt")) {
      assertSameLeadAndFirstSection(question);
    }
  }

  private void assertSameLeadAndFirstSection(String question) throws IOException {
    Article fromEmbedded = onEmbedded.compose(embeddedAnalyzer.analyze(new Question(question).text()),
        Audience.PHYSICIAN);
    Article fromCluster = onCluster.compose(clusterAnalyzer.analyze(new Question(question).text()),
        Audience.PHYSICIAN);
    assertThat(fromCluster.abstained()).as(question).isEqualTo(fromEmbedded.abstained());
    if (fromEmbedded.abstained()) {
      return;
    }
    assertThat(fromCluster.references().get(0).docId()).as(question)
        .isEqualTo(fromEmbedded.references().get(0).docId());
    Section first = fromEmbedded.sections().get(0);
    assertThat(fromCluster.sections().get(0).title()).as(question).isEqualTo(first.title());
    assertThat(fromCluster.sections().get(0).statements()).extracting(Statement::text).as(question)
        .isEqualTo(first.statements().stream().map(Statement::text).toList());
  }
}
