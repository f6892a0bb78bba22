package org.galen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.editorial.Database;
import org.galen.index.IndexFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Checks a data directory's two stores without changing them: the embedded index with Lucene's
 * {@code CheckIndex} (every segment read whole, checksums included), and the article database with
 * SQLite's {@code PRAGMA integrity_check}. Exit 0 when both are whole, 1 when either is damaged.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks the index (Lucene CheckIndex) and the article database (SQLite integrity_check); "
        + "changes nothing. Exit 1 when either is damaged.")
final class CheckCommand implements Callable<Integer> {
  /** SQLite's answer when the database is whole. */
  private static final String SQLITE_OK = "ok";

  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataDirectory data = galen.dataDirectory().forReading();
    PrintWriter out = spec.commandLine().getOut();
    List<String> damaged = new ArrayList<>();
    BackendChoice backend = galen.backendChoice(false);
    if (backend.cluster()) {
      // A cluster checks its own shards; what Galen can check is that its index answers.
      try (org.galen.index.EvidenceReader index = galen.openIndex()) {
        out.println("index " + backend.index() + " on " + String.join(",", backend.urls()) + ": answering, "
            + index.stats().documents() + " documents");
      } catch (java.io.IOException e) {
        damaged.add("index: " + e.getMessage());
      }
    } else {
      IndexFiles.check(data.index()).ifPresentOrElse(problem -> damaged.add("index: " + problem),
          () -> out.println("index " + data.index() + ": whole"));
    }
    org.galen.editorial.DatabaseLocation location = galen.databaseLocation();
    if (location instanceof org.galen.editorial.DatabaseLocation.Server) {
      // A server checks its own pages; what Galen can check is that it answers with a current schema.
      try (Database opened = Database.open(location)) {
        out.println("database " + location.describe() + ": reachable, schema current");
      } catch (java.io.IOException e) {
        damaged.add("database: " + e.getMessage());
      }
    } else if (location.exists()) {
      Path database = data.root().resolve(Database.FILE_NAME);
      checkDatabase(database).ifPresentOrElse(problem -> damaged.add("database: " + problem),
          () -> out.println("database " + database + ": whole"));
    } else {
      out.println("database " + location.describe() + ": none yet");
    }
    damaged.forEach(problem -> out.println("DAMAGED " + problem));
    if (!damaged.isEmpty()) {
      out.println("Restore the data directory from a backup ('galen restore BACKUP_DIR'), or re-ingest the "
          + "sources into a new data directory.");
    }
    out.flush();
    return damaged.isEmpty() ? 0 : Main.EXIT_FAILED;
  }

  private static java.util.Optional<String> checkDatabase(Path database) {
    try {
      // SQLite reads a zero-byte file as a new, empty database and calls it whole; Galen never
      // leaves one empty (it creates its schema at once), so an emptied file lost everything.
      if (Files.size(database) == 0) {
        return java.util.Optional.of("empty (0 bytes): it was truncated or replaced");
      }
    } catch (java.io.IOException e) {
      return java.util.Optional.of("cannot be read (" + e.getMessage() + ")");
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + database + "?mode=ro");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      List<String> problems = new ArrayList<>();
      while (result.next()) {
        problems.add(result.getString(1));
      }
      return problems.equals(List.of(SQLITE_OK)) ? java.util.Optional.empty()
          : java.util.Optional.of(String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
    } catch (SQLException e) {
      return java.util.Optional.of("cannot be read (" + e.getMessage() + ")");
    }
  }
}
