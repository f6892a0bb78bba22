package org.galen.index;

import java.time.Duration;
import java.util.List;

/** The outcome of one {@code galen ingest}: every file's fate, and totals. */
public record IngestSummary(List<FileOutcome> files, Duration elapsed) {
  public IngestSummary {
    files = List.copyOf(files);
  }

  public long count(FileOutcome.Status status) {
    return files.stream().filter(f -> f.status() == status).count();
  }

  public long documents() {
    return files.stream().mapToLong(FileOutcome::documents).sum();
  }

  public long deleted() {
    return files.stream().mapToLong(FileOutcome::deleted).sum();
  }

  public boolean anyFailed() {
    return count(FileOutcome.Status.FAILED) > 0;
  }
}
