package org.galen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceWriter;
import org.galen.index.VectorPhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "embed", mixinStandardHelpOptions = true,
    description = {"Computes the vectors that are still missing (after 'ingest --no-vectors' or an interrupted "
        + "ingest), so retrieval becomes hybrid. Resumable: progress is committed every 30 s."})
final class EmbedCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    galen.openIndex().close(); // explains a missing data directory or index before the model loads
    try (EvidenceWriter indexer = galen.openWriter()) {
      embed(indexer, spec.commandLine().getOut());
    }
    return 0;
  }

  /** Runs the vector phase on an open indexer, reporting to the user. */
  static void embed(EvidenceWriter indexer, PrintWriter out) throws Exception {
    long started = System.nanoTime();
    ConsoleProgress progress = ConsoleProgress.forStandardError("embed");
    long embedded;
    try (Embedder embedder = new BgeSmallEmbedder()) {
      embedded = new VectorPhase(indexer, embedder, progress).run();
    } finally {
      progress.finish();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf("embedded %d passages in %.1f s (%.0f passages/s); vectors complete%n", embedded, seconds,
        embedded / Math.max(seconds, 1e-9));
    out.flush();
  }
}
