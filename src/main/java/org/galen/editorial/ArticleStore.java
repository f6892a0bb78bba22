package org.galen.editorial;

import java.io.IOException;
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
import org.jdbi.v3.core.Handle;

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
    return turn(conversationId, "SELECT analysis FROM conversation_turns WHERE conversation_id = :conversation "
        + "ORDER BY turn DESC LIMIT 1", "");
  }

  /** How a conversation's turn that was answered by an article was asked; empty when none was. */
  public Optional<QuestionAnalysis> turnFor(String conversationId, String articleId) throws IOException {
    return turn(conversationId, "SELECT analysis FROM conversation_turns WHERE conversation_id = :conversation "
        + "AND article_id = :article ORDER BY turn DESC LIMIT 1", articleId);
  }

  /** The analysis of the turn {@code sql} selects in an existing conversation. */
  private Optional<QuestionAnalysis> turn(String conversationId, String sql, String articleId) throws IOException {
    return database.read("read conversation " + conversationId, handle -> {
      requireConversation(handle, conversationId);
      org.jdbi.v3.core.statement.Query query = handle.createQuery(sql).bind("conversation", conversationId);
      if (!articleId.isEmpty()) {
        query.bind("article", articleId);
      }
      return query.map((row, context) -> Database.fromJson(row.getString("analysis"), QuestionAnalysis.class)).findFirst();
    });
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
    return database.write("store the article", handle -> {
      String conversation = conversation(handle, conversationId, now);
      insertArticle(handle, articleId, conversation, article, analysis, now);
      insertVersion(handle, articleId, 1, article, "galen", now);
      insertEvidence(handle, articleId, article, evidence);
      insertTurn(handle, conversation, articleId, analysis, now);
      audit(handle, "reader", "article.create", articleId, "audience " + article.audience().id(), now);
      return new StoredArticle(articleId, conversation, ReviewStatus.SUBMITTED, 1, now, now, EngineVersion.current(),
          "", List.of(), Optional.empty(), article);
    });
  }

  /**
   * A stored article asked again in the same words for the same audience, approved ones first,
   * then the newest still in play (not rejected or retired).
   */
  public Optional<String> reusable(QuestionAnalysis analysis, String audience) throws IOException {
    String sql = "SELECT id FROM articles WHERE question_key = :key AND audience = :audience AND status NOT IN "
        + "('REJECTED', 'RETIRED') ORDER BY CASE WHEN status = 'APPROVED' THEN 0 ELSE 1 END, last_updated DESC LIMIT 1";
    return database.read("look up stored articles", handle -> handle.createQuery(sql)
        .bind("key", QuestionKey.of(analysis)).bind("audience", audience).mapTo(String.class).findFirst());
  }

  /** Answers a turn of a conversation (new when none is given) with an already stored article. */
  public StoredArticle reuse(Optional<String> conversationId, QuestionAnalysis analysis, String articleId)
      throws IOException {
    String now = Timestamps.format(clock.instant());
    String conversation = database.write("store the conversation turn", handle -> {
      String id = conversation(handle, conversationId, now);
      insertTurn(handle, id, articleId, analysis, now);
      audit(handle, "reader", "article.reuse", articleId, "", now);
      return id;
    });
    // The reused article, titled with this asker's words: a second asker never sees the first's.
    return find(articleId).orElseThrow().askedBy(conversation, analysis);
  }

  public Optional<StoredArticle> find(String articleId) throws IOException {
    return database.read("read article " + articleId, handle -> find(handle, articleId));
  }

  static Optional<StoredArticle> find(Handle handle, String articleId) {
    Optional<StoredArticle> article = handle.createQuery("SELECT id, conversation_id, status, version, last_updated, "
        + "generated_at, engine_version, stale_reason, content FROM articles WHERE id = :id").bind("id", articleId)
        .map((row, context) -> new StoredArticle(row.getString("id"), row.getString("conversation_id"),
            ReviewStatus.valueOf(row.getString("status")), row.getInt("version"), row.getString("last_updated"),
            row.getString("generated_at"), row.getString("engine_version"), row.getString("stale_reason"), List.of(),
            Optional.empty(), Database.fromJson(row.getString("content"), Article.class)))
        .findFirst();
    if (article.isEmpty() || article.get().status() != ReviewStatus.APPROVED) {
      return article;
    }
    // Who approved the article last, and when.
    return handle.createQuery("SELECT actor, at FROM article_transitions WHERE article_id = :id "
        + "AND to_status = 'APPROVED' ORDER BY at DESC, id LIMIT 1").bind("id", articleId)
        .map((row, context) -> article.get().approved(row.getString("actor"), row.getString("at"))).findFirst()
        .or(() -> article);
  }

  /**
   * Stores a reader's problem report with an article.
   *
   * @return false when there is no such article
   */
  public boolean addFeedback(String articleId, String message) throws IOException {
    String sql = "INSERT INTO article_feedback (id, article_id, message, created_at) "
        + "SELECT ?, id, ?, ? FROM articles WHERE id = ?";
    return database.write("store feedback on article " + articleId, handle -> {
      String now = Timestamps.format(clock.instant());
      boolean stored = handle.execute(sql, UUID.randomUUID().toString(), message, now, articleId) == 1;
      if (stored) {
        audit(handle, "reader", "article.feedback", articleId, message.length() + " characters", now);
      }
      return stored;
    });
  }

  /** The problem reports on an article, oldest first. */
  public List<String> feedback(String articleId) throws IOException {
    return database.read("read feedback on article " + articleId, handle -> handle.createQuery(
        "SELECT message FROM article_feedback WHERE article_id = :id ORDER BY created_at, id").bind("id", articleId)
        .mapTo(String.class).list());
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
    Purged purged = database.write("purge conversations", handle -> {
      handle.execute("DELETE FROM conversation_turns WHERE conversation_id IN (" + inScope + ")", cutoff);
      for (String table : List.of("article_feedback", "article_versions", "article_evidence", "article_transitions")) {
        handle.execute("DELETE FROM " + table + " WHERE article_id IN (" + unreviewed + ")", cutoff);
      }
      int articles = handle.execute("DELETE FROM articles WHERE id IN (" + unreviewed + ")", cutoff);
      handle.execute("UPDATE articles SET conversation_id = NULL WHERE conversation_id IN (" + inScope + ")", cutoff);
      int conversations = handle.execute("DELETE FROM conversations WHERE updated_at < ?", cutoff);
      audit(handle, "operator", "conversations.purge", before.map(Timestamps::format).orElse("all"),
          conversations + " conversations, " + articles + " unreviewed articles", Timestamps.format(clock.instant()));
      return new Purged(conversations, articles);
    });
    database.afterPurge();
    return purged;
  }

  /** Audit entries for reads' side effects; never the question's text (it may hold patient details). */
  private static void audit(Handle handle, String actor, String action, String target, String detail, String at) {
    handle.execute("INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), at, actor, action, target, detail);
  }

  private static void requireConversation(Handle handle, String conversationId) {
    if (handle.createQuery("SELECT 1 FROM conversations WHERE id = :id").bind("id", conversationId)
        .mapTo(Integer.class).findFirst().isEmpty()) {
      throw new UnknownConversationException(conversationId);
    }
  }

  /** The given conversation, touched, or a new one. */
  private static String conversation(Handle handle, Optional<String> given, String now) {
    if (given.isPresent()) {
      requireConversation(handle, given.get());
      handle.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", now, given.get());
      return given.get();
    }
    String id = UUID.randomUUID().toString();
    handle.execute("INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?)", id, now, now);
    return id;
  }

  private static void insertArticle(Handle handle, String id, String conversation, Article article,
      QuestionAnalysis analysis, String now) {
    handle.createUpdate("INSERT INTO articles (id, conversation_id, question, audience, status, abstained, content, "
        + "engine_version, generated_at, last_updated, version, question_key, stale_reason, analysis) VALUES (:id, "
        + ":conversation, :question, :audience, :status, :abstained, :content, :engine, :now, :now, 1, :key, '', "
        + ":analysis)")
        .bind("id", id).bind("conversation", conversation).bind("question", article.question())
        .bind("audience", article.audience().id()).bind("status", ReviewStatus.SUBMITTED.name())
        .bind("abstained", article.abstained()).bind("content", Database.toJson(article))
        .bind("engine", EngineVersion.current()).bind("now", now).bind("key", QuestionKey.of(analysis))
        .bind("analysis", Database.toJson(analysis)).execute();
  }

  static void insertVersion(Handle handle, String articleId, int version, Article content, String editor, String now) {
    handle.execute("INSERT INTO article_versions (article_id, version, content, editor, created_at) VALUES (?, ?, ?, ?, ?)",
        articleId, version, Database.toJson(content), editor, now);
  }

  /** The evidence snapshot: each cited document's fingerprint and the spans quoted from it. */
  private static void insertEvidence(Handle handle, String articleId, Article article, Map<String, String> evidence) {
    for (Map.Entry<String, String> document : evidence.entrySet()) {
      List<SourceSpan> spans = article.statements().stream().flatMap(s -> s.sources().stream())
          .filter(span -> span.docId().equals(document.getKey())).toList();
      handle.execute("INSERT INTO article_evidence (article_id, doc_id, text_sha256, spans) VALUES (?, ?, ?, ?)",
          articleId, document.getKey(), document.getValue(), Database.toJson(spans));
    }
  }

  /**
   * The conversation's next turn. Two servers answering one conversation at once may pick the
   * same number: the second insert then fails on the primary key and its transaction is run again
   * ({@link Database#write}), reading the first's turn.
   */
  private static void insertTurn(Handle handle, String conversation, String articleId, QuestionAnalysis analysis,
      String now) {
    int turn = handle.createQuery("SELECT COALESCE(MAX(turn), 0) + 1 FROM conversation_turns WHERE conversation_id = :id")
        .bind("id", conversation).mapTo(Integer.class).one();
    handle.execute("INSERT INTO conversation_turns (conversation_id, turn, article_id, analysis, asked_at) "
        + "VALUES (?, ?, ?, ?, ?)", conversation, turn, articleId, Database.toJson(analysis), now);
  }
}
