package org.galen.cli;

import java.util.stream.Collectors;
import org.galen.answer.Answer;
import org.galen.answer.Reference;
import org.galen.answer.Statement;

/** Markdown and plain-text views of an {@link Answer}; JSON is the record itself. */
final class AnswerRenderer {
  private AnswerRenderer() {}

  static String markdown(Answer answer) {
    StringBuilder out = new StringBuilder("# ").append(answer.question()).append("\n\n");
    out.append("_Pending human review: educational purpose only._\n\n");
    if (answer.abstained()) {
      out.append(answer.note()).append("\n\n");
    }
    for (Statement statement : answer.statements()) {
      out.append("- ").append(statement.text()).append(' ').append(citations(statement)).append('\n');
    }
    if (!answer.references().isEmpty()) {
      out.append("\n## References\n\n");
      for (Reference reference : answer.references()) {
        out.append(reference.number()).append(". ").append(describe(reference));
        if (!reference.url().isEmpty()) {
          out.append(" <").append(reference.url()).append('>');
        }
        out.append('\n');
      }
    }
    out.append("\n> ").append(answer.disclaimer()).append('\n');
    return out.toString();
  }

  static String text(Answer answer) {
    StringBuilder out = new StringBuilder(answer.question()).append('\n')
        .append("(pending human review: educational purpose only)\n\n");
    if (answer.abstained()) {
      out.append(answer.note()).append("\n\n");
    }
    for (Statement statement : answer.statements()) {
      out.append("• ").append(statement.text()).append(' ').append(citations(statement)).append('\n');
    }
    if (!answer.references().isEmpty()) {
      out.append("\nReferences\n");
      for (Reference reference : answer.references()) {
        out.append(String.format("[%d] %s%n", reference.number(), describe(reference)));
        if (!reference.url().isEmpty()) {
          out.append("    ").append(reference.url()).append('\n');
        }
      }
    }
    out.append('\n').append(answer.disclaimer()).append('\n');
    return out.toString();
  }

  private static String citations(Statement statement) {
    return statement.citations().stream().map(n -> "[" + n + "]").collect(Collectors.joining());
  }

  private static String describe(Reference reference) {
    StringBuilder out = new StringBuilder(typeLabel(reference)).append(". ").append(reference.title());
    if (!reference.journal().isEmpty()) {
      out.append(". ").append(reference.journal());
    }
    reference.year().ifPresent(year -> out.append(", ").append(year));
    out.append(". Evidence: ").append(reference.evidenceLevel()).append(". ").append(reference.docId());
    if (!reference.attribution().isEmpty()) {
      out.append(". ").append(reference.attribution());
    }
    return out.toString();
  }

  private static String typeLabel(Reference reference) {
    String name = reference.type().name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
