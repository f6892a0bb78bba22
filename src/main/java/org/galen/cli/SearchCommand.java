package org.galen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Finds the passages that best match QUERY (hybrid BM25 + dense once vectors are complete, BM25 "
        + "before), with offsets into their documents.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Free text; words are joined with spaces.")
  List<String> words;

  @Option(names = "--k", paramLabel = "N", description = "How many passages (default: ${DEFAULT-VALUE}).")
  int k = 10;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or text (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Mixin
  RetrievalOptions retrieval;

  @Override
  public Integer call() throws Exception {
    if (k < 1 || k > 1000) {
      throw new UserError("--k must be between 1 and 1000, not " + k);
    }
    String query = String.join(" ", words).strip();
    if (query.isEmpty()) {
      throw new UserError("the search query is empty");
    }
    List<PassageHit> hits;
    try (EvidenceReader index = galen.openIndex(); RetrievalOptions.Setup setup = retrieval.open(index, galen.dataDirectory())) {
      hits = setup.retriever().retrieve(query, k);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(JsonOutput.of(Map.of("query", query, "hits", hits.stream().map(org.galen.view.JsonViews::hit).toList())));
    } else {
      printText(out, query, hits);
    }
    out.flush();
    return 0;
  }

  private static void printText(PrintWriter out, String query, List<PassageHit> hits) {
    if (hits.isEmpty()) {
      out.println("No passage matches \"" + query + "\".");
    }
    for (PassageHit hit : hits) {
      StoredPassage passage = hit.passage();
      out.printf("%d. %s  [%s, %s]  score %.3f%n   %s — %s  (%d–%d)%n   %s%n%n", hit.rank(), passage.docId(),
          passage.sourceKind(), passage.evidenceLevel(), hit.score(), passage.title(), passage.section(),
          passage.span().start(), passage.span().end(), passage.text().replace('\n', ' '));
    }
  }
}
