package org.galen.editorial;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.galen.answer.Article;
import org.jdbi.v3.core.Handle;

/**
 * The advisory board's work on stored articles: status changes by role ({@link Workflow}), the
 * review queue, and each article's history. Every change is one transaction with its audit entry.
 */
public final class ReviewService {
  /** One row of the review queue. */
  public record Summary(String id, String question, String audience, ReviewStatus status, int version,
      String lastUpdated, int reports) {}

  /** One recorded status change. */
  public record TransitionRecord(ReviewStatus from, ReviewStatus to, String actor, String role, String comment,
      String at) {}

  private final ArticleStore store;
  private final AuditLog audit;

  public ReviewService(ArticleStore store, AuditLog audit) {
    this.store = store;
    this.audit = audit;
  }

  /**
   * Moves an article to another status.
   *
   * @throws TransitionConflictException (409) when the change does not exist from its current status
   * @throws ForbiddenException (403) when the user's role may not make it
   */
  public StoredArticle transition(String articleId, ReviewStatus to, String comment, User user) throws IOException {
    store.database().write("change the status of article " + articleId, handle -> {
      StoredArticle article = ArticleStore.find(handle, articleId).orElseThrow(() -> new UnknownArticleException(articleId));
      Workflow.check(article.status(), to, user.role());
      record(handle, article, to, comment, user, "");
      return null;
    });
    return store.find(articleId).orElseThrow();
  }

  /** Records a change (already allowed) and its audit entry, in the caller's transaction. */
  void record(Handle handle, StoredArticle article, ReviewStatus to, String comment, User user, String staleReason) {
    String now = Timestamps.format(store.clock().instant());
    // Only from the status this transaction read: another server's decision in between re-runs it.
    Database.requireChanged(handle.execute("UPDATE articles SET status = ?, last_updated = ?, stale_reason = ? "
        + "WHERE id = ? AND status = ?", to.name(), now, staleReason, article.id(), article.status().name()),
        "the status of article " + article.id());
    handle.execute("INSERT INTO article_transitions (id, article_id, from_status, to_status, actor, actor_role, comment, "
        + "at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), article.id(), article.status().name(),
        to.name(), user.name(), user.role().id(), comment == null ? "" : comment, now);
    audit.record(handle, user.name(), "article.transition", article.id(),
        article.status() + " -> " + to + (comment == null || comment.isBlank() ? "" : ": " + comment));
  }

  /** The review queue: articles in a status (all when empty), most recently changed first. */
  public List<Summary> list(Optional<ReviewStatus> status, int limit) throws IOException {
    String sql = "SELECT a.id, a.question, a.audience, a.status, a.version, a.last_updated, "
        + "(SELECT COUNT(*) FROM article_feedback f WHERE f.article_id = a.id) AS reports FROM articles a "
        + (status.isPresent() ? "WHERE a.status = :status " : "") + "ORDER BY a.last_updated DESC, a.id LIMIT :limit";
    return store.database().read("list articles", handle -> {
      org.jdbi.v3.core.statement.Query query = handle.createQuery(sql).bind("limit", limit);
      status.ifPresent(s -> query.bind("status", s.name()));
      return query.map((row, context) -> new Summary(row.getString("id"), row.getString("question"),
          row.getString("audience"), ReviewStatus.valueOf(row.getString("status")), row.getInt("version"),
          row.getString("last_updated"), row.getInt("reports"))).list();
    });
  }

  /** Every status change of an article, oldest first. */
  public List<TransitionRecord> history(String articleId) throws IOException {
    return store.database().read("read the history of article " + articleId, handle -> handle.createQuery(
        "SELECT from_status, to_status, actor, actor_role, comment, at FROM article_transitions "
            + "WHERE article_id = :id ORDER BY at, id").bind("id", articleId)
        .map((row, context) -> new TransitionRecord(ReviewStatus.valueOf(row.getString("from_status")),
            ReviewStatus.valueOf(row.getString("to_status")), row.getString("actor"), row.getString("actor_role"),
            row.getString("comment"), row.getString("at"))).list());
  }

  /** The stored content of every version of an article, oldest first. */
  public List<ArticleVersion> versions(String articleId) throws IOException {
    return store.database().read("read the versions of article " + articleId, handle -> handle.createQuery(
        "SELECT version, editor, created_at, content FROM article_versions WHERE article_id = :id ORDER BY version")
        .bind("id", articleId)
        .map((row, context) -> new ArticleVersion(row.getInt("version"), row.getString("editor"),
            row.getString("created_at"), Database.fromJson(row.getString("content"), Article.class))).list());
  }
}
