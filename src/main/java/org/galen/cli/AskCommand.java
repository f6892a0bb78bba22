package org.galen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.answer.Answer;
import org.galen.answer.AnswerComposer;
import org.galen.answer.DoseExtractor;
import org.galen.answer.DrugDictionary;
import org.galen.answer.Question;
import org.galen.index.EvidenceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Answers a clinical question from the indexed evidence only: statements quoted verbatim, "
        + "each cited, with a numbered reference list. Says so when the evidence does not address the question."})
final class AskCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question (at most 2,000 characters).")
  List<String> words;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json, markdown or text (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Mixin
  RetrievalOptions retrieval;

  @Override
  public Integer call() throws Exception {
    Question question = new Question(String.join(" ", words));
    Answer answer;
    try (EvidenceIndex index = galen.openIndex(); RetrievalOptions.Setup setup = retrieval.open(index, galen.dataDirectory())) {
      DoseExtractor doses = new DoseExtractor(DrugDictionary.load(galen.dataDirectory().vocabulary()));
      answer = new AnswerComposer(setup.retriever(), index, doses).answer(question);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(switch (format) {
      case json -> JsonOutput.of(answer);
      case markdown -> AnswerRenderer.markdown(answer);
      case text -> AnswerRenderer.text(answer);
    });
    out.flush();
    return 0;
  }
}
