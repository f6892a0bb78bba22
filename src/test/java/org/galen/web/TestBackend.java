package org.galen.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
import org.galen.index.IngestProgress;
import org.galen.index.Indexer;
import org.galen.index.Ingestion;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.EvidenceReranker;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.Vocabulary;
import org.galen.source.SourceFormats;

/** A real backend over NSTG and NINDS pages from the shared data, in a temporary data directory. */
final class TestBackend implements Closeable {
  final EvidenceIndex index;
  final Backend backend;

  private TestBackend(EvidenceIndex index, Backend backend) {
    this.index = index;
    this.backend = backend;
  }

  static TestBackend open(Path dataDir) throws IOException {
    List<Path> inputs = List.of(SharedData.require("corpus/nstg"), SharedData.require("corpus/medquad/6_NINDS_QA"));
    Path vocabulary = SharedData.require("vocab");
    try (Indexer indexer = new Indexer(dataDir.resolve("index"))) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(inputs);
    }
    EvidenceIndex index = EvidenceIndex.open(dataDir.resolve("index"));
    DrugDictionary drugs = DrugDictionary.load(vocabulary);
    QuestionAnalyzer analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary));
    Retriever retriever = new EvidenceReranker(new Bm25Retriever(index, Vocabulary.load(vocabulary)));
    ArticleComposer composer = new ArticleComposer(retriever, index, analyzer, new DoseExtractor(drugs), drugs);
    Editorial editorial = new Editorial(Database.open(dataDir), Clock.systemUTC());
    return new TestBackend(index, new Backend(new ArticleService(analyzer, composer, editorial.articles()), editorial,
        retriever, index, "BM25"));
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
