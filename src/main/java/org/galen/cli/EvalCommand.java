package org.galen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.galen.eval.Qrels;
import org.galen.eval.RetrievalEvaluation;
import org.galen.eval.Topic;
import org.galen.eval.Topics;
import org.galen.index.EvidenceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures Galen against judged data.",
    subcommands = {EvalCommand.Retrieval.class, EvalAnswersCommand.class, EvalReadingCommand.class,
        EvalLatencyCommand.class})
final class EvalCommand implements Runnable {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "retrieval", mixinStandardHelpOptions = true,
      description = {"Retrieval quality over the current data directory: nDCG@10, R@100, MRR@10 with trec_eval's "
          + "definitions, document level (a document counts by its best passage), averaged over every judged topic."})
  static final class Retrieval implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Option(names = "--topics", required = true, paramLabel = "FILE",
        description = "TSV 'id<TAB>text' (plain or .gz) or SciFact claims JSONL.")
    Path topics;

    @Option(names = "--qrels", required = true, paramLabel = "FILE",
        description = "TREC qrels 'qid 0 docid grade' (docid = sourceId), or SciFact claims JSONL to derive them from.")
    Path qrels;

    @Mixin
    RetrievalOptions retrieval;

    @Option(names = "--run-out", paramLabel = "FILE", description = "Also write a TREC run file here.")
    Path runOut;

    @Option(names = "--depth", paramLabel = "N", description = "Documents ranked per topic (default: ${DEFAULT-VALUE}).")
    int depth = 100;

    @Override
    public Integer call() throws Exception {
      for (Path file : List.of(topics, qrels)) {
        if (!Files.isReadable(file)) {
          throw new UserError("cannot read " + file);
        }
      }
      List<Topic> topicList;
      Qrels judgements;
      try {
        topicList = Topics.read(topics);
        judgements = Qrels.read(qrels);
      } catch (java.io.IOException e) {
        throw new UserError(e.getMessage(), e);
      }
      RetrievalEvaluation.Result result;
      RetrievalMode used;
      try (EvidenceReader index = eval.galen.openIndex(); RetrievalOptions.Setup setup = retrieval.open(index, eval.galen.dataDirectory())) {
        used = setup.mode();
        result = new RetrievalEvaluation(setup.retriever(), depth).run(topicList, judgements);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "mode %s%ntopics %d%nnDCG@10 %.4f%nR@100 %.4f%nMRR@10 %.4f%n", used, result.topics(),
          result.ndcgAt10(), result.recallAt100(), result.mrrAt10());
      out.flush();
      if (runOut != null) {
        try (PrintWriter run = new PrintWriter(Files.newBufferedWriter(runOut))) {
          RetrievalEvaluation.writeRun(result, "galen-" + used, run);
        }
      }
      return 0;
    }
  }
}
