package org.galen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.editorial.DatabaseLocation;

/**
 * Which editorial database a command uses: {@code --database URL}, else {@code GALEN_DATABASE_URL},
 * else the URL recorded in the data directory by an earlier command, else the embedded SQLite file.
 * A URL given is recorded ({@code DATA/database.url}, owner-only) so later commands need not repeat
 * it. The user comes from the URL or {@code GALEN_DATABASE_USER}; the password from
 * {@code GALEN_DATABASE_PASSWORD} or a file only its owner can read — never the command line.
 */
final class DatabaseChoice {
  static final String URL_VARIABLE = "GALEN_DATABASE_URL";
  static final String USER_VARIABLE = "GALEN_DATABASE_USER";
  static final String PASSWORD_VARIABLE = "GALEN_DATABASE_PASSWORD";
  static final String RECORD = "database.url";
  private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

  private DatabaseChoice() {}

  /**
   * The database for a data directory.
   *
   * @param record whether to record a given URL in the data directory (commands that write)
   */
  static DatabaseLocation resolve(Optional<String> option, Optional<Path> passwordFile, Map<String, String> environment,
      Path dataDirectory, boolean record) {
    Path recorded = dataDirectory.resolve(RECORD);
    Optional<String> given = option.or(() -> Optional.ofNullable(environment.get(URL_VARIABLE)))
        .map(String::strip).filter(url -> !url.isEmpty());
    Optional<String> url = given.isPresent() ? given : read(recorded);
    if (url.isEmpty()) {
      return new DatabaseLocation.Embedded(dataDirectory);
    }
    DatabaseLocation.Server server;
    try {
      server = new DatabaseLocation.Server(url.get(), Optional.ofNullable(environment.get(USER_VARIABLE))
          .filter(user -> !user.isBlank()), password(passwordFile, environment));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    if (record && given.isPresent() && Files.isDirectory(dataDirectory) && !given.equals(read(recorded))) {
      write(recorded, given.get());
    }
    return server;
  }

  private static Optional<String> password(Optional<Path> file, Map<String, String> environment) {
    if (file.isEmpty()) {
      return Optional.ofNullable(environment.get(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty());
    }
    try {
      if (Files.getFileStore(file.get()).supportsFileAttributeView("posix")
          && !java.util.Collections.disjoint(Files.getPosixFilePermissions(file.get()), GROUP_OR_OTHERS)) {
        throw new UserError("database password file " + file.get() + " can be read or written by other users: "
            + "chmod 600 " + file.get());
      }
      return Optional.of(Files.readString(file.get()).strip());
    } catch (IOException e) {
      throw new UserError("cannot read the database password file " + file.get() + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> read(Path recorded) {
    try {
      return Files.isRegularFile(recorded) ? Optional.of(Files.readString(recorded).strip()).filter(u -> !u.isEmpty())
          : Optional.empty();
    } catch (IOException e) {
      throw new UserError("cannot read " + recorded + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path recorded, String url) {
    try {
      Path temporary = Files.createTempFile(recorded.getParent(), RECORD, ".tmp");
      Files.writeString(temporary, url + "\n");
      Files.move(temporary, recorded, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UserError("cannot record the database URL in " + recorded + ": " + e.getMessage(), e);
    }
  }
}
