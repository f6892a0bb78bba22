package org.galen.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded index's folder as an operator handles it: checked whole ({@code galen check}), copied
 * at its last commit ({@code galen backup}), and the failures that mean its files are damaged or that
 * another process is writing them. Everything here is said in files, commits and problems, so the
 * commands that use it need not know the index is Lucene. Stateless; every method may be called
 * from any thread.
 */
public final class IndexFiles {
  private IndexFiles() {}

  /** What a copy of the last commit wrote. */
  public record Copied(int files, long bytes) {}

  /**
   * Reads every segment of the index whole, checksums included, and changes nothing.
   *
   * @return empty when the index is whole; otherwise what is wrong with it, in a user's words
   * @throws IOException when another process holds the index's write lock (a {@link
   *     #heldByAnotherWriter held} failure); every other failure to read is returned as damage
   */
  public static Optional<String> check(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return Optional.of("no index at " + index);
    }
    try (Directory directory = FSDirectory.open(index); CheckIndex checker = new CheckIndex(directory)) {
      CheckIndex.Status status = checker.checkIndex();
      if (status.clean) {
        return Optional.empty();
      }
      long broken = status.segmentInfos.stream().filter(s -> s.error != null).count();
      return Optional.of(broken + " of " + status.numSegments + " segments damaged"
          + (status.missingSegments ? ", segments file missing" : ""));
    } catch (LockObtainFailedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return Optional.of("cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Copies the files of the index's last commit into {@code target} (an existing folder), holding the
   * index's write lock meanwhile so no ingest can change or delete them under the copy.
   *
   * @throws IOException a {@link #heldByAnotherWriter held} failure when another process is writing
   *     the index; nothing is copied then
   */
  public static Copied copyLastCommit(Path index, Path target) throws IOException {
    int files = 0;
    long bytes = 0;
    try (Directory directory = FSDirectory.open(index); Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      List<IndexCommit> commits = DirectoryReader.listCommits(directory);
      IndexCommit commit = commits.get(commits.size() - 1);
      for (String file : commit.getFileNames()) {
        Path copy = Files.copy(index.resolve(file), target.resolve(file));
        files++;
        bytes += Files.size(copy);
      }
    }
    return new Copied(files, bytes);
  }

  /**
   * Whether a failure is the index's write lock held by another process (a server embedding with
   * {@code --embed}, another ingest): the caller may wait, or tell the user to.
   */
  public static boolean heldByAnotherWriter(Throwable failure) {
    return failure instanceof LockObtainFailedException;
  }

  /**
   * Whether a failure comes from damaged index files: Lucene's own verdicts (a checksum or format
   * error), or a read that went out of bounds inside Lucene's codecs, as random bytes in a segment do.
   * The failure's causes are searched too.
   */
  public static boolean damaged(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CorruptIndexException || cause instanceof IndexFormatTooOldException
          || cause instanceof IndexFormatTooNewException) {
        return true;
      }
      boolean outOfBounds = cause instanceof IndexOutOfBoundsException || cause instanceof java.io.EOFException
          || cause instanceof IllegalArgumentException || cause instanceof NegativeArraySizeException;
      StackTraceElement[] trace = cause.getStackTrace();
      if (outOfBounds && trace.length > 0 && trace[0].getClassName().startsWith("org.apache.lucene.")) {
        return true;
      }
    }
    return false;
  }
}
