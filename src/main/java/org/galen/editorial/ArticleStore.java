package org.galen.editorial;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.galen.answer.Article;
import org.galen.answer.SourceSpan;
import org.galen.answer.question.QuestionAnalysis;

/**
 * Stores generated articles and the conversations that asked for them. Each ask is one
 * transaction: the conversation (new or continued), the article with its first version and its
 * evidence snapshot, and the turn that links them with how its question was understood, so a
 * follow-up can inherit it.
 */
public final class ArticleStore {
  private static final String ARTICLE_COLUMNS = "a.id, a.conversation_id, a.status, a.version, a.last_updated, "
      + "a.generated_at, a.engine_version, a.stale_reason, a.content";

  private final Database database;
  private final Clock clock;

  public ArticleStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  Database database() {
    return database;
  }

  Clock clock() {
    return clock;
  }

  /** How many conversations, turns and unreviewed articles a purge deleted. */
  public record Purged(int conversations, int articles) {}

  /**
   * The question as the previous turn of a conversation understood it.
   *
   * @throws UnknownConversationException when there is no such conversation
   */
  public Optional<QuestionAnalysis> lastTurn(String conversationId) throws IOException {
    return turn(conversationId, "SELECT analysis FROM conversation_turns WHERE conversation_id = ? "
        + "ORDER BY turn DESC LIMIT 1");
  }

  /** How a conversation's turn that was answered by an article was asked; empty when none was. */
  public Optional<QuestionAnalysis> turnFor(String conversationId, String articleId) throws IOException {
    return turn(conversationId, "SELECT analysis FROM conversation_turns WHERE conversation_id = ? AND article_id = ? "
        + "ORDER BY turn DESC LIMIT 1", articleId);
  }

