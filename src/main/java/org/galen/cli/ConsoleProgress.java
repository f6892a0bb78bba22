package org.galen.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.galen.index.FileOutcome;
import org.galen.index.IngestProgress;

/**
 * Ingest progress on standard error: a redrawn bar on a terminal, a plain line every few seconds
 * otherwise (logs, CI). ETA is from bytes read, which tracks work better than file counts when one
 * file holds thousands of documents. Hand-written: the bar is one line of arithmetic, and the
 * progress-bar libraries want a known total of items, which streaming readers do not have.
 */
final class ConsoleProgress implements IngestProgress {
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final long LINE_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private long started;
  private long lastPrinted;
  private int files;
  private long bytes;

  ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  static ConsoleProgress forStandardError() {
    return new ConsoleProgress(System.err, System.console() != null);
  }

  @Override
  public synchronized void start(int fileCount, long byteCount) {
    this.files = fileCount;
    this.bytes = Math.max(byteCount, 1);
    this.started = System.nanoTime();
    this.lastPrinted = started;
  }

  @Override
  public synchronized void fileDone(FileOutcome outcome, int filesDone, long bytesDone, long documents) {
    long now = System.nanoTime();
    boolean last = filesDone == files;
    if (!last && now - lastPrinted < (terminal ? REDRAW_NANOS : LINE_NANOS)) {
      return;
    }
    lastPrinted = now;
    double seconds = Math.max(now - started, 1) / 1e9;
    double fraction = Math.min(1.0, bytesDone / (double) bytes);
    long eta = fraction <= 0 ? 0 : Math.round(seconds / fraction - seconds);
    String status = String.format("%d/%d files, %d documents, %.0f documents/s, ETA %s", filesDone, files, documents,
        documents / seconds, duration(eta));
    if (terminal) {
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
          + String.format("%3d%% ", Math.round(fraction * 100)) + status + "   ");
    } else {
      out.println("ingest: " + status);
    }
    out.flush();
  }

  @Override
  public synchronized void finish() {
    if (terminal) {
      out.println();
    }
  }

  private static String duration(long seconds) {
    return seconds >= 60 ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
  }
}
