package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A database whose schema is current opens without Flyway; any other is left to Flyway. */
@ParameterizedClass
@MethodSource("org.galen.editorial.TestStores#kinds")
class DatabaseMigrationTest {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  @Parameter
  TestStores.Kind kind;

  @TempDir
  Path dataDir;

  @Test
  void theNewestMigrationIsTheNewestFileOfTheMigrations() throws Exception {
    Path migrations = Path.of(Database.class.getClassLoader().getResource("db/migration").toURI());
    int newest;
    try (Stream<Path> files = Files.list(migrations)) {
      newest = files.map(file -> VERSIONED.matcher(file.getFileName().toString())).filter(Matcher::matches)
          .mapToInt(match -> Integer.parseInt(match.group(1))).max().orElseThrow();
    }
    assertThat(Database.NEWEST_MIGRATION).isEqualTo(newest);
  }

  @Test
  void aDatabaseAtTheNewestMigrationIsOpenedWithoutFlyway() throws Exception {
    DatabaseLocation location = TestStores.location(kind, dataDir);
    Database.open(location).close();
    // Flyway would refuse this history (an applied migration's checksum no longer matches its file):
    // a database found current is not handed to Flyway.
    execute(location, "UPDATE flyway_schema_history SET checksum = 1 WHERE version = '1'");
    Database.open(location).close();
  }

  @Test
  void aDatabaseWithAFailedMigrationIsLeftToFlywayWhichRefusesIt() throws Exception {
    DatabaseLocation location = TestStores.location(kind, dataDir);
    Database.open(location).close();
    execute(location, "UPDATE flyway_schema_history SET success = " + (kind == TestStores.Kind.SQLITE ? "0" : "false")
        + " WHERE version = '" + Database.NEWEST_MIGRATION + "'");
    assertThatThrownBy(() -> Database.open(location).close()).isInstanceOf(IOException.class)
        .hasMessageContaining("cannot open the article database");
  }

  private static void execute(DatabaseLocation location, String sql) throws SQLException {
    try (Connection connection = location instanceof DatabaseLocation.Server server ? TestStores.connect(server)
        : DriverManager.getConnection("jdbc:sqlite:" + ((DatabaseLocation.Embedded) location).file())) {
      connection.createStatement().execute(sql);
    }
  }
}
