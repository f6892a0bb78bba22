package org.galen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.galen.index.EvidenceReader;
import org.galen.index.IndexStats;
import org.galen.index.VectorStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts documents and passages in the index, by source and by evidence level.")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or text (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    IndexStats stats;
    VectorStatus vectors;
    try (EvidenceReader index = galen.openIndex()) {
      stats = index.stats();
      vectors = index.vectorStatus();
    }
    String retrieval = vectors.complete() ? "hybrid" : "bm25";
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("documents", stats.documents());
      json.put("passages", stats.passages());
      json.put("bySource", stats.bySource());
      json.put("byEvidenceLevel", stats.byEvidenceLevel());
      json.put("vectors", Map.of("done", vectors.done(), "pending", vectors.pending()));
      json.put("retrieval", retrieval);
      out.println(JsonOutput.of(json));
    } else {
      out.printf("%d documents, %d passages%nvectors: %d done, %d pending; retrieval: %s%n%nBy source:%n",
          stats.documents(), stats.passages(), vectors.done(), vectors.pending(), retrieval);
      stats.bySource().forEach((name, counts) ->
          out.printf("  %-10s %8d documents %9d passages%n", name, counts.documents(), counts.passages()));
      out.println("\nBy evidence level:");
      stats.byEvidenceLevel().forEach((level, documents) -> out.printf("  %-18s %8d%n", level, documents));
    }
    out.flush();
    return 0;
  }
}
