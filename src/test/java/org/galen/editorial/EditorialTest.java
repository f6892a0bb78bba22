package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.galen.editorial.ArticleStoreTest.EVIDENCE;
import static org.galen.editorial.ArticleStoreTest.analysis;
import static org.galen.editorial.ArticleStoreTest.article;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.galen.answer.SourceSpan;
import org.galen.answer.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteDataSource;

/** The review workflow, users, versions and reuse on a real SQLite database and a real PostgreSQL. */
@ParameterizedClass
@MethodSource("org.galen.editorial.TestStores#kinds")
class EditorialTest {
  @Parameter
  TestStores.Kind kind;

  @TempDir
  Path dataDir;

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-01T10:00:00Z"));
  private Database database;
  private ArticleStore store;
  private AuditLog audit;
  private ReviewService reviews;

  @BeforeEach
  void open() throws Exception {
    database = TestStores.open(kind, dataDir);
    store = new ArticleStore(database, clock);
    audit = new AuditLog(database, clock);
    reviews = new ReviewService(store, audit);
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void everyTransitionForEveryRoleIsAllowedOnlyAsTheTableSays() throws Exception {
    String id = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE).id();
    int allowed = 0;
    for (ReviewStatus from : ReviewStatus.values()) {
      for (ReviewStatus to : ReviewStatus.values()) {
        for (Role role : Role.values()) {
          setStatus(id, from);
          User user = new User("u-" + role.id(), role, Instant.EPOCH, Instant.MAX, Optional.empty());
          Optional<Workflow.Transition> rule = Workflow.TRANSITIONS.stream()
              .filter(t -> t.from() == from && t.to() == to).findFirst();
          if (rule.isEmpty()) {
            assertThatThrownBy(() -> reviews.transition(id, to, "", user)).as(from + "→" + to + " by " + role)
                .isInstanceOf(TransitionConflictException.class).hasMessageContaining(from.name());
          } else if (!rule.get().roles().contains(role)) {
            assertThatThrownBy(() -> reviews.transition(id, to, "", user)).as(from + "→" + to + " by " + role)
                .isInstanceOf(ForbiddenException.class);
          } else {
            assertThat(reviews.transition(id, to, "ok", user).status()).as(from + "→" + to + " by " + role).isEqualTo(to);
            allowed++;
          }
        }
      }
    }
    // 8 transitions; roles per transition from the table.
    assertThat(allowed).isEqualTo(3 + 2 + 2 + 2 + 3 + 2 + 2 + 2);
  }

  @Test
  void anApprovedArticleShowsItsReviewerAndEveryChangeIsAudited() throws Exception {
    String id = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE).id();
    User reviewer = new User("dr-ada", Role.REVIEWER, Instant.EPOCH, Instant.MAX, Optional.empty());
    reviews.transition(id, ReviewStatus.UNDER_REVIEW, "taking it", reviewer);
    clock.advance(Duration.ofSeconds(60));
    StoredArticle approved = reviews.transition(id, ReviewStatus.APPROVED, "matches NINDS", reviewer);

