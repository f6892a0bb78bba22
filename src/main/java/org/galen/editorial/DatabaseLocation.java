package org.galen.editorial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the editorial state lives: the embedded SQLite file of a data directory (the default), or a
 * PostgreSQL server several Galen servers share. A server's URL carries no password: the password
 * comes from the environment or a file only its owner can read, so it never shows in a log, in
 * {@code ps} or in the data directory's record of the URL.
 */
public sealed interface DatabaseLocation {
  /** {@code DATA/galen.db}. */
  record Embedded(Path dataDirectory) implements DatabaseLocation {
    public Path file() {
      return dataDirectory.resolve(Database.FILE_NAME);
    }

    @Override
    public boolean exists() {
      return Files.exists(file());
    }

    @Override
    public String describe() {
      return file().toString();
    }
  }

  /** A PostgreSQL database: {@code jdbc:postgresql://host:port/name[?user=…]}. */
  record Server(String url, Optional<String> user, Optional<String> password) implements DatabaseLocation {
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)[?&](password|sslpassword)=");

    public Server {
      if (!url.startsWith("jdbc:postgresql://")) {
        throw new IllegalArgumentException("database URL '" + url + "': Galen speaks PostgreSQL "
            + "(jdbc:postgresql://HOST:PORT/DATABASE); leave it out for the embedded SQLite database");
      }
      if (SECRET_PARAMETER.matcher(url).find()) {
        // Refused, not stripped: a password typed on a command line is already in shell histories and ps.
        throw new IllegalArgumentException("the database URL holds a password, which would show in logs and in ps: "
            + "remove it from the URL and give it in GALEN_DATABASE_PASSWORD or --database-password-file");
      }
    }

    /** A server always "exists": its schema is created or migrated when first opened. */
    @Override
    public boolean exists() {
      return true;
    }

    @Override
    public String describe() {
      return url;
    }
  }

  /** Whether there is a database yet (commands that only check articles skip when there is none). */
  boolean exists();

  /** Where it is, for messages: never a credential. */
  String describe();
}
