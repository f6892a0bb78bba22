package org.galen.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.galen.answer.Article;
import org.galen.answer.question.QuestionAnalysis;

/**
 * Stores generated articles and the conversations that asked for them. Each ask is one
 * transaction: the conversation (new or continued), the article, and the turn that links them
 * with how its question was understood, so a follow-up can inherit it.
 */
public final class ArticleStore {
  /** Fixed width, so stored timestamps sort as text on every database. */
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final Database database;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ArticleStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** How many conversations, turns and unreviewed articles a purge deleted. */
  public record Purged(int conversations, int articles) {}

  /**
   * The question as the previous turn of a conversation understood it.
   *
   * @throws UnknownConversationException when there is no such conversation
   */
  public Optional<QuestionAnalysis> lastTurn(String conversationId) throws IOException {
    String sql = "SELECT analysis FROM conversation_turns WHERE conversation_id = ? ORDER BY turn DESC LIMIT 1";
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      requireConversation(connection, conversationId);
      select.setString(1, conversationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(json.readValue(row.getString(1), QuestionAnalysis.class)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot read conversation " + conversationId + ": " + e.getMessage(), e);
    }
  }

  /** Stores a new article as the next turn of a conversation (a new one when none is given). */
  public StoredArticle save(Optional<String> conversationId, QuestionAnalysis analysis, Article article)
      throws IOException {
    String now = TIMESTAMP.format(clock.instant());
    String articleId = UUID.randomUUID().toString();
    try {
      return database.write(connection -> {
        String conversation = conversationId.isPresent() ? continueConversation(connection, conversationId.get(), now)
            : newConversation(connection, now);
        insertArticle(connection, articleId, conversation, article, now);
        insertTurn(connection, conversation, articleId, analysis, now);
        return new StoredArticle(articleId, conversation, ReviewStatus.SUBMITTED, now, now, EngineVersion.current(),
            article);
      });
    } catch (SQLException e) {
      throw new IOException("cannot store the article: " + e.getMessage(), e);
    }
  }

  public Optional<StoredArticle> find(String articleId) throws IOException {
    String sql = "SELECT conversation_id, status, last_updated, generated_at, engine_version, content FROM articles "
        + "WHERE id = ?";
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, articleId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredArticle(articleId, row.getString(1), ReviewStatus.valueOf(row.getString(2)),
            row.getString(3), row.getString(4), row.getString(5), json.readValue(row.getString(6), Article.class)));
      }
    } catch (SQLException e) {
      throw new IOException("cannot read article " + articleId + ": " + e.getMessage(), e);
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
      return database.write(connection -> update(connection, sql, UUID.randomUUID().toString(), message,
          TIMESTAMP.format(clock.instant()), articleId) == 1);
    } catch (SQLException e) {
      throw new IOException("cannot store feedback on article " + articleId + ": " + e.getMessage(), e);
    }
  }

  /** The problem reports on an article, oldest first. */
  public java.util.List<String> feedback(String articleId) throws IOException {
    String sql = "SELECT message FROM article_feedback WHERE article_id = ? ORDER BY created_at, id";
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, articleId);
      java.util.List<String> messages = new java.util.ArrayList<>();
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
   * hold the questions as asked, and their articles that no reviewer has taken up. Articles in
   * review stay, detached from the conversation.
   */
  public Purged purge(Optional<Instant> before) throws IOException {
    String cutoff = before.map(TIMESTAMP::format).orElse("9999");
    String inScope = "SELECT id FROM conversations WHERE updated_at < ?";
    try {
      return database.write(connection -> {
        update(connection, "DELETE FROM conversation_turns WHERE conversation_id IN (" + inScope + ")", cutoff);
        String unreviewed = "SELECT id FROM articles WHERE status = 'SUBMITTED' AND conversation_id IN (" + inScope + ")";
        update(connection, "DELETE FROM article_feedback WHERE article_id IN (" + unreviewed + ")", cutoff);
        int articles = update(connection, "DELETE FROM articles WHERE id IN (" + unreviewed + ")", cutoff);
        update(connection, "UPDATE articles SET conversation_id = NULL WHERE conversation_id IN (" + inScope + ")",
            cutoff);
        int conversations = update(connection, "DELETE FROM conversations WHERE updated_at < ?", cutoff);
        return new Purged(conversations, articles);
      });
    } catch (SQLException e) {
      throw new IOException("cannot purge conversations: " + e.getMessage(), e);
    }
  }

  private static int update(Connection connection, String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
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

  private static String newConversation(Connection connection, String now) throws SQLException {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, now);
      insert.setString(3, now);
      insert.executeUpdate();
    }
    return id;
  }

  private static String continueConversation(Connection connection, String id, String now) throws SQLException {
    requireConversation(connection, id);
    update(connection, "UPDATE conversations SET updated_at = ? WHERE id = ?", now, id);
    return id;
  }

  private void insertArticle(Connection connection, String id, String conversation, Article article, String now)
      throws SQLException {
    String sql = "INSERT INTO articles (id, conversation_id, question, audience, status, abstained, content, "
        + "engine_version, generated_at, last_updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, id);
      insert.setString(2, conversation);
      insert.setString(3, article.question());
      insert.setString(4, article.audience().id());
      insert.setString(5, ReviewStatus.SUBMITTED.name());
      insert.setBoolean(6, article.abstained());
      insert.setString(7, toJson(article));
      insert.setString(8, EngineVersion.current());
      insert.setString(9, now);
      insert.setString(10, now);
      insert.executeUpdate();
    }
  }

  private void insertTurn(Connection connection, String conversation, String articleId, QuestionAnalysis analysis,
      String now) throws SQLException {
    int turn;
    try (PreparedStatement count = connection.prepareStatement(
        "SELECT COUNT(*) FROM conversation_turns WHERE conversation_id = ?")) {
      count.setString(1, conversation);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        turn = row.getInt(1) + 1;
      }
    }
    String sql = "INSERT INTO conversation_turns (conversation_id, turn, article_id, analysis, asked_at) "
        + "VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, conversation);
      insert.setInt(2, turn);
      insert.setString(3, articleId);
      insert.setString(4, toJson(analysis));
      insert.setString(5, now);
      insert.executeUpdate();
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
