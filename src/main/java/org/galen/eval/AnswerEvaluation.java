package org.galen.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.galen.answer.Article;
import org.galen.answer.Audience;

/**
 * Asks every item of an answer set and grades each article ({@link AnswerGrader}). A follow-up is
 * asked in the conversation of the item it follows, even when that item failed, and is graded on
 * its own. Items are asked in file order, one at a time, so a run is deterministic.
 */
public final class AnswerEvaluation {
  /** How the evaluation asks: always a new article (never a stored one), in a conversation when given. */
  @FunctionalInterface
  public interface Asker {
    Answer ask(String question, Audience audience, Optional<String> conversationId) throws IOException;
  }

  /** An article, the conversation it was written in, and how its subject was settled. */
  public record Answer(Article article, String conversationId, List<String> topicReasons) {
    public Answer(Article article, String conversationId) {
      this(article, conversationId, List.of());
    }
  }

  /**
   * One item's outcome: the criteria it failed (empty: passed), or the error that stopped its ask,
   * and how the article's subject was settled.
   */
  public record ItemResult(AnswerItem item, List<String> failures, Optional<Article> article,
      List<String> topicReasons) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** Passed and asked, for one kind of item or for all. */
  public record Tally(int passed, int asked) {
    public double rate() {
      return asked == 0 ? 0 : (double) passed / asked;
    }

    Tally plus(boolean pass) {
      return new Tally(passed + (pass ? 1 : 0), asked + 1);
    }
  }

  /** Every item's result in file order, and the tallies by kind (sorted) and overall. */
  public record Result(List<ItemResult> items, Map<String, Tally> byKind, Tally overall) {}

  private final Asker asker;

  public AnswerEvaluation(Asker asker) {
    this.asker = asker;
  }

  public Result run(List<AnswerItem> items) throws IOException {
    List<ItemResult> results = new ArrayList<>();
    Map<String, String> conversationOf = new HashMap<>();
    Map<String, Tally> byKind = new TreeMap<>();
    Tally overall = new Tally(0, 0);
    for (AnswerItem item : items) {
      Optional<String> conversation = item.follows().map(conversationOf::get);
      ItemResult result;
      try {
        Answer answer = asker.ask(item.question(), item.audience(), conversation);
        conversationOf.put(item.id(), answer.conversationId());
        result = new ItemResult(item, AnswerGrader.failures(item, answer.article()), Optional.of(answer.article()),
            answer.topicReasons());
      } catch (IllegalArgumentException e) {
        // The engine refused the question itself (too long, empty): the item fails, the run goes on.
        result = new ItemResult(item, List.of("ask: refused: " + e.getMessage()), Optional.empty(), List.of());
      }
      results.add(result);
      byKind.merge(item.kind(), new Tally(0, 0).plus(result.passed()),
          (a, b) -> new Tally(a.passed() + b.passed(), a.asked() + b.asked()));
      overall = overall.plus(result.passed());
    }
    return new Result(List.copyOf(results), byKind, overall);
  }
}
