package org.galen.editorial;

import java.io.IOException;
import java.util.Optional;
import org.galen.answer.ArticleComposer;
import org.galen.answer.Audience;
import org.galen.answer.Question;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.QuestionAnalyzer;

/**
 * Asking, end to end: reads the question in its conversation's context, has the answer stage write
 * the article, and stores it as the conversation's next turn, pending review.
 */
public final class ArticleService {
  private final QuestionAnalyzer analyzer;
  private final ArticleComposer composer;
  private final ArticleStore store;

  public ArticleService(QuestionAnalyzer analyzer, ArticleComposer composer, ArticleStore store) {
    this.analyzer = analyzer;
    this.composer = composer;
    this.store = store;
  }

  public StoredArticle ask(Question question, Audience audience, Optional<String> conversationId) throws IOException {
    Optional<QuestionAnalysis> previous = conversationId.isPresent() ? store.lastTurn(conversationId.get())
        : Optional.empty();
    ArticleComposer.Composition composition = composer.composition(analyzer.analyze(question.text(), previous), audience);
    return store.save(conversationId, composition.understood(), composition.article());
  }
}
