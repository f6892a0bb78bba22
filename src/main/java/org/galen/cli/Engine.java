package org.galen.cli;

import java.io.IOException;
import java.time.Clock;
import org.galen.answer.ArticleComposer;
import org.galen.answer.DoseExtractor;
import org.galen.answer.DrugDictionary;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.editorial.ArticleService;
import org.galen.editorial.ArticleStore;
import org.galen.index.EvidenceIndex;
import org.galen.web.Backend;

/**
 * Everything {@code ask} and {@code serve} need, opened once from the data directory: the index,
 * the retriever the options chose, the vocabularies, the composer and the article store. Closing
 * it closes the index and the embedder.
 */
final class Engine implements AutoCloseable {
  private final EvidenceIndex index;
  private final RetrievalOptions.Setup setup;
  private final ArticleService articles;
  private final ArticleStore store;

  private Engine(EvidenceIndex index, RetrievalOptions.Setup setup, ArticleService articles, ArticleStore store) {
    this.index = index;
    this.setup = setup;
    this.articles = articles;
    this.store = store;
  }

  static Engine open(GalenCommand galen, RetrievalOptions retrieval) throws IOException {
    DataDirectory data = galen.dataDirectory();
    EvidenceIndex index = galen.openIndex();
    try {
      RetrievalOptions.Setup setup = retrieval.open(index, data);
      DrugDictionary drugs = DrugDictionary.load(data.vocabulary());
      QuestionAnalyzer analyzer = new QuestionAnalyzer(ConceptVocabulary.load(data.vocabulary()));
      ArticleComposer composer = new ArticleComposer(setup.retriever(), index, analyzer, new DoseExtractor(drugs), drugs);
      ArticleStore store = new ArticleStore(galen.openDatabase(), Clock.systemUTC());
      return new Engine(index, setup, new ArticleService(analyzer, composer, store), store);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  ArticleService articles() {
    return articles;
  }

  Backend backend() {
    return new Backend(articles, store, setup.retriever(), index, setup.mode().name());
  }

  @Override
  public void close() throws IOException {
    setup.close();
    index.close();
  }
}
