package org.galen.editorial;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.galen.answer.Article;

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
    try {
      store.database().write(connection -> {
        StoredArticle article = ArticleStore.find(connection, articleId)
            .orElseThrow(() -> new UnknownArticleException(articleId));
        Workflow.check(article.status(), to, user.role());
        record(connection, article, to, comment, user, "");
        return null;
      });
    } catch (SQLException e) {
      throw new IOException("cannot change the status of article " + articleId + ": " + e.getMessage(), e);
    }
    return store.find(articleId).orElseThrow();
  }

  /** Records a change (already allowed) and its audit entry, in the caller's transaction. */
  void record(Connection connection, StoredArticle article, ReviewStatus to, String comment, User user,
      String staleReason) throws SQLException {
    String now = Timestamps.format(store.clock().instant());
    Database.update(connection, "UPDATE articles SET status = ?, last_updated = ?, stale_reason = ? WHERE id = ?",
        to.name(), now, staleReason, article.id());
    Database.update(connection, "INSERT INTO article_transitions (id, article_id, from_status, to_status, actor, "
        + "actor_role, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), article.id(),
        article.status().name(), to.name(), user.name(), user.role().id(), comment == null ? "" : comment, now);
    audit.record(connection, user.name(), "article.transition", article.id(),
        article.status() + " -> " + to + (comment == null || comment.isBlank() ? "" : ": " + comment));
  }

  /** The review queue: articles in a status (all when empty), most recently changed first. */
  public List<Summary> list(Optional<ReviewStatus> status, int limit) throws IOException {
    String sql = "SELECT a.id, a.question, a.audience, a.status, a.version, a.last_updated, "
        + "(SELECT COUNT(*) FROM article_feedback f WHERE f.article_id = a.id) FROM articles a "
        + (status.isPresent() ? "WHERE a.status = ? " : "") + "ORDER BY a.last_updated DESC, a.id LIMIT ?";
    try (Connection connection = store.database().connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      int parameter = 1;
      if (status.isPresent()) {
        select.setString(parameter++, status.get().name());
      }
      select.setInt(parameter, limit);
      List<Summary> rows = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(new Summary(row.getString(1), row.getString(2), row.getString(3),
              ReviewStatus.valueOf(row.getString(4)), row.getInt(5), row.getString(6), row.getInt(7)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IOException("cannot list articles: " + e.getMessage(), e);
    }
  }

  /** Every status change of an article, oldest first. */
  public List<TransitionRecord> history(String articleId) throws IOException {
    String sql = "SELECT from_status, to_status, actor, actor_role, comment, at FROM article_transitions "
        + "WHERE article_id = ? ORDER BY at, id";
    try (Connection connection = store.database().connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, articleId);
      List<TransitionRecord> rows = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(new TransitionRecord(ReviewStatus.valueOf(row.getString(1)), ReviewStatus.valueOf(row.getString(2)),
              row.getString(3), row.getString(4), row.getString(5), row.getString(6)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IOException("cannot read the history of article " + articleId + ": " + e.getMessage(), e);
    }
  }

  /** The stored content of every version of an article, oldest first. */
  public List<ArticleVersion> versions(String articleId) throws IOException {
    String sql = "SELECT version, editor, created_at, content FROM article_versions WHERE article_id = ? ORDER BY version";
    try (Connection connection = store.database().connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, articleId);
      List<ArticleVersion> versions = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          versions.add(new ArticleVersion(row.getInt(1), row.getString(2), row.getString(3),
              Database.read(row.getString(4), Article.class)));
        }
      }
      return versions;
    } catch (SQLException e) {
      throw new IOException("cannot read the versions of article " + articleId + ": " + e.getMessage(), e);
    }
  }
}