    assertThat(approved.approvedBy()).containsExactly("dr-ada");
    assertThat(approved.approvedAt()).hasValue("2026-11-01T10:01:00.000Z");
    assertThat(reviews.history(id)).extracting(ReviewService.TransitionRecord::to)
        .containsExactly(ReviewStatus.UNDER_REVIEW, ReviewStatus.APPROVED);
    assertThat(audit.recent(10)).extracting(AuditLog.Entry::action)
        .containsExactlyInAnyOrder("article.create", "article.transition", "article.transition");
    assertThat(audit.recent(10)).extracting(AuditLog.Entry::detail).noneMatch(detail -> detail.contains("myoclonus"));
    assertThat(reviews.list(Optional.of(ReviewStatus.APPROVED), 10)).extracting(ReviewService.Summary::id).containsExactly(id);
    assertThat(reviews.list(Optional.of(ReviewStatus.SUBMITTED), 10)).isEmpty();
  }

  @Test
  void tokensAreShownOnceStoredHashedAndStopWorkingWhenExpiredOrRevoked() throws Exception {
    UserStore users = new UserStore(database, audit, clock);
    String token = users.add("dr-ada", Role.REVIEWER, 30, "admin-cli");

    assertThat(users.authenticate(token)).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.REVIEWER));
    assertThat(users.authenticate(token + "x")).isEmpty();
    String stored = database.read("test", handle -> handle.createQuery("SELECT token_sha256 FROM users")
        .mapTo(String.class).one());
    assertThat(stored).isNotEqualTo(token).hasSize(64);
    assertThatThrownBy(() -> users.add("dr-ada", Role.EDITOR, 30, "admin-cli")).hasMessageContaining("active");

    clock.advance(Duration.ofDays(31));
    assertThat(users.authenticate(token)).isEmpty();
    String renewed = users.add("dr-ada", Role.REVIEWER, 30, "admin-cli");
    assertThat(users.authenticate(renewed)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(users.revoke("dr-ada", "admin-cli")).isTrue();
    assertThat(users.authenticate(renewed)).isEmpty();
    assertThat(users.revoke("nobody", "admin-cli")).isFalse();
    assertThat(audit.recent(10)).extracting(AuditLog.Entry::action).containsExactly("user.revoke", "user.add", "user.add");
  }

  @Test
  void editsMakeVersionsKeepStatementWordsAndRefuseAStaleBase() throws Exception {
    StoredArticle original = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(),
        EVIDENCE);
    ArticleEditor editor = new ArticleEditor(store, reviews, audit);
    User editorUser = new User("ed", Role.EDITOR, Instant.EPOCH, Instant.MAX, Optional.empty());
    Statement statement = original.content().statements().get(0);
    ArticleEditor.StatementRef same = new ArticleEditor.StatementRef(statement.text(), statement.sources());

    StoredArticle edited = editor.edit(original.id(), 1, List.of(new ArticleEditor.SectionEdit("Treatment", "management",
        List.of(same))), List.of("Check renal function before dosing."), editorUser);
    assertThat(edited.version()).isEqualTo(2);
    assertThat(edited.content().sections().get(0).title()).isEqualTo("Treatment");
    assertThat(edited.content().notes()).extracting(n -> n.kind() + ": " + n.text())
        .containsExactly("editor: Check renal function before dosing.");
    assertThat(reviews.versions(original.id())).extracting(ArticleVersion::version).containsExactly(1, 2);
    assertThat(reviews.versions(original.id()).get(0).content()).isEqualTo(original.content());

    ArticleEditor.StatementRef reworded = new ArticleEditor.StatementRef(statement.text().replace("clonazepam", "diazepam"),
        statement.sources());
    assertThatThrownBy(() -> editor.edit(original.id(), 2, List.of(new ArticleEditor.SectionEdit("T", "management",
        List.of(reworded))), List.of(), editorUser)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot change");
    ArticleEditor.StatementRef moved = new ArticleEditor.StatementRef(statement.text(),
        List.of(new SourceSpan("medquad:NINDS-0000207-2", 0, 10)));
    assertThatThrownBy(() -> editor.edit(original.id(), 2, List.of(new ArticleEditor.SectionEdit("T", "management",
        List.of(moved))), List.of(), editorUser)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> editor.edit(original.id(), 1, List.of(), List.of(), editorUser))
        .isInstanceOf(TransitionConflictException.class).hasMessageContaining("version 2");
    User reader = new User("r", Role.READER, Instant.EPOCH, Instant.MAX, Optional.empty());
    assertThatThrownBy(() -> editor.edit(original.id(), 2, List.of(), List.of(), reader)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void twoEditsOnTheSameBaseVersionOneWinsTheOtherGets409() throws Exception {
    StoredArticle original = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(),
        EVIDENCE);
    ArticleEditor editor = new ArticleEditor(store, reviews, audit);
    Statement statement = original.content().statements().get(0);
    List<Callable<Object>> edits = new ArrayList<>();
    for (String name : List.of("ed-1", "ed-2")) {
      User user = new User(name, Role.EDITOR, Instant.EPOCH, Instant.MAX, Optional.empty());
      edits.add(() -> {
        try {
          return editor.edit(original.id(), 1, List.of(new ArticleEditor.SectionEdit(name, "management",
              List.of(new ArticleEditor.StatementRef(statement.text(), statement.sources())))), List.of(), user);
        } catch (TransitionConflictException e) {
          return e;
        }
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Object> outcomes = new ArrayList<>();
    try {
      for (Future<Object> outcome : pool.invokeAll(edits)) {
        outcomes.add(outcome.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(outcomes).filteredOn(o -> o instanceof StoredArticle).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof TransitionConflictException).hasSize(1);
    StoredArticle winner = (StoredArticle) outcomes.stream().filter(o -> o instanceof StoredArticle).findFirst().orElseThrow();
    assertThat(store.find(original.id()).orElseThrow().content()).isEqualTo(winner.content());
    assertThat(reviews.versions(original.id())).hasSize(2);
  }

  /** Two pools on one database, as two server processes have: turns and review decisions race there. */
  @Test
  void turnsAskedAtOnceFromTwoServersGetDistinctNumbersAndAReviewIsDecidedOnce() throws Exception {
    StoredArticle first = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(),
        EVIDENCE);
    String conversation = first.conversationId();
    try (Database other = Database.open(database.location())) {
      ArticleStore otherStore = new ArticleStore(other, clock);
      List<Callable<Object>> turns = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ArticleStore server = i % 2 == 0 ? store : otherStore;
        String question = "and in children, case " + i + "?";
        turns.add(() -> server.save(Optional.of(conversation), analysis(question), article(), EVIDENCE));
      }
      List<Object> saved = runAll(turns, 8);
      assertThat(saved).allMatch(o -> o instanceof StoredArticle, "every turn stored");
      List<Integer> numbers = database.read("test", handle -> handle.createQuery(
          "SELECT turn FROM conversation_turns WHERE conversation_id = :id ORDER BY turn").bind("id", conversation)
          .mapTo(Integer.class).list());
      assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());

      setStatus(first.id(), ReviewStatus.UNDER_REVIEW);
      ReviewService otherReviews = new ReviewService(otherStore, new AuditLog(other, clock));
      List<Callable<Object>> decisions = new ArrayList<>();
      for (ReviewService server : List.of(reviews, otherReviews)) {
        User reviewer = new User("dr-" + decisions.size(), Role.REVIEWER, Instant.EPOCH, Instant.MAX, Optional.empty());
        decisions.add(() -> server.transition(first.id(), ReviewStatus.APPROVED, "", reviewer));
      }
      List<Object> outcomes = runAll(decisions, 2);
      assertThat(outcomes).filteredOn(o -> o instanceof StoredArticle).hasSize(1);
      assertThat(outcomes).filteredOn(o -> o instanceof TransitionConflictException).hasSize(1);
      assertThat(reviews.history(first.id())).hasSize(1);
      assertThat(audit.recent(100)).filteredOn(e -> e.action().equals("article.transition")).hasSize(1);
    }
  }

  /** Runs tasks on a pool; each outcome is its result or the exception it threw. */
  private static List<Object> runAll(List<Callable<Object>> tasks, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Object> outcomes = new ArrayList<>();
    try {
      for (Future<Object> outcome : pool.invokeAll(tasks)) {
        try {
          outcomes.add(outcome.get());
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
    } finally {
      pool.shutdown();
    }
    return outcomes;
  }

  @Test
  void editingAnApprovedArticleSendsItBackToReview() throws Exception {
    String id = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE).id();
    setStatus(id, ReviewStatus.APPROVED);
    Statement statement = store.find(id).orElseThrow().content().statements().get(0);
    StoredArticle edited = new ArticleEditor(store, reviews, audit).edit(id, 1, List.of(new ArticleEditor.SectionEdit(
        "Management", "management", List.of(new ArticleEditor.StatementRef(statement.text(), statement.sources())))),
        List.of("A note."), new User("ed", Role.EDITOR, Instant.EPOCH, Instant.MAX, Optional.empty()));
    assertThat(edited.status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
  }

  @Test
  void theSameQuestionReusesTheApprovedArticleFirst() throws Exception {
    StoredArticle first = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);
    clock.advance(Duration.ofSeconds(10));
    StoredArticle second = store.save(Optional.empty(), analysis("What is the treatment for myoclonus?"), article(), EVIDENCE);

    assertThat(store.reusable(analysis("what's the treatment of Myoclonus"), "physician")).hasValue(second.id());
    setStatus(first.id(), ReviewStatus.APPROVED);
    assertThat(store.reusable(analysis("What is the treatment for myoclonus?"), "physician")).hasValue(first.id());
    assertThat(store.reusable(analysis("What is the treatment for myoclonus?"), "patient")).isEmpty();
    assertThat(store.reusable(analysis("What causes myoclonus?"), "physician")).isEmpty();

    StoredArticle reused = store.reuse(Optional.empty(), analysis("What is the treatment for myoclonus?"), first.id());
    assertThat(reused.id()).isEqualTo(first.id());
    assertThat(reused.conversationId()).isNotEqualTo(first.conversationId());
  }

  @Test
  void evidenceDifferencesAreNamed() {
    assertThat(StalenessCheck.difference(Map.of("a", "1", "b", "2"), Map.of("a", "1", "b", "2"))).isEmpty();
    assertThat(StalenessCheck.difference(Map.of("a", "1", "b", "2"), Map.of("a", "9", "c", "3")))
        .contains("cited sources changed: a").contains("no longer cited (removed or outranked): b")
        .contains("new evidence would now be cited: c");
  }

  @Test
  void aDatabaseAtThePreviousSchemaVersionIsMigratedWithItsArticlesAndUsers() throws Exception {
    DatabaseLocation location = kind == TestStores.Kind.SQLITE ? new DatabaseLocation.Embedded(dataDir.resolve("old"))
        : TestStores.newServerDatabase();
    javax.sql.DataSource source;
    if (location instanceof DatabaseLocation.Server server) {
      org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
      postgres.setUrl(server.url());
      server.password().ifPresent(postgres::setPassword);
      source = postgres;
    } else {
      java.nio.file.Files.createDirectories(dataDir.resolve("old"));
      SQLiteDataSource sqlite = new SQLiteDataSource();
      sqlite.setUrl("jdbc:sqlite:" + ((DatabaseLocation.Embedded) location).file());
      source = sqlite;
    }
    // Version 4 is the schema before the servers' shared secrets (V5), the latest migration.
    Flyway.configure().dataSource(source).locations("classpath:db/migration").target("4").load().migrate();
    try (Connection connection = source.getConnection()) {
      for (String sql : List.of("INSERT INTO conversations (id, created_at, updated_at) VALUES ('c1', 't', 't')",
          "INSERT INTO users (name, role, token_sha256, created_at, expires_at) VALUES ('dr-ada', 'REVIEWER', '"
              + UserStore.sha256("old-token") + "', '2026-10-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z')")) {
        connection.createStatement().execute(sql);
      }
      try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO articles (id, conversation_id, "
          + "question, audience, status, abstained, content, engine_version, generated_at, last_updated) VALUES ('a1', "
          + "'c1', 'Q?', 'physician', 'SUBMITTED', FALSE, ?, 'galen-0.0', '2026-10-01T00:00:00.000Z', "
          + "'2026-10-01T00:00:00.000Z')")) {
        insert.setString(1, Database.toJson(article()));
        insert.executeUpdate();
      }
    }
    try (Database migrated = Database.open(location)) {
      StoredArticle article = new ArticleStore(migrated, clock).find("a1").orElseThrow();
      assertThat(article.version()).isEqualTo(1);
      assertThat(article.content()).isEqualTo(article());
      assertThat(article.staleReason()).isEmpty();
      Editorial editorial = new Editorial(migrated, clock);
      User ada = editorial.users().authenticate("old-token").orElseThrow();
      assertThat(editorial.sessions().user(editorial.sessions().open(ada, Duration.ofHours(1)))).hasValue(ada);
    }
  }

  private void setStatus(String id, ReviewStatus status) throws Exception {
    database.write("test", handle -> handle.execute("UPDATE articles SET status = ? WHERE id = ?", status.name(), id));
  }
}
