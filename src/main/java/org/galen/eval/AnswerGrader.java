package org.galen.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.galen.answer.Article;
import org.galen.answer.Dose;
import org.galen.answer.Reference;
import org.galen.answer.Statement;

/**
 * Grades one article against one item exactly as the answer set's README says: terms match as
 * case-insensitive substrings without stemming; {@code bottom_any} reads the statements of the
 * first section, {@code any} every statement and structured dose, {@code none} every statement;
 * {@code lead} is reference [1], {@code cite_any} any reference; an abstention passes only an item
 * that asks for one, and such an item passes only on an abstention.
 */
public final class AnswerGrader {
  private AnswerGrader() {}

  /** The criteria the article fails, each with what was found; empty when it passes. */
  public static List<String> failures(AnswerItem item, Article article) {
    List<String> failures = new ArrayList<>();
    boolean mustAbstain = item.abstain().orElse(false);
    if (mustAbstain || article.abstained()) {
      if (mustAbstain != article.abstained()) {
        failures.add(mustAbstain ? "abstain: the article answers, and nothing indexed should"
            : "abstain: the article abstains, and the evidence should answer");
      }
      return failures;
    }
    List<String> references = article.references().stream().map(Reference::docId).toList();
    if (!item.lead().isEmpty() && (references.isEmpty() || !item.lead().contains(references.get(0)))) {
      failures.add("lead: reference [1] is " + (references.isEmpty() ? "missing" : references.get(0))
          + ", expected one of " + item.lead());
    }
    if (!item.citeAny().isEmpty() && item.citeAny().stream().noneMatch(references::contains)) {
      failures.add("cite_any: cites none of " + item.citeAny());
    }
    String bottom = lower(article.sections().isEmpty() ? Stream.empty()
        : article.sections().get(0).statements().stream().map(Statement::text));
    if (!item.bottomAny().isEmpty() && item.bottomAny().stream().noneMatch(term -> bottom.contains(lower(term)))) {
      failures.add("bottom_any: the first section names none of " + item.bottomAny());
    }
    String statements = lower(article.statements().stream().map(Statement::text));
    String everything = statements + "\n" + lower(article.doses().stream().map(Dose::text));
    if (!item.any().isEmpty() && item.any().stream().noneMatch(term -> everything.contains(lower(term)))) {
      failures.add("any: no statement or dose names any of " + item.any());
    }
    List<String> found = item.none().stream().filter(term -> statements.contains(lower(term))).toList();
    if (!found.isEmpty()) {
      failures.add("none: statements name " + found);
    }
    return failures;
  }

  private static String lower(Stream<String> texts) {
    return String.join("\n", texts.toList()).toLowerCase(Locale.ROOT);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
