package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.galen.answer.Article;
import org.galen.answer.Audience;
import org.galen.answer.Section;
import org.galen.answer.SourceSpan;
import org.galen.answer.Statement;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A real database migrated by Flyway: a SQLite file in a temporary data directory, and a PostgreSQL database. */
@ParameterizedClass
@MethodSource("org.galen.editorial.TestStores#kinds")
class ArticleStoreTest {
  @Parameter
  TestStores.Kind kind;

  @TempDir
  Path dataDir;

  private DatabaseLocation location;
  private final List<Database> opened = new java.util.ArrayList<>();

  /** The test's database, opened (again) at the same place. */
  private Database open() throws java.io.IOException {
    if (location == null) {
      location = TestStores.location(kind, dataDir);
    }
    Database database = Database.open(location);
    opened.add(database);
    return database;
  }

  @AfterEach
  void close() {
    opened.forEach(Database::close);
  }

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  static final java.util.Map<String, String> EVIDENCE = java.util.Map.of("medquad:NINDS-0000207-2", "ab12");

  @Test
  void anArticleRoundTripsAndSerialisesFlat() throws Exception {
    ArticleStore store = new ArticleStore(open(), Clock.fixed(T0, ZoneOffset.UTC));
    StoredArticle saved = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);

    StoredArticle found = store.find(saved.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.status()).isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(found.lastUpdated()).isEqualTo("2026-11-01T10:00:00.000Z");

    JsonNode json = new ObjectMapper().registerModule(new Jdk8Module()).valueToTree(found);
    assertThat(json.get("id").asText()).isEqualTo(saved.id());
    assertThat(json.get("question").asText()).isEqualTo("What is the treatment for myoclonus?");
    assertThat(json.get("audience").asText()).isEqualTo("physician");
    assertThat(json.get("sections").get(0).get("statements").get(0).get("sources").get(0).get("docId").asText())
        .isEqualTo("medquad:NINDS-0000207-2");
    assertThat(json.has("content")).isFalse();
    assertThat(store.find("no-such-id")).isEmpty();
  }

  @Test
  void aConversationRemembersItsLastTurnAndUnknownOnesAreRefused() throws Exception {
    ArticleStore store = new ArticleStore(open(), Clock.fixed(T0, ZoneOffset.UTC));
    StoredArticle first = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);
    StoredArticle second = store.save(Optional.of(first.conversationId()), analysis("and in children?"), article(), EVIDENCE);

    assertThat(second.conversationId()).isEqualTo(first.conversationId());
    assertThat(store.lastTurn(first.conversationId()).orElseThrow().question()).isEqualTo("and in children?");
    assertThat(store.lastTurn(first.conversationId()).orElseThrow().primary().id()).isEqualTo("D009207");
    assertThatThrownBy(() -> store.lastTurn("missing")).isInstanceOf(UnknownConversationException.class);
    assertThatThrownBy(() -> store.save(Optional.of("missing"), analysis("x"), article(), EVIDENCE))
        .isInstanceOf(UnknownConversationException.class);
  }

  @Test
  void purgeDeletesOldConversationsAndUnreviewedArticlesButKeepsArticlesUnderReview() throws Exception {
    Database database = open();
    StoredArticle old = new ArticleStore(database, Clock.fixed(T0, ZoneOffset.UTC))
        .save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);
    StoredArticle reviewed = new ArticleStore(database, Clock.fixed(T0, ZoneOffset.UTC))
        .save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);
    database.write("test", handle -> handle.execute("UPDATE articles SET status = 'UNDER_REVIEW' WHERE id = ?",
        reviewed.id()));
    Instant later = T0.plus(Duration.ofDays(40));
    ArticleStore store = new ArticleStore(database, Clock.fixed(later, ZoneOffset.UTC));
    StoredArticle recent = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);

    ArticleStore.Purged purged = store.purge(Optional.of(later.minus(Duration.ofDays(30))));

    assertThat(purged).isEqualTo(new ArticleStore.Purged(2, 1));
    assertThat(store.find(old.id())).isEmpty();
    assertThat(store.find(reviewed.id()).orElseThrow().conversationId()).isNull();
    assertThat(store.find(recent.id())).isPresent();
    assertThatThrownBy(() -> store.lastTurn(old.conversationId())).isInstanceOf(UnknownConversationException.class);
    assertThat(store.lastTurn(recent.conversationId())).isPresent();
  }

  @Test
  void aPurgedQuestionIsInNoRowNorFileAndTheDatabaseIsPrivate() throws Exception {
    String question = "Myoclonus in Zebulon Quixworth, born 1961-04-02: what is the treatment?";
    Database database = open();
    ArticleStore store = new ArticleStore(database, Clock.fixed(T0, ZoneOffset.UTC));
    Article asked = new Article(question, question, Audience.PHYSICIAN, false, article().sections(), List.of(),
        List.of(), List.of(), List.of(), List.of(), "For healthcare professionals.");
    store.save(Optional.empty(), analysis(question), asked, EVIDENCE);
    assertThat(everyRow(database)).contains("Zebulon Quixworth");

    store.purge(Optional.empty());

    assertThat(everyRow(database)).doesNotContain("Zebulon Quixworth").doesNotContain("1961-04-02");
    if (kind == TestStores.Kind.SQLITE) {
      assertThat(bytesOfEveryFile()).doesNotContain("Zebulon Quixworth").doesNotContain("1961-04-02");
      if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertThat(java.nio.file.Files.getPosixFilePermissions(dataDir.resolve(Database.FILE_NAME)))
            .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      }
    }
  }

  /** Every value of every row of every editorial table, as one string. */
  static String everyRow(Database database) throws java.io.IOException {
    StringBuilder all = new StringBuilder();
    for (String table : List.of("conversations", "conversation_turns", "articles", "article_versions",
        "article_evidence", "article_feedback", "article_transitions", "audit_log", "users", "sessions")) {
      database.read("test", handle -> handle.createQuery("SELECT * FROM " + table).mapToMap().list())
          .forEach(row -> all.append(row.values()).append('\n'));
    }
    return all.toString();
  }

  /** Every file under the data directory (galen.db, its -wal and -shm), as one Latin-1 string. */
  private String bytesOfEveryFile() throws Exception {
    StringBuilder all = new StringBuilder();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dataDir)) {
      for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        all.append(new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  @Test
  void reopeningAnExistingDatabaseKeepsItsArticles() throws Exception {
    StoredArticle saved = new ArticleStore(open(), Clock.systemUTC())
        .save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);
    assertThat(new ArticleStore(open(), Clock.systemUTC()).find(saved.id())).isPresent();
  }

  static QuestionAnalysis analysis(String question) {
    Concept myoclonus = new Concept("Myoclonus", Concept.Origin.MESH, "D009207", List.of("Myoclonus"),
        List.of("Dyskinesias"), Concept.Kind.CONDITION);
    return new QuestionAnalysis(question, question, List.of(Intent.TREATMENT), myoclonus, List.of(), "myoclonus",
        java.util.Set.of(), false);
  }

  static Article article() {
    Statement statement = new Statement("The drug of first choice is clonazepam, a type of tranquilizer.", List.of(1),
        List.of(new SourceSpan("medquad:NINDS-0000207-2", 120, 184)));
    return new Article("What is the treatment for myoclonus?", "What is the treatment for myoclonus?",
        Audience.PHYSICIAN, false, List.of(new Section("Management", "management", List.of(statement))), List.of(),
        List.of(), List.of(), List.of(), List.of("How is myoclonus diagnosed?"), "For healthcare professionals.");
  }
}
