package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.galen.index.FileOutcome;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  private final FileOutcome outcome = new FileOutcome(Path.of("a.xml"), FileOutcome.Status.INGESTED, "medline", 10, 0, "");

  @Test
  void withoutATerminalPrintsPlainLinesWithRateAndEta() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "ingest");
    progress.start(2, 200);
    progress.fileDone(outcome, 1, 100, 10);
    progress.fileDone(outcome, 2, 200, 20);
    progress.finish();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).doesNotContain("\r").contains("ingest: 2/2 files, 20 documents").contains("documents/s, ETA");
  }

  @Test
  void onATerminalRedrawsOneBar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, "ingest");
    progress.start(1, 100);
    progress.fileDone(outcome, 1, 100, 10);
    progress.finish();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\r[##############################] 100% 1/1 files");
  }
}
