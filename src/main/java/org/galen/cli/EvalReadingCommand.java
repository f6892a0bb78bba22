package org.galen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.galen.answer.Audience;
import org.galen.answer.Question;
import org.galen.editorial.Database;
import org.galen.eval.AnswerItem;
import org.galen.eval.ReadingEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galen eval reading}: how hard each audience's articles are to read, over the questions of
 * an answer set, each asked fresh in a scratch article store for every audience given.
 */
@Command(name = "reading", mixinStandardHelpOptions = true,
    description = {"Reading grade by audience: asks every question of an answer set (JSONL) fresh for each audience, "
        + "in a scratch article store, and prints the median Flesch-Kincaid grade of the articles' statements of at "
        + "least " + ReadingEvaluation.MIN_WORDS + " words, per audience, and how far below the last audience the "
        + "first reads. Follow-up items are asked on their own."})
final class EvalReadingCommand implements Callable<Integer> {
  @ParentCommand
  EvalCommand eval;

  @Spec
  CommandSpec spec;

  @Option(names = "--questions", required = true, paramLabel = "FILE", description = "The questions (JSONL).")
  Path questions;

  @Option(names = "--audiences", paramLabel = "LIST",
      description = "Audiences to compare, comma-separated (default: ${DEFAULT-VALUE}).")
  String audiences = "patient,physician";

  @Mixin
  RetrievalOptions retrieval;

  @Override
  public Integer call() throws Exception {
    List<Audience> compared;
    try {
      compared = ReadingEvaluation.audiences(audiences);
    } catch (IllegalArgumentException e) {
      throw new UserError("--audiences: " + e.getMessage(), e);
    }
    if (compared.isEmpty()) {
      throw new UserError("--audiences names no audience");
    }
    List<AnswerItem> items = EvalAnswersCommand.readItems(questions);
    Path scratch = Files.createTempDirectory("galen-eval-reading-");
    Map<Audience, ReadingEvaluation.AudienceGrades> grades;
    try (Engine engine = Engine.open(eval.galen, retrieval, () -> Database.open(scratch))) {
      grades = new ReadingEvaluation((question, audience) -> engine.articles()
          .explain(new Question(question), audience, java.util.Optional.empty()).article().content())
          .run(items, compared);
    } finally {
      EvalAnswersCommand.deleteTree(scratch);
    }
    PrintWriter out = spec.commandLine().getOut();
    grades.forEach((audience, graded) -> out.println(String.format(Locale.ROOT,
        "%-11s median grade %5.1f over %d of %d articles", audience.name().toLowerCase(Locale.ROOT), graded.median(),
        graded.grades().size(), graded.asked())));
    if (compared.size() > 1) {
      double first = grades.get(compared.get(0)).median();
      double last = grades.get(compared.get(compared.size() - 1)).median();
      out.println(String.format(Locale.ROOT, "%s reads %.1f grades below %s", compared.get(0).name()
          .toLowerCase(Locale.ROOT), last - first, compared.get(compared.size() - 1).name().toLowerCase(Locale.ROOT)));
    }
    out.flush();
    return 0;
  }
}
