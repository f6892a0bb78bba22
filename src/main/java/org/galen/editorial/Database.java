package org.galen.editorial;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database of articles and conversations ({@code DATA/galen.db}), its schema
 * brought up to date by Flyway migrations ({@code db/migration}) every time it is opened, so an
 * older data directory just works after an upgrade.
 */
public final class Database {
  public static final String FILE_NAME = "galen.db";
  /** Another process (a running {@code galen serve}) may hold the write lock briefly. */
  private static final int BUSY_TIMEOUT_MS = 5_000;

  private final SQLiteDataSource dataSource;
  /**
   * Writers in this process queue here rather than in SQLite's busy handler, which sleeps in
   * growing steps and turned 16 concurrent asks into second-long tails (docs/benchmarks.md).
   */
  private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock(true);

  private Database(SQLiteDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens (creating if needed) the database in a data directory and migrates it. */
  public static Database open(Path dataDirectory) throws IOException {
    Path file = dataDirectory.resolve(FILE_NAME);
    if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) == 0
        && java.nio.file.Files.isDirectory(dataDirectory.resolve("index"))) {
      // An emptied database is not a new one: users, articles and the audit log would vanish without
      // a word if it were silently created again beside an index that has been in use.
      throw new IOException("the article database " + file + " is empty (0 bytes), although this data directory "
          + "holds an index: it was truncated or replaced, and nothing was changed; restore it from a backup with "
          + "'galen restore BACKUP_DIR' into a new data directory, or move it aside to start an empty one");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // In WAL mode NORMAL is durable against a crash of Galen; only a power cut can lose the last
    // commits. FULL would fsync on every stored article.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // Deleted rows are overwritten, not left in free pages: a purged question is gone from the file.
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    createPrivately(file);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    try {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      throw new IOException("cannot open the article database " + file + ": " + rootMessage(e), e);
    }
    return new Database(dataSource);
  }

  /**
   * A new database file is created readable by its owner only (0600), whatever the umask: it holds
   * questions, which may name patients. SQLite gives its WAL and shared-memory files the same mode.
   */
  private static void createPrivately(Path file) throws IOException {
    if (java.nio.file.Files.exists(file)
        || !java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.nio.file.Files.createFile(file);
    java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  /**
   * Copies the write-ahead log into the database and empties it: after a purge, the deleted pages'
   * old images must not linger in {@code galen.db-wal}.
   */
  void checkpoint() throws SQLException {
    try (Connection connection = connect(); java.sql.Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** JSON for stored content (articles, analyses, spans); Optional fields as values or null. */
  static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
      .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
    }
  }

  /** Runs one parameterised statement; returns the rows changed. */
  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** A unit of writing work, run with this process's write lock held. */
  interface Write<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction on a fresh connection, holding the write lock; rolls back on failure. */
  <T> T write(Write<T> work) throws SQLException {
    writeLock.lock();
    try (Connection connection = connect()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } finally {
      writeLock.unlock();
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
