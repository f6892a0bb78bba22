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
    /** Parameter names that carry a secret, however a URL spells them once decoded. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(pass|pwd|secret|token).*");
    private static final String NO_SECRETS = "give the password in GALEN_DATABASE_PASSWORD or "
        + "--database-password-file, never in the URL";

    public Server {
      // Messages never repeat the URL: it may hold the very secret being refused.
      if (!url.startsWith("jdbc:postgresql://")) {
        throw new IllegalArgumentException("the database URL is not a PostgreSQL URL: Galen speaks PostgreSQL "
            + "(jdbc:postgresql://HOST:PORT/DATABASE); leave it out for the embedded SQLite database");
      }
      String authority = url.substring("jdbc:postgresql://".length()).split("[/?]", 2)[0];
      if (authority.contains("@")) {
        // Refused, not stripped: a password typed on a command line is already in shell histories and ps.
        throw new IllegalArgumentException("the database URL names a user and password before the host (USER:PASSWORD@"
            + "HOST): give the user as ?user=NAME or in GALEN_DATABASE_USER, and " + NO_SECRETS);
      }
      // The driver's own parser reads the URL as it will connect: whatever it would take as a
      // parameter is checked, by its name decoded and trimmed ("pass%77ord", "password ").
      java.util.Properties parsed = org.postgresql.Driver.parseURL(url, null);
      if (parsed == null) {
        throw new IllegalArgumentException("the database URL cannot be read as jdbc:postgresql://HOST:PORT/DATABASE"
            + "[?user=NAME]");
      }
      for (String name : parsed.stringPropertyNames()) {
        String decoded;
        try {
          decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
          decoded = name.strip();
        }
        if (SECRET_NAME.matcher(decoded).matches()) {
          throw new IllegalArgumentException("the database URL holds a password (its parameter \"" + decoded.toLowerCase(
              java.util.Locale.ROOT) + "\"), which would show in logs and in ps: remove it, and " + NO_SECRETS);
        }
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
