package org.galen.editorial;

import java.io.IOException;
import java.util.Optional;
import org.galen.answer.ArticleComposer;
import org.galen.answer.Audience;
import org.galen.answer.Question;
import org.galen.answer.Topic;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.QuestionAnalyzer;

/**
 * Asking, end to end: reads the question in its conversation's context, reuses a stored article
 * asked in the same words for the same audience (the approved one first) unless told to write a
 * fresh one, and otherwise has the answer stage write the article and stores it, pending review.
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
    return ask(question, audience, conversationId, false);
  }

  /**
   * @param fresh write a new article even when a stored one answers the same question
   */
  public StoredArticle ask(Question question, Audience audience, Optional<String> conversationId, boolean fresh)
      throws IOException {
    Optional<QuestionAnalysis> previous = conversationId.isPresent() ? store.lastTurn(conversationId.get())
        : Optional.empty();
    QuestionAnalysis asked = analyzer.analyze(question.text(), previous);
    if (!fresh) {
      Optional<String> stored = store.reusable(asked, audience.id());
      if (stored.isPresent()) {
        return store.reuse(conversationId, asked, stored.get());
      }
    }
    return written(asked, audience, conversationId).article();
  }

  /** A new article and how its subject was settled ({@link Topic#reasons()}), for evaluation. */
  public record Explained(StoredArticle article, Topic topic) {}

  /** Writes a new article, as {@code ask} with {@code fresh}, and says how its subject was settled. */
  public Explained explain(Question question, Audience audience, Optional<String> conversationId) throws IOException {
    Optional<QuestionAnalysis> previous = conversationId.isPresent() ? store.lastTurn(conversationId.get())
        : Optional.empty();
    return written(analyzer.analyze(question.text(), previous), audience, conversationId);
  }

  private Explained written(QuestionAnalysis asked, Audience audience, Optional<String> conversationId)
      throws IOException {
    ArticleComposer.Composition composition = composer.composition(asked, audience);
    return new Explained(store.save(conversationId, composition.understood(), composition.article(),
        composition.evidence()), composition.topic());
  }
}
