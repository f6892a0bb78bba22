package org.galen.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.galen.index.FileOutcome;
import org.galen.index.IngestProgress;
import org.galen.index.VectorPhase;

/**
 * Ingest and embedding progress on standard error: a redrawn bar on a terminal, a plain line every few seconds
 * otherwise (logs, CI). ETA is from bytes read, which tracks work better than file counts when one
 * file holds thousands of documents. Hand-written: the bar is one line of arithmetic, and the
 * progress-bar libraries want a known total of items, which streaming readers do not have.
 */
final class ConsoleProgress implements IngestProgress, VectorPhase.Progress {
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final long LINE_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final String label;
  private long started = System.nanoTime();
  private long lastPrinted = started;
  private int files;
  private long bytes;

  ConsoleProgress(PrintStream out, boolean terminal, String label) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
  }

  static ConsoleProgress forStandardError(String label) {
    return new ConsoleProgress(System.err, System.console() != null, label);
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
    double seconds = elapsedSeconds();
    show(Math.min(1.0, bytesDone / (double) bytes), filesDone == files, String.format(
        "%d/%d files, %d documents, %.0f documents/s", filesDone, files, documents, documents / seconds));
  }

  @Override
  public synchronized void embedded(long done, long total) {
    double seconds = elapsedSeconds();
    show(total == 0 ? 1.0 : done / (double) total, done >= total,
        String.format("%d/%d passages, %.0f passages/s", done, total, done / seconds));
  }

  @Override
  public synchronized void finish() {
    if (terminal) {
      out.println();
    }
  }

  private void show(double fraction, boolean last, String status) {
    long now = System.nanoTime();
    if (!last && now - lastPrinted < (terminal ? REDRAW_NANOS : LINE_NANOS)) {
      return;
    }
    lastPrinted = now;
    double seconds = elapsedSeconds();
    long eta = fraction <= 0 ? 0 : Math.round(seconds / fraction - seconds);
    String line = status + ", ETA " + duration(eta);
    if (terminal) {
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
          + String.format("%3d%% ", Math.round(fraction * 100)) + line + "   ");
    } else {
      out.println(label + ": " + line);
    }
    out.flush();
  }

  private double elapsedSeconds() {
    return Math.max(System.nanoTime() - started, 1) / 1e9;
  }

  private static String duration(long seconds) {
    return seconds >= 60 ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
  }
}
