package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.galen.SharedData;
import org.galen.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real ingest process killed with SIGKILL part-way: the last committed index must still open and serve. */
class KilledIngestTest {
  @Test
  void killedIngestLeavesTheLastCommittedIndexUsable(@TempDir Path dataDir) throws Exception {
    Path nstg = SharedData.require("corpus/nstg");
    Path medquad = SharedData.require("corpus/medquad");
    assertThat(Main.run("--data-dir", dataDir.toString(), "ingest", "--no-vectors", nstg.toString())).isZero();

    Process ingest = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--data-dir", dataDir.toString(), "ingest", "--no-vectors", medquad.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("ingest.log").toFile())
        .start();
    Thread.sleep(3_000);
    assertThat(ingest.isAlive()).as("ingest should still be running when killed").isTrue();
    ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    try (EvidenceIndex index = EvidenceIndex.open(dataDir.resolve("index"))) {
      assertThat(index.stats().bySource().get("nstg").documents()).isEqualTo(270);
      assertThat(index.document("nstg:acute-otitis-media")).isPresent();
    }
    // And the data directory takes writes again: the dead process's lock does not linger.
    assertThat(Main.run("--data-dir", dataDir.toString(), "ingest", "--no-vectors", nstg.toString())).isZero();
  }
}
