package org.galen.cli;

import java.util.stream.Collectors;
import org.galen.answer.Answer;
import org.galen.answer.Dose;
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
    if (!answer.doses().isEmpty()) {
      out.append("\n## Medications\n\n");
      answer.doses().forEach(dose -> out.append("- ").append(describe(dose)).append('\n'));
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
    if (!answer.doses().isEmpty()) {
      out.append("\nMedications\n");
      answer.doses().forEach(dose -> out.append("• ").append(describe(dose)).append('\n'));
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

  /** "Amoxicillin (Adult): 500mg – 1 g, orally, every 8 hours, for 5 – 7 days [1]" — only what the source says. */
  private static String describe(Dose dose) {
    StringBuilder out = new StringBuilder(dose.drug());
    if (!dose.population().isEmpty()) {
      out.append(" (").append(dose.population()).append(')');
    }
    out.append(": ").append(dose.amount());
    if (!dose.unit().isEmpty()) {
      out.append(' ').append(dose.unit());
    }
    for (String part : new String[] {dose.route(), dose.frequency(), dose.duration()}) {
      if (!part.isEmpty()) {
        out.append(", ").append(part);
      }
    }
    return out.append(" [").append(dose.citation()).append(']').toString();
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
