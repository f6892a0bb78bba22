package org.galen.index;

/** Receives ingest progress; implementations decide how to show it (bar on a terminal, lines in a log). */
public interface IngestProgress {
  /** Called once, before any file, with what there is to do. */
  void start(int files, long bytes);

  /** Called after each file; counts are totals so far. Called from worker threads. */
  void fileDone(FileOutcome outcome, int filesDone, long bytesDone, long documents);

  void finish();

  IngestProgress NONE = new IngestProgress() {
    @Override
    public void start(int files, long bytes) {}

    @Override
    public void fileDone(FileOutcome outcome, int filesDone, long bytesDone, long documents) {}

    @Override
    public void finish() {}
  };
}
