package org.galen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.index.FileOutcome;
import org.galen.index.EvidenceWriter;
import org.galen.index.IngestSummary;
import org.galen.index.Ingestion;
import org.galen.index.opensearch.OpenSearchSchema;
import org.galen.source.SourceFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads files or folders (recursively) into the index. Formats are detected from content: "
        + "MEDLINE/PubMed XML (.xml, .xml.gz), PMC JATS (.nxml), MedQuAD XML, NSTG JSON, PubMedQA JSON, "
        + "SciFact corpus CSV, CDC MMWR zip, Markdown and HTML. Terminology files (DrugBank vocabulary, MeSH "
        + "terms and tree numbers, abbreviations) are kept for query expansion.",
        "Re-ingesting a file replaces its documents. A broken file is reported and skipped; the rest still "
        + "ingests. Exits 1 if any file failed.",
        "The BM25 index is committed first and usable at once; then every new passage is embedded (resumable: "
        + "'galen embed' continues an interrupted phase). Retrieval is hybrid once all vectors are in."})
final class IngestCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Files read in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-vectors", description = "Skip the embedding phase: BM25 only until 'galen embed' runs.")
  boolean noVectors;

  @Option(names = "--shards", paramLabel = "N", description = "OpenSearch only: primary shards of the index this "
      + "ingest creates (default: ${DEFAULT-VALUE}; an existing index keeps its own).")
  int shards = 1;

  @Option(names = "--replicas", paramLabel = "N", description = "OpenSearch only: copies of each shard on other nodes "
      + "(default: ${DEFAULT-VALUE}; 1 or more keeps queries answering when a node is lost).")
  int replicas = 0;

  @Option(names = "--vector-encoding", paramLabel = "ENCODING", description = "OpenSearch only: FLOAT (4 bytes a "
      + "dimension) or INT8 (Lucene's scalar quantizer, about a quarter of the memory for vector search; default: "
      + "${DEFAULT-VALUE}; an existing index keeps its own).")
  OpenSearchSchema.VectorEncoding vectorEncoding = OpenSearchSchema.VectorEncoding.FLOAT;

  @Override
  public Integer call() throws Exception {
    DataDirectory data = galen.dataDirectory().forWriting();
    if (galen.databaseLocation().exists()) {
      // Ingest ends by checking approved articles against the new evidence: a database that cannot
      // be opened fails the ingest before it writes anything, not after.
      galen.openDatabase().close();
    }
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary;
    if (shards < 1 || replicas < 0) {
      throw new UserError("--shards takes 1 or more, --replicas 0 or more");
    }
    try (EvidenceWriter indexer = galen.openWriter(new OpenSearchSchema.Layout(shards, replicas, vectorEncoding))) {
      summary = new Ingestion(SourceFormats.standard(), indexer, data.vocabulary(), threads,
          ConsoleProgress.forStandardError("ingest")).run(paths);
      report(summary, spec.commandLine().getOut(), err);
      if (!noVectors) {
        // BM25 is committed and usable from here on; vectors make retrieval hybrid when complete.
        EmbedCommand.embed(indexer, spec.commandLine().getOut());
      }
    }
    Engine.checkStaleness(galen, spec.commandLine().getOut());
    return summary.anyFailed() ? Main.EXIT_FAILED : 0;
  }

  private static void report(IngestSummary summary, PrintWriter out, PrintWriter err) {
    for (FileOutcome file : summary.files()) {
      // Which version won is news; a file skipped or failed is a problem.
      file.report().ifPresent((file.status() == FileOutcome.Status.INGESTED ? out : err)::println);
    }
    double seconds = Math.max(summary.elapsed().toMillis(), 1) / 1000.0;
    out.printf("ingested %d files (%d documents, %d retracted), skipped %d, failed %d in %.1f s (%.0f documents/s)%n",
        summary.count(FileOutcome.Status.INGESTED), summary.documents(), summary.deleted(),
        summary.count(FileOutcome.Status.SKIPPED), summary.count(FileOutcome.Status.FAILED),
        seconds, summary.documents() / seconds);
    out.flush();
    err.flush();
  }
}
