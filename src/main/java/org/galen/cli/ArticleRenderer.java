package org.galen.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.galen.answer.Article;
import org.galen.answer.Dose;
import org.galen.answer.Gloss;
import org.galen.answer.Note;
import org.galen.answer.Reference;
import org.galen.answer.Section;
import org.galen.answer.Statement;
import org.galen.editorial.StoredArticle;

/**
 * Markdown and plain-text views of a stored article; JSON is the record itself. Both show the
 * review status, keep Galen's notes and glosses apart from cited statements, and end with the
 * disclaimer.
 */
final class ArticleRenderer {
  private ArticleRenderer() {}

  static String markdown(StoredArticle stored) {
    Article article = stored.content();
    StringBuilder out = new StringBuilder("# ").append(article.question()).append("\n\n");
    out.append("_").append(status(stored)).append("_\n\n");
    article.notes().forEach(note -> out.append("> **Note:** ").append(note(note)).append("\n\n"));
    for (Section section : article.sections()) {
      out.append("## ").append(section.title()).append("\n\n");
      section.statements().forEach(s -> out.append("- ").append(s.text()).append(' ').append(citations(s)).append('\n'));
      if (section.kind().equals(article.sectionBeforeDoses())) {
        out.append("\n**Doses**\n\n");
        article.doses().forEach(dose -> out.append("- ").append(describe(dose, "  \n  ")).append('\n'));
      }
      out.append('\n');
    }
    if (!article.glosses().isEmpty()) {
      out.append("## Plain-language notes\n\n");
      article.glosses().forEach(gloss -> out.append("- **").append(gloss.term()).append("**: ").append(gloss(gloss))
          .append('\n'));
      out.append('\n');
    }
    if (!article.references().isEmpty()) {
      out.append("## References\n\n");
      for (Reference reference : article.references()) {
        out.append(reference.n()).append(". ").append(describe(reference));
        if (!reference.url().isEmpty()) {
          out.append(" <").append(reference.url()).append('>');
        }
        out.append('\n');
      }
      out.append('\n');
    }
    followUps(article.followUps(), "## Follow-up questions\n\n", "- ", out);
    out.append("> ").append(article.disclaimer()).append("\n\n");
    out.append("Article ").append(stored.id()).append(" · conversation ").append(stored.conversationId()).append('\n');
    return out.toString();
  }

  static String text(StoredArticle stored) {
    Article article = stored.content();
    StringBuilder out = new StringBuilder(article.question()).append('\n')
        .append('(').append(status(stored)).append(")\n\n");
    article.notes().forEach(note -> out.append("Note: ").append(note(note)).append("\n\n"));
    for (Section section : article.sections()) {
      out.append(section.title()).append('\n');
      section.statements().forEach(s -> out.append("• ").append(s.text()).append(' ').append(citations(s)).append('\n'));
      if (section.kind().equals(article.sectionBeforeDoses())) {
        out.append("  Doses:\n");
        article.doses().forEach(dose -> out.append("  - ").append(describe(dose, "\n    ")).append('\n'));
      }
      out.append('\n');
    }
    if (!article.glosses().isEmpty()) {
      out.append("Plain-language notes\n");
      article.glosses().forEach(gloss -> out.append("• ").append(gloss.term()).append(": ").append(gloss(gloss))
          .append('\n'));
      out.append('\n');
    }
    if (!article.references().isEmpty()) {
      out.append("References\n");
      for (Reference reference : article.references()) {
        out.append(String.format("[%d] %s%n", reference.n(), describe(reference)));
        if (!reference.url().isEmpty()) {
          out.append("    ").append(reference.url()).append('\n');
        }
      }
      out.append('\n');
    }
    followUps(article.followUps(), "Follow-up questions\n", "• ", out);
    out.append(article.disclaimer()).append('\n');
    out.append("article ").append(stored.id()).append(" · continue with --conversation ").append(stored.conversationId())
        .append('\n');
    return out.toString();
  }

  private static String status(StoredArticle stored) {
    String pending = stored.status().pendingReview() ? "educational purpose only · pending human review · " : "";
    return stored.status().label() + " · " + pending + "for " + stored.content().audience().label().toLowerCase()
        + " · last updated " + stored.lastUpdated().substring(0, 10);
  }

  private static void followUps(List<String> followUps, String heading, String bullet, StringBuilder out) {
    if (!followUps.isEmpty()) {
      out.append(heading);
      followUps.forEach(question -> out.append(bullet).append(question).append('\n'));
      out.append('\n');
    }
  }

  private static String note(Note note) {
    return note.text();
  }

  private static String gloss(Gloss gloss) {
    return gloss.text() + gloss.citation().map(n -> " [" + n + "]").orElse(" (MeSH)");
  }

  /**
   * "Amoxicillin (Adult): 500mg – 1 g, orally, every 8 hours, for 5 – 7 days [1]" — only what the
   * source says — then the source's own line, so a field left empty (or read wrong) is never all
   * the reader sees.
   */
  private static String describe(Dose dose, String lineBreak) {
    StringBuilder out = new StringBuilder(dose.drug());
    if (!dose.population().isEmpty()) {
      out.append(" (").append(dose.population()).append(')');
    }
    out.append(':');
    String amount = (dose.amount() + " " + dose.unit()).strip();
    String separator = " ";
    for (String part : new String[] {amount, dose.route(), dose.frequency(), dose.duration()}) {
      if (!part.isEmpty()) {
        out.append(separator).append(part);
        separator = ", ";
      }
    }
    if (!dose.maximum().isEmpty()) {
      // Apart, with its own lead words ("maximum 24 mg daily", "up to 1 g"): a ceiling, never the dose.
      out.append(" \u2014 ").append(dose.maximum());
    }
    out.append(" [").append(dose.citation()).append(']');
    return out.append(lineBreak).append("as written: \u201c").append(dose.text()).append('\u201d').toString();
  }

  private static String citations(Statement statement) {
    return statement.citations().stream().map(n -> "[" + n + "]").collect(Collectors.joining());
  }

  private static String describe(Reference reference) {
    StringBuilder out = new StringBuilder(reference.type()).append(". ").append(reference.title());
    if (!reference.source().isEmpty()) {
      out.append(". ").append(reference.source());
    }
    reference.year().ifPresent(year -> out.append(", ").append(year));
    out.append(". Evidence: ").append(reference.evidenceLevel()).append(". ").append(reference.docId());
    if (!reference.attribution().isEmpty()) {
      out.append(". ").append(reference.attribution());
    }
    return out.toString();
  }
}
