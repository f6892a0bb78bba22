package org.galen.editorial;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The editorial database: the embedded SQLite file of a data directory ({@code DATA/galen.db}), or
 * a PostgreSQL database that several Galen servers share. Its schema is brought up to date by the
 * same Flyway migrations ({@code db/migration}, portable SQL) whenever it is opened behind them.
 *
 * <p>Correctness never rests on a Java lock: every write is one transaction; a row it changes
 * after reading is changed only if it still is as read ({@link ConcurrentChange} otherwise), and a
 * transaction that lost to another process's — such a changed row, a serialization failure, a
 * deadlock, or a duplicate key another process inserted first (the same turn number, the same
 * version) — is run again from the start, a bounded number of times; the re-run reads the other
 * process's write (the next turn number, the newer version, the status already decided) and acts
 * on it. PostgreSQL runs writes at READ COMMITTED, so writers of one row queue on its lock instead
 * of failing one another; SQLite begins them IMMEDIATE, one writer at a time.
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "galen.db";
  /** Another process (a running {@code galen serve}) may hold SQLite's write lock briefly. */
  private static final int BUSY_TIMEOUT_MS = 5_000;
  private static final int MAX_ATTEMPTS = 8;
  private static final int POOL_SIZE = 16;
  /** The version of the newest migration in {@code db/migration} (a test holds it to the files). */
  static final int NEWEST_MIGRATION = 5;

  /** Which kind of database, where SQL or maintenance differs. */
  public enum Kind { SQLITE, POSTGRESQL }

  private final Jdbi jdbi;
  private final DataSource dataSource;
  private final Kind kind;
  private final DatabaseLocation location;
  /**
   * SQLite only: writers in this process queue here rather than in SQLite's busy handler, which
   * sleeps in growing steps and turned 16 concurrent asks into second-long tails (docs/benchmarks.md).
   * A throughput aid; SQLite's own lock is what makes writes correct.
   */
  private final ReentrantLock embeddedWriteLock = new ReentrantLock(true);

  private Database(DataSource dataSource, Kind kind, DatabaseLocation location) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.kind = kind;
    this.location = location;
  }

  /** Opens (creating if needed) the embedded database of a data directory and migrates it. */
  public static Database open(Path dataDirectory) throws IOException {
    return open(new DatabaseLocation.Embedded(dataDirectory));
  }

  /** Opens (creating or migrating the schema if needed) the database at a location. */
  public static Database open(DatabaseLocation location) throws IOException {
    if (location instanceof DatabaseLocation.Server server) {
      return openServer(server);
    }
    return openEmbedded((DatabaseLocation.Embedded) location);
  }

  private static Database openEmbedded(DatabaseLocation.Embedded location) throws IOException {
    Path file = location.file();
    if (Files.isRegularFile(file) && Files.size(file) == 0 && Files.isDirectory(location.dataDirectory().resolve("index"))) {
      // An emptied database is not a new one: users, articles and the audit log would vanish without
      // a word if it were silently created again beside an index that has been in use.
      throw new IOException("the article database " + file + " is empty (0 bytes), although this data directory "
          + "holds an index: it was truncated or replaced, and nothing was changed; restore it from a backup with "
          + "'galen restore BACKUP_DIR' into a new data directory, or move it aside to start an empty one");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    // A write transaction takes the write lock when it begins, waiting for another process's in the
    // busy handler: begun as a read, it could not be upgraded after that process wrote (SQLITE_BUSY at once).
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // In WAL mode NORMAL is durable against a crash of Galen; only a power cut can lose the last
    // commits. FULL would fsync on every stored article.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // Deleted rows are overwritten, not left in free pages: a purged question is gone from the file.
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    createPrivately(file);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    migrate(dataSource, location);
    return new Database(dataSource, Kind.SQLITE, location);
  }

  private static Database openServer(DatabaseLocation.Server location) throws IOException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.url());
    location.user().ifPresent(config::setUsername);
    location.password().ifPresent(config::setPassword);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setPoolName("galen-editorial");
    // A server that is down fails the command in seconds with its reason, not after Hikari's 30 s.
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(10_000);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IOException("cannot connect to the article database " + location.describe() + ": " + rootMessage(e), e);
    }
    try {
      migrate(dataSource, location);
    } catch (IOException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource, Kind.POSTGRESQL, location);
  }

  private static void migrate(DataSource dataSource, DatabaseLocation location) throws IOException {
    if (atNewestMigration(dataSource)) {
      // Flyway finds its migrations by scanning the class path: a fifth of a one-question command's
      // start, for a schema that is already current (docs/benchmarks.md, "Cold start").
      return;
    }
    try {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      throw new IOException("cannot open the article database " + location.describe() + ": " + rootMessage(e), e);
    }
  }

  /**
   * Whether the database's schema is at {@link #NEWEST_MIGRATION} with every migration applied
   * successfully, as Flyway's own history table records: nothing for Flyway to do. A database
   * without that table (new), with a failed migration, or at another version is left to Flyway,
   * which migrates it or says why it cannot.
   */
  static boolean atNewestMigration(DataSource dataSource) {
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet history = statement.executeQuery(
            "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
      String last = null;
      while (history.next()) {
        if (!history.getBoolean("success")) {
          return false;
        }
        last = history.getString("version");
      }
      return String.valueOf(NEWEST_MIGRATION).equals(last);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  /**
   * A new database file is created readable by its owner only (0600), whatever the umask: it holds
   * questions, which may name patients. SQLite gives its WAL and shared-memory files the same mode.
   */
  private static void createPrivately(Path file) throws IOException {
    if (Files.exists(file) || !java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.createFile(file);
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  public Kind kind() {
    return kind;
  }

  public DatabaseLocation location() {
    return location;
  }

  /** Runs reads on one connection; a database failure becomes an IOException saying what failed. */
  <T> T read(String what, HandleCallback<T, RuntimeException> work) throws IOException {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException e) {
      throw new IOException("cannot " + what + ": " + rootMessage(e), e);
    }
  }

  /**
   * Runs {@code work} as one transaction, re-running it when another writer's transaction
   * conflicted with it (bounded); exceptions it throws itself roll back and pass unchanged.
   */
  <T> T write(String what, HandleCallback<T, RuntimeException> work) throws IOException {
    for (int attempt = 1; ; attempt++) {
      boolean locked = kind == Kind.SQLITE;
      if (locked) {
        embeddedWriteLock.lock();
      }
      try {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work);
      } catch (JdbiException | ConcurrentChange e) {
        if (attempt == MAX_ATTEMPTS || !conflicted(e)) {
          throw new IOException("cannot " + what + ": " + rootMessage(e)
              + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), e);
        }
      } finally {
        if (locked) {
          embeddedWriteLock.unlock();
        }
      }
      backOff(attempt);
    }
  }

  /** Thrown inside a write when a row it read was changed by another process before it wrote: run again. */
  static final class ConcurrentChange extends RuntimeException {
    ConcurrentChange(String what) {
      super(what + " changed meanwhile in another process");
    }
  }

  /** Checks that a guarded update found its row as read; otherwise the transaction is run again. */
  static void requireChanged(int rows, String what) {
    if (rows == 0) {
      throw new ConcurrentChange(what);
    }
  }

  /**
   * Serialization failure (40001), deadlock (40P01) or a unique key another transaction inserted
   * first (23505: the same turn number, the same version): worth running again.
   */
  private static boolean conflicted(Throwable e) {
    if (e instanceof ConcurrentChange) {
      return true;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01") || sql.getSQLState().equals("23505"))) {
        return true;
      }
    }
    return false;
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a database write", e);
    }
  }

  /**
   * After a purge: deleted rows' old images must not linger. SQLite overwrote the pages (secure
   * delete) and the write-ahead log is copied back and emptied; PostgreSQL rewrites the tables that
   * held questions (VACUUM FULL), so dead rows leave the table files. Write-ahead log archives and
   * base backups are the operator's (docs/deploy.md).
   */
  void afterPurge() throws IOException {
    String sql = kind == Kind.SQLITE ? "PRAGMA wal_checkpoint(TRUNCATE)"
        : "VACUUM FULL conversation_turns, conversations, articles, article_versions, article_evidence, "
            + "article_feedback, article_transitions";
    read("clean up after the purge", handle -> handle.execute(sql));
  }

  /** A consistent copy of the embedded database into {@code target} (SQLite's {@code VACUUM INTO}). */
  void copyEmbeddedTo(Path target) throws IOException {
    if (kind != Kind.SQLITE) {
      throw new IllegalStateException("only the embedded database is copied as a file");
    }
    String into = target.toAbsolutePath().toString().replace("'", "''");
    read("copy the article database", handle -> handle.execute("VACUUM INTO '" + into + "'"));
  }

  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }

  /** Stored content (articles, analyses, spans) as JSON; Optional fields as values or null. */
  static String toJson(Object value) {
    try {
      return org.galen.json.Jackson.writer().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Stored content read back; fields the type no longer has are skipped, so older rows still read. */
  static <T> T fromJson(String json, Class<T> type) {
    try {
      return org.galen.json.Jackson.tolerantReader().forType(type).readValue(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
