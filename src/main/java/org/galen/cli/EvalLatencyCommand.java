package org.galen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.galen.eval.Topic;
import org.galen.eval.Topics;
import org.galen.index.EvidenceReader;
import org.galen.retrieve.Retriever;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Warm search latency of this deployment, embedded or cluster: the topics are searched once to
 * warm caches and the JIT, then timed pass by pass in one process (retrieval as {@code galen
 * search} runs it, top {@code k} passages with their stored fields). Question text is never printed.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
    description = {"Warm search latency over the current data directory: p50, p95, p99 and max of each pass,",
        "every topic searched once per pass after a warm-up pass."})
final class EvalLatencyCommand implements Callable<Integer> {
  @ParentCommand
  EvalCommand eval;

  @Spec
  CommandSpec spec;

  @Option(names = "--topics", required = true, paramLabel = "FILE",
      description = "Queries: TSV 'id<TAB>text' (plain or .gz) or SciFact claims JSONL.")
  Path topics;

  @Option(names = "--passes", paramLabel = "N", description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int passes = 3;

  @Option(names = "--k", paramLabel = "K", description = "Passages per search (default: ${DEFAULT-VALUE}).")
  int k = 10;

  @Mixin
  RetrievalOptions retrieval;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(topics)) {
      throw new UserError("cannot read " + topics);
    }
    if (passes < 1 || k < 1) {
      throw new UserError("--passes and --k must be at least 1");
    }
    List<Topic> queries;
    try {
      queries = Topics.read(topics);
    } catch (java.io.IOException e) {
      throw new UserError(e.getMessage(), e);
    }
    if (queries.isEmpty()) {
      throw new UserError("no topics in " + topics);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (EvidenceReader index = eval.galen.openIndex();
         RetrievalOptions.Setup setup = retrieval.open(index, eval.galen.dataDirectory())) {
      Retriever retriever = setup.retriever();
      out.printf(Locale.ROOT, "mode %s, %d topics, k %d%n", setup.modeNow(), queries.size(), k);
      for (Topic query : queries) {
        retriever.retrieve(query.text(), k);
      }
      for (int pass = 1; pass <= passes; pass++) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
          long start = System.nanoTime();
          retriever.retrieve(queries.get(i).text(), k);
          nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "pass %d: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", pass,
            quantile(nanos, 0.50), quantile(nanos, 0.95), quantile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        out.flush();
      }
    }
    return 0;
  }

  /** The nearest-rank quantile of sorted nanoseconds, in milliseconds. */
  static double quantile(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] / 1e6;
  }
}
