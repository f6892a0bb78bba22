package org.galen.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.galen.index.IndexFiles;

/**
 * A consistent snapshot of a data directory: the index's last commit (taken while holding the
 * index's write lock, so no ingest can change it meanwhile), the article database (SQLite's
 * {@code VACUUM INTO}, a transactionally consistent copy; a PostgreSQL database's {@code pg_dump}),
 * and the vocabulary files. Restore copies it into an empty data directory.
 */
public final class Backup {
  private static final String INDEX = "index";
  private static final String VOCABULARY = "vocabulary";

  private Backup() {}

  /**
   * What a backup or restore copied.
   *
   * @param operatorStep what is left for the operator to do (load a PostgreSQL dump); empty when nothing
   */
  public record Copied(int indexFiles, long indexBytes, boolean database, int vocabularyFiles,
      java.util.Optional<String> operatorStep) {
    Copied(int indexFiles, long indexBytes, boolean database, int vocabularyFiles) {
      this(indexFiles, indexBytes, database, vocabularyFiles, java.util.Optional.empty());
    }
  }

  public static Copied create(Path dataDirectory, Path target) throws IOException {
    return create(dataDirectory, new DatabaseLocation.Embedded(dataDirectory), target);
  }

  /**
   * Backs up the index and vocabulary of a data directory and the article database wherever it is:
   * the embedded file copied consistently, a PostgreSQL database dumped with {@code pg_dump}.
   */
  public static Copied create(Path dataDirectory, DatabaseLocation databaseLocation, Path target) throws IOException {
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      throw new IllegalArgumentException("backup target " + target + " exists and is not an empty directory");
    }
    Path indexFolder = dataDirectory.resolve(INDEX);
    if (!Files.isDirectory(indexFolder)) {
      throw new IllegalArgumentException("no index in " + indexFolder + ": nothing to back up");
    }
    Files.createDirectories(target.resolve(INDEX));
    IndexFiles.Copied index;
    try {
      index = IndexFiles.copyLastCommit(indexFolder, target.resolve(INDEX));
    } catch (IOException e) {
      if (IndexFiles.heldByAnotherWriter(e)) {
        throw new IllegalStateException("another galen process is writing the index; back up when it has finished", e);
      }
      throw e;
    }
    boolean database = databaseLocation.exists();
    if (databaseLocation instanceof DatabaseLocation.Server server) {
      PostgresDump.dump(server, target.resolve(PostgresDump.FILE_NAME));
    } else if (database) {
      try (Database source = Database.open(databaseLocation)) {
        source.copyEmbeddedTo(target.resolve(Database.FILE_NAME));
      }
    }
    return new Copied(index.files(), index.bytes(), database,
        copyTree(dataDirectory.resolve(VOCABULARY), target.resolve(VOCABULARY)));
  }

  public static Copied restore(Path backup, Path dataDirectory) throws IOException {
    if (!Files.isDirectory(backup.resolve(INDEX))) {
      throw new IllegalArgumentException(backup + " is not a galen backup: it has no index folder");
    }
    if (Files.exists(dataDirectory) && !isEmpty(dataDirectory)) {
      throw new IllegalArgumentException("restore needs an empty data directory, and " + dataDirectory
          + " is not empty: nothing was changed");
    }
    Files.createDirectories(dataDirectory);
    int files = copyTree(backup.resolve(INDEX), dataDirectory.resolve(INDEX));
    long bytes;
    try (Stream<Path> copied = Files.list(dataDirectory.resolve(INDEX))) {
      bytes = copied.mapToLong(Backup::size).sum();
    }
    int vocabulary = copyTree(backup.resolve(VOCABULARY), dataDirectory.resolve(VOCABULARY));
    if (Files.exists(backup.resolve(PostgresDump.FILE_NAME))) {
      // A shared database is the team's, not this directory's: loading it is the operator's decision.
      return new Copied(files, bytes, false, vocabulary, java.util.Optional.of("the article database of this backup "
          + "is a PostgreSQL dump: load it into an empty database with '"
          + PostgresDump.restoreCommand(backup.resolve(PostgresDump.FILE_NAME)) + "', then give that database's URL "
          + "with --database"));
    }
    boolean database = Files.exists(backup.resolve(Database.FILE_NAME));
    if (database) {
      Files.copy(backup.resolve(Database.FILE_NAME), dataDirectory.resolve(Database.FILE_NAME));
      Database.open(dataDirectory).close();
    }
    return new Copied(files, bytes, database, vocabulary);
  }

  private static int copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return 0;
    }
    Files.createDirectories(to);
    int copied = 0;
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
        copied++;
      }
    }
    return copied;
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
