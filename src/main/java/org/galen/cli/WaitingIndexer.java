package org.galen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.galen.index.IndexFiles;
import org.galen.index.Indexer;

/**
 * Opens the index for writing, waiting while another Galen process writes to it — a server
 * embedding with {@code serve --embed}, another ingest — and saying so once, instead of failing.
 */
final class WaitingIndexer {
  /** How often the lock is tried again. */
  private static final Duration RETRY = Duration.ofSeconds(2);
  /** Longer than embedding the demo corpus takes on two cores; then the command gives up. */
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(60);

  private WaitingIndexer() {}

  static Indexer open(Path index, PrintWriter err) throws IOException {
    long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
    boolean said = false;
    while (true) {
      try {
        return new Indexer(index);
      } catch (IOException busy) {
        if (!IndexFiles.heldByAnotherWriter(busy) || System.nanoTime() > deadline) {
          throw busy;
        }
        if (!said) {
          err.println("galen: waiting for the index: another galen process is writing to it (a server embedding "
              + "with --embed, or another ingest or removal); this goes on when it is done. Ctrl-C stops waiting.");
          err.flush();
          said = true;
        }
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw busy;
        }
      }
    }
  }
}
