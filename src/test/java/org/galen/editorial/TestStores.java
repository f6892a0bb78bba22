package org.galen.editorial;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The editorial stores the suite runs on: SQLite always, and the PostgreSQL server whose URL
 * {@code .ci/run} exports ({@value #URL_VARIABLE}, password in {@value #PASSWORD_VARIABLE}) after
 * starting a throwaway cluster. Each test gets a new, empty PostgreSQL database. Without a server,
 * the PostgreSQL runs skip with a message; under {@code CI=true} they fail.
 */
public final class TestStores {
  public static final String URL_VARIABLE = "GALEN_TEST_DATABASE_URL";
  public static final String PASSWORD_VARIABLE = "GALEN_TEST_DATABASE_PASSWORD";

  /** Which store a test runs on. */
  public enum Kind { SQLITE, POSTGRESQL }

  private TestStores() {}

  /** For {@code @MethodSource}/{@code @ParameterizedClass}: every store. */
  public static Stream<Kind> kinds() {
    return Stream.of(Kind.values());
  }

  /** A new, empty database of a kind: SQLite in {@code dataDir}, or a new database on the test server. */
  public static Database open(Kind kind, Path dataDir) throws IOException {
    return Database.open(location(kind, dataDir));
  }

  /** Where a new, empty database of a kind is (created on the test server for PostgreSQL). */
  public static DatabaseLocation location(Kind kind, Path dataDir) {
    return kind == Kind.SQLITE ? new DatabaseLocation.Embedded(dataDir) : newServerDatabase();
  }

  /** A new database on the test server, for one test. */
  public static DatabaseLocation.Server newServerDatabase() {
    String server = serverUrl();
    String name = "galen_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(server, credentials())) {
      admin.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + server + ": " + e.getMessage(), e);
    }
    return new DatabaseLocation.Server(withDatabase(server, name), Optional.empty(), password());
  }

  /** A JDBC connection straight to a server database, for a test's own SQL (old schema versions). */
  public static Connection connect(DatabaseLocation.Server location) throws SQLException {
    return DriverManager.getConnection(location.url(), credentials());
  }

  private static String serverUrl() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String message = "no PostgreSQL for the editorial tests: " + URL_VARIABLE + " is not set (.ci/run starts a "
          + "throwaway cluster and sets it; to run them here: D=$(.ci/postgres start); export " + URL_VARIABLE
          + "=$(sed -n 1p $D/url) " + PASSWORD_VARIABLE + "=$(sed -n 2p $D/url))";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(message + " — under CI=true the PostgreSQL runs must not be skipped");
      }
      Assumptions.abort(message);
    }
    return url;
  }

  private static Optional<String> password() {
    return Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty());
  }

  private static Properties credentials() {
    Properties properties = new Properties();
    password().ifPresent(p -> properties.setProperty("password", p));
    return properties;
  }

  /** The server URL with another database name: {@code jdbc:postgresql://host:port/NAME?query}. */
  static String withDatabase(String url, String name) {
    int hostStart = "jdbc:postgresql://".length();
    int pathStart = url.indexOf('/', hostStart);
    int query = url.indexOf('?');
    String host = url.substring(0, pathStart < 0 ? (query < 0 ? url.length() : query) : pathStart);
    return host + "/" + name + (query < 0 ? "" : url.substring(query));
  }
}
