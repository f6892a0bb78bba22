package org.galen.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.galen.answer.Question;
import org.galen.editorial.ArticleService;
import org.galen.editorial.Database;
import org.galen.editorial.StoredArticle;
import org.galen.eval.AnswerEvaluation;
import org.galen.eval.AnswerItem;
import org.galen.eval.AnswerItems;
import org.galen.eval.MalformedItemsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code galen eval answers}: asks every question of a judged set, each fresh, in a scratch article
 * store (never the live review queue), and grades the articles as the set's README says.
 */
@Command(name = "answers", mixinStandardHelpOptions = true,
    description = {"Answer quality over the current data directory: asks every question of a judged set (JSONL, "
        + "as eval/clinical-questions/README.md describes) fresh, in a scratch article store, grades each article "
        + "against its criteria and prints pass/fail per item with the failing criterion, and a summary by kind. "
        + "Exits 1 below --min-pass, 2 on a malformed file."})
final class EvalAnswersCommand implements Callable<Integer> {
  private static final int QUESTION_SHOWN = 70;

  @ParentCommand
  EvalCommand eval;

  @Spec
  CommandSpec spec;

  @Option(names = "--questions", required = true, paramLabel = "FILE", description = "The judged questions (JSONL).")
  Path questions;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(names = "--min-pass", paramLabel = "P",
      description = "Exit 1 when the share of items passed is below P (0 to 1, or a percentage like 60%%).")
  String minPass;

  @Mixin
  RetrievalOptions retrieval;

  @Override
  public Integer call() throws Exception {
    double threshold = threshold();
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserError("--format must be text or json, not '" + format + "'");
    }
    List<AnswerItem> items = readItems(questions);
    Path scratch = Files.createTempDirectory("galen-eval-answers-");
    AnswerEvaluation.Result result;
    String mode;
    try (Engine engine = Engine.open(eval.galen, retrieval, () -> Database.open(scratch))) {
      mode = engine.retrievalMode();
      result = new AnswerEvaluation((question, audience, conversation) -> {
        ArticleService.Explained written = engine.articles().explain(new Question(question), audience, conversation);
        StoredArticle article = written.article();
        return new AnswerEvaluation.Answer(article.content(), article.conversationId(), written.topic().reasons());
      }).run(items);
    } finally {
      deleteTree(scratch);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(format.equals("json") ? json(result, mode) : text(result, mode));
    out.flush();
    return result.overall().rate() < threshold ? Main.EXIT_FAILED : 0;
  }

  private double threshold() {
    if (minPass == null) {
      return 0;
    }
    try {
      boolean percent = minPass.endsWith("%");
      double value = Double.parseDouble(percent ? minPass.substring(0, minPass.length() - 1) : minPass);
      value = percent ? value / 100 : value;
      if (value < 0 || value > 1 || Double.isNaN(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UserError("--min-pass must be a share between 0 and 1 (or 0% to 100%), not '" + minPass + "'");
    }
  }

  private static String text(AnswerEvaluation.Result result, String mode) {
    StringBuilder out = new StringBuilder();
    for (AnswerEvaluation.ItemResult item : result.items()) {
      String question = item.item().question();
      out.append(String.format(Locale.ROOT, "%s %-6s %-14s %s%n", item.passed() ? "PASS" : "FAIL", item.item().id(),
          item.item().kind(), question.length() > QUESTION_SHOWN ? question.substring(0, QUESTION_SHOWN) + "…" : question));
      item.failures().forEach(failure -> out.append("       ").append(failure).append('\n'));
    }
    out.append("\nby kind:\n");
    result.byKind().forEach((kind, tally) -> out.append(String.format(Locale.ROOT, "  %-14s %3d / %-3d %5.1f %%%n",
        kind.isEmpty() ? "(none)" : kind, tally.passed(), tally.asked(), 100 * tally.rate())));
    AnswerEvaluation.Tally overall = result.overall();
    out.append(String.format(Locale.ROOT, "overall %d / %d passed (%.1f %%), retrieval %s", overall.passed(),
        overall.asked(), 100 * overall.rate(), mode));
    return out.toString();
  }

  private static String json(AnswerEvaluation.Result result, String mode) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("retrieval", mode);
    root.set("overall", tally(result.overall()));
    ObjectNode byKind = root.putObject("byKind");
    for (Map.Entry<String, AnswerEvaluation.Tally> kind : result.byKind().entrySet()) {
      byKind.set(kind.getKey(), tally(kind.getValue()));
    }
    ArrayNode items = root.putArray("items");
    for (AnswerEvaluation.ItemResult item : result.items()) {
      ObjectNode node = items.addObject();
      node.put("id", item.item().id());
      node.put("kind", item.item().kind());
      node.put("passed", item.passed());
      item.failures().forEach(node.putArray("failures")::add);
      if (!node.has("failures")) {
        node.putArray("failures");
      }
      item.topicReasons().forEach(node.putArray("topic")::add);
    }
    return root.toPrettyString();
  }

  private static ObjectNode tally(AnswerEvaluation.Tally tally) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("passed", tally.passed());
    node.put("asked", tally.asked());
    node.put("rate", tally.rate());
    return node;
  }

  /** The items of a question file, or the user's error naming what is wrong with it. */
  static List<AnswerItem> readItems(Path questions) throws IOException {
    if (!Files.isReadable(questions)) {
      throw new UserError("cannot read " + questions);
    }
    try {
      return AnswerItems.read(questions);
    } catch (MalformedItemsException e) {
      throw new UserError("malformed question file " + e.getMessage(), e);
    }
  }

  /** Deletes a scratch directory and everything in it. */
  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