  /** The analysis of the turn {@code sql} selects in an existing conversation (its first parameter). */
  private Optional<QuestionAnalysis> turn(String conversationId, String sql, String... more) throws IOException {
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      requireConversation(connection, conversationId);
      select.setString(1, conversationId);
      for (int i = 0; i < more.length; i++) {
        select.setString(i + 2, more[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(Database.JSON.readValue(row.getString(1), QuestionAnalysis.class))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot read conversation " + conversationId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stores a new article as the next turn of a conversation (a new one when none is given).
   *
   * @param evidence each cited document's text fingerprint, the article's evidence snapshot
   */
  public StoredArticle save(Optional<String> conversationId, QuestionAnalysis analysis, Article article,
      Map<String, String> evidence) throws IOException {
    String now = Timestamps.format(clock.instant());
    String articleId = UUID.randomUUID().toString();
    try {
      return database.write(connection -> {
        String conversation = conversation(connection, conversationId, now);
        insertArticle(connection, articleId, conversation, article, analysis, now);
        insertVersion(connection, articleId, 1, article, "galen", now);
        insertEvidence(connection, articleId, article, evidence);
        insertTurn(connection, conversation, articleId, analysis, now);
        audit(connection, "reader", "article.create", articleId, "audience " + article.audience().id(), now);
        return new StoredArticle(articleId, conversation, ReviewStatus.SUBMITTED, 1, now, now, EngineVersion.current(),
            "", List.of(), Optional.empty(), article);
      });
    } catch (SQLException e) {
      throw new IOException("cannot store the article: " + e.getMessage(), e);
    }
  }

  /**
   * A stored article asked again in the same words for the same audience, approved ones first,
   * then the newest still in play (not rejected or retired).
   */
  public Optional<String> reusable(QuestionAnalysis analysis, String audience) throws IOException {
    String sql = "SELECT id FROM articles WHERE question_key = ? AND audience = ? AND status NOT IN ('REJECTED', "
        + "'RETIRED') ORDER BY CASE WHEN status = 'APPROVED' THEN 0 ELSE 1 END, last_updated DESC LIMIT 1";
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, QuestionKey.of(analysis));
      select.setString(2, audience);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot look up stored articles: " + e.getMessage(), e);
    }
  }

  /** Answers a turn of a conversation (new when none is given) with an already stored article. */
  public StoredArticle reuse(Optional<String> conversationId, QuestionAnalysis analysis, String articleId)
      throws IOException {
    String now = Timestamps.format(clock.instant());
    try {
      String conversation = database.write(connection -> {
        String id = conversation(connection, conversationId, now);
        insertTurn(connection, id, articleId, analysis, now);
        audit(connection, "reader", "article.reuse", articleId, "", now);
        return id;
      });
      // The reused article, titled with this asker's words: a second asker never sees the first's.
      return find(articleId).orElseThrow().askedBy(conversation, analysis);
    } catch (SQLException e) {
      throw new IOException("cannot store the conversation turn: " + e.getMessage(), e);
    }
  }

  public Optional<StoredArticle> find(String articleId) throws IOException {
    try (Connection connection = database.connect()) {
      return find(connection, articleId);
    } catch (SQLException e) {
      throw new IOException("cannot read article " + articleId + ": " + e.getMessage(), e);
    }
  }

  static Optional<StoredArticle> find(Connection connection, String articleId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.id = ?")) {
      select.setString(1, articleId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        ReviewStatus status = ReviewStatus.valueOf(row.getString(3));
        List<String> approvedBy = new ArrayList<>();
        Optional<String> approvedAt = Optional.empty();
        if (status == ReviewStatus.APPROVED) {
          approvedAt = approval(connection, articleId, approvedBy);
        }
        return Optional.of(new StoredArticle(row.getString(1), row.getString(2), status, row.getInt(4),
            row.getString(5), row.getString(6), row.getString(7), row.getString(8), approvedBy, approvedAt,
            Database.read(row.getString(9), Article.class)));
      }
    }
  }

  /** Who approved the article last, and when; fills {@code approvedBy}. */
  private static Optional<String> approval(Connection connection, String articleId, List<String> approvedBy)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT actor, at FROM article_transitions "
        + "WHERE article_id = ? AND to_status = 'APPROVED' ORDER BY at DESC, id LIMIT 1")) {
      select.setString(1, articleId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        approvedBy.add(row.getString(1));
        return Optional.of(row.getString(2));
      }
    }
  }

  /**
   * Stores a reader's problem report with an article.
   *
   * @return false when there is no such article
   */
  public boolean addFeedback(String articleId, String message) throws IOException {
    String sql = "INSERT INTO article_feedback (id, article_id, message, created_at) "
        + "SELECT ?, id, ?, ? FROM articles WHERE id = ?";
    try {
      return database.write(connection -> {
        String now = Timestamps.format(clock.instant());
        boolean stored = Database.update(connection, sql, UUID.randomUUID().toString(), message, now, articleId) == 1;
        if (stored) {
          audit(connection, "reader", "article.feedback", articleId, message.length() + " characters", now);
        }
        return stored;
      });
    } catch (SQLException e) {
      throw new IOException("cannot store feedback on article " + articleId + ": " + e.getMessage(), e);
    }
  }

  /** The problem reports on an article, oldest first. */
  public List<String> feedback(String articleId) throws IOException {
    String sql = "SELECT message FROM article_feedback WHERE article_id = ? ORDER BY created_at, id";
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, articleId);
      List<String> messages = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          messages.add(rows.getString(1));
        }
      }
      return messages;
    } catch (SQLException e) {
      throw new IOException("cannot read feedback on article " + articleId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes conversations last active before {@code before} (all, when empty): their turns, which
   * hold the questions as asked, and their articles that no reviewer has taken up and no other
   * conversation answered with. Articles in review stay, detached from the conversation.
   */
  public Purged purge(Optional<Instant> before) throws IOException {
    String cutoff = before.map(Timestamps::format).orElse("9999");
    String inScope = "SELECT id FROM conversations WHERE updated_at < ?";
    String unreviewed = "SELECT id FROM articles WHERE status = 'SUBMITTED' AND conversation_id IN (" + inScope + ") "
        + "AND id NOT IN (SELECT article_id FROM conversation_turns)";
    try {
      Purged purged = database.write(connection -> {
        Database.update(connection, "DELETE FROM conversation_turns WHERE conversation_id IN (" + inScope + ")", cutoff);
        for (String table : List.of("article_feedback", "article_versions", "article_evidence", "article_transitions")) {
          Database.update(connection, "DELETE FROM " + table + " WHERE article_id IN (" + unreviewed + ")", cutoff);
        }
        int articles = Database.update(connection, "DELETE FROM articles WHERE id IN (" + unreviewed + ")", cutoff);
        Database.update(connection, "UPDATE articles SET conversation_id = NULL WHERE conversation_id IN (" + inScope
            + ")", cutoff);
        int conversations = Database.update(connection, "DELETE FROM conversations WHERE updated_at < ?", cutoff);
        audit(connection, "operator", "conversations.purge", before.map(Timestamps::format).orElse("all"),
            conversations + " conversations, " + articles + " unreviewed articles",
            Timestamps.format(clock.instant()));
        return new Purged(conversations, articles);
      });
      // Secure delete zeroed the pages in the database; the log still holds their old images.
      database.checkpoint();
      return purged;
    } catch (SQLException e) {
      throw new IOException("cannot purge conversations: " + e.getMessage(), e);
    }
  }

  /** Audit entries for reads' side effects; never the question's text (it may hold patient details). */
  private static void audit(Connection connection, String actor, String action, String target, String detail, String at)
      throws SQLException {
    Database.update(connection, "INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), at, actor, action, target, detail);
  }

  private static void requireConversation(Connection connection, String conversationId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM conversations WHERE id = ?")) {
      select.setString(1, conversationId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new UnknownConversationException(conversationId);
        }
      }
    }
  }

  /** The given conversation, touched, or a new one. */
  private static String conversation(Connection connection, Optional<String> given, String now) throws SQLException {
    if (given.isPresent()) {
      requireConversation(connection, given.get());
      Database.update(connection, "UPDATE conversations SET updated_at = ? WHERE id = ?", now, given.get());
      return given.get();
    }
    String id = UUID.randomUUID().toString();
    Database.update(connection, "INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?)", id, now, now);
    return id;
  }

  private static void insertArticle(Connection connection, String id, String conversation, Article article,
      QuestionAnalysis analysis, String now) throws SQLException {
    String sql = "INSERT INTO articles (id, conversation_id, question, audience, status, abstained, content, "
        + "engine_version, generated_at, last_updated, version, question_key, stale_reason, analysis) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, '', ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, id);
      insert.setString(2, conversation);
      insert.setString(3, article.question());
      insert.setString(4, article.audience().id());
      insert.setString(5, ReviewStatus.SUBMITTED.name());
      insert.setBoolean(6, article.abstained());
      insert.setString(7, Database.write(article));
      insert.setString(8, EngineVersion.current());
      insert.setString(9, now);
      insert.setString(10, now);
      insert.setString(11, QuestionKey.of(analysis));
      insert.setString(12, Database.write(analysis));
      insert.executeUpdate();
    }
  }

  static void insertVersion(Connection connection, String articleId, int version, Article content, String editor,
      String now) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO article_versions (article_id, version, content, editor, created_at) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, articleId);
      insert.setInt(2, version);
      insert.setString(3, Database.write(content));
      insert.setString(4, editor);
      insert.setString(5, now);
      insert.executeUpdate();
    }
  }

  /** The evidence snapshot: each cited document's fingerprint and the spans quoted from it. */
  private static void insertEvidence(Connection connection, String articleId, Article article,
      Map<String, String> evidence) throws SQLException {
    for (Map.Entry<String, String> document : evidence.entrySet()) {
      List<SourceSpan> spans = article.statements().stream().flatMap(s -> s.sources().stream())
          .filter(span -> span.docId().equals(document.getKey())).toList();
      Database.update(connection, "INSERT INTO article_evidence (article_id, doc_id, text_sha256, spans) VALUES (?, ?, ?, ?)",
          articleId, document.getKey(), document.getValue(), Database.write(spans));
    }
  }

  private static void insertTurn(Connection connection, String conversation, String articleId,
      QuestionAnalysis analysis, String now) throws SQLException {
    int turn;
    try (PreparedStatement count = connection.prepareStatement(
        "SELECT COUNT(*) FROM conversation_turns WHERE conversation_id = ?")) {
      count.setString(1, conversation);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        turn = row.getInt(1) + 1;
      }
    }
    Database.update(connection, "INSERT INTO conversation_turns (conversation_id, turn, article_id, analysis, asked_at) "
        + "VALUES (?, ?, ?, ?, ?)", conversation, turn, articleId, Database.write(analysis), now);
  }
}
