package org.galen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.galen.answer.Audience;
import org.galen.answer.Question;
import org.galen.editorial.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Answers a clinical question from the indexed evidence only: an article of verbatim, cited "
        + "statements in sections, guideline first, with doses, numbered references and suggested follow-ups. "
        + "Says so when the evidence does not address the question. The article is stored, pending human review; "
        + "--conversation continues an earlier one (its id is printed)."})
final class AskCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question (at most 2,000 characters).")
  List<String> words;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json, markdown or text (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Option(names = "--audience", paramLabel = "WHO",
      description = "physician, nurse, pharmacist, student or patient (default: ${DEFAULT-VALUE}).")
  String audience = "physician";

  @Option(names = "--conversation", paramLabel = "ID",
      description = "Continue this conversation: the question is read with the previous turn's subject and intents.")
  String conversation;

  @Option(names = "--fresh", description = "Write a new article even when a stored one answers the same question.")
  boolean fresh;

  @Mixin
  RetrievalOptions retrieval;

  @Override
  public Integer call() throws Exception {
    Question question = new Question(String.join(" ", words));
    Audience reader = parseAudience();
    StoredArticle article;
    try (Engine engine = Engine.open(galen, retrieval)) {
      article = engine.articles().ask(question, reader, Optional.ofNullable(conversation), fresh);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(switch (format) {
      case json -> JsonOutput.of(article);
      case markdown -> ArticleRenderer.markdown(article);
      case text -> ArticleRenderer.text(article);
    });
    out.flush();
    return 0;
  }

  private Audience parseAudience() {
    try {
      return Audience.parse(audience);
    } catch (IllegalArgumentException e) {
      throw new UserError("--audience: " + e.getMessage());
    }
  }
}
