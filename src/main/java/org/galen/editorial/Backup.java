package org.galen.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.index.IndexWriter;

/**
 * A consistent snapshot of a data directory: the index's last commit (taken while holding the
 * index's write lock, so no ingest can change it meanwhile), the article database (SQLite's
 * {@code VACUUM INTO}, a transactionally consistent copy), and the vocabulary files. Restore copies
 * it into an empty data directory.
 */
public final class Backup {
  private static final String INDEX = "index";
  private static final String VOCABULARY = "vocabulary";

  private Backup() {}

  /** What a backup or restore copied. */
  public record Copied(int indexFiles, long indexBytes, boolean database, int vocabularyFiles) {}

  public static Copied create(Path dataDirectory, Path target) throws IOException {
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      throw new IllegalArgumentException("backup target " + target + " exists and is not an empty directory");
    }
    Path index = dataDirectory.resolve(INDEX);
    if (!Files.isDirectory(index)) {
      throw new IllegalArgumentException("no index in " + index + ": nothing to back up");
    }
    Files.createDirectories(target.resolve(INDEX));
    int files = 0;
    long bytes = 0;
    try (Directory directory = FSDirectory.open(index); Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      java.util.List<IndexCommit> commits = DirectoryReader.listCommits(directory);
      IndexCommit commit = commits.get(commits.size() - 1);
      for (String file : commit.getFileNames()) {
        Path copy = Files.copy(index.resolve(file), target.resolve(INDEX).resolve(file));
        files++;
        bytes += Files.size(copy);
      }
    } catch (LockObtainFailedException e) {
      throw new IllegalStateException("another galen process is writing the index; back up when it has finished", e);
    }
    boolean database = Files.exists(dataDirectory.resolve(Database.FILE_NAME));
    if (database) {
      Database source = Database.open(dataDirectory);
      try (Connection connection = source.connect(); Statement vacuum = connection.createStatement()) {
        vacuum.execute("VACUUM INTO '" + target.resolve(Database.FILE_NAME).toAbsolutePath().toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new IOException("cannot copy the article database: " + e.getMessage(), e);
      }
    }
    return new Copied(files, bytes, database, copyTree(dataDirectory.resolve(VOCABULARY), target.resolve(VOCABULARY)));
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
    boolean database = Files.exists(backup.resolve(Database.FILE_NAME));
    if (database) {
      Files.copy(backup.resolve(Database.FILE_NAME), dataDirectory.resolve(Database.FILE_NAME));
      Database.open(dataDirectory);
    }
    return new Copied(files, bytes, database, copyTree(backup.resolve(VOCABULARY), dataDirectory.resolve(VOCABULARY)));
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
