package org.galen.editorial;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL editorial database backed up with the server's own tool, {@code pg_dump} (custom
 * format, restored with {@code pg_restore}). The password goes to it in its environment
 * ({@code PGPASSWORD}), never on its command line.
 */
final class PostgresDump {
  static final String FILE_NAME = "galen.pgdump";

  private PostgresDump() {}

  /** pg_dump's connection arguments for a JDBC URL: host, port, database and user. */
  static List<String> connectionArguments(DatabaseLocation.Server server) {
    URI uri = URI.create(server.url().substring("jdbc:".length()));
    List<String> arguments = new ArrayList<>(List.of("--host", uri.getHost() == null ? "localhost" : uri.getHost(),
        "--port", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
        "--dbname", uri.getPath() == null || uri.getPath().length() < 2 ? "postgres" : uri.getPath().substring(1)));
    Optional<String> user = server.user().or(() -> parameter(uri, "user"));
    user.ifPresent(name -> arguments.addAll(List.of("--username", name)));
    return arguments;
  }

  private static Optional<String> parameter(URI uri, String name) {
    if (uri.getQuery() == null) {
      return Optional.empty();
    }
    for (String pair : uri.getQuery().split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        return Optional.of(pair.substring(equals + 1));
      }
    }
    return Optional.empty();
  }

  /** Dumps the database into {@code target}; fails naming what to run when pg_dump is missing. */
  static void dump(DatabaseLocation.Server server, Path target) throws IOException {
    List<String> command = new ArrayList<>(List.of(pgDump(server), "--format=custom", "--no-owner", "--file",
        target.toAbsolutePath().toString()));
    command.addAll(connectionArguments(server));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    server.password().ifPresent(password -> builder.environment().put("PGPASSWORD", password));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException("pg_dump failed for " + server.describe() + ": " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pg_dump ran", e);
    }
  }

  /** The pg_dump to run: on PATH, else Debian's PostgreSQL 15; named in the failure when neither is there. */
  private static String pgDump(DatabaseLocation.Server server) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "pg_dump"))) {
        return Path.of(directory, "pg_dump").toString();
      }
    }
    Path debian = Path.of("/usr/lib/postgresql/15/bin/pg_dump");
    if (Files.isExecutable(debian)) {
      return debian.toString();
    }
    throw new IllegalStateException("pg_dump is not installed here, so the PostgreSQL article database was not "
        + "backed up: install postgresql-client-15, or run where it is installed: pg_dump --format=custom --file "
        + FILE_NAME + " " + String.join(" ", connectionArguments(server)));
  }

  /** What the operator runs to load a dump into the (empty) database of a team deployment. */
  static String restoreCommand(Path dump) {
    return "pg_restore --no-owner --dbname DATABASE " + dump.toAbsolutePath();
  }
}
