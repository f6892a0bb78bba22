package org.galen.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.galen.answer.Article;
import org.galen.answer.Dose;
import org.galen.answer.Reference;
import org.galen.answer.Section;
import org.galen.answer.SourceSpan;
import org.galen.answer.Statement;
import org.galen.editorial.StoredArticle;

/**
 * The one model every rendering of a stored article reads: the web page ({@code article.peb}) and
 * {@code galen ask}'s text and Markdown ({@code article.txt.peb}, {@code article.md.peb}). It holds
 * the article record itself ({@code article}) and what a template should not compute: the review
 * status and dates, each dose's reading, each reference's evidence label and the source address
 * safe to link. Links to cited passages point at the web's document viewer; text ignores them.
 */
public final class ArticleView {
  private ArticleView() {}

  /** The model, unmodifiable; a front end that adds its own keys copies it first. */
  public static Map<String, Object> model(StoredArticle stored) {
    Article article = stored.content();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", stored.id());
    model.put("conversationId", stored.conversationId());
    model.put("article", article);
    model.put("status", stored.status().label());
    model.put("pending", stored.status().pendingReview());
    model.put("lastUpdated", stored.lastUpdated().substring(0, 10));
    model.put("sections", sections(article));
    model.put("doses", article.doses().stream().map(ArticleView::dose).toList());
    model.put("references", article.references().stream().map(ArticleView::reference).toList());
    model.put("dosesAfter", article.sectionBeforeDoses());
    model.put("staleReason", stored.staleReason());
    model.put("approvedBy", String.join(", ", stored.approvedBy()));
    model.put("approvedAt", stored.approvedAt().map(at -> at.substring(0, 10)).orElse(""));
    model.put("version", stored.version());
    // Not Map.copyOf: a purged article's conversation is null.
    return Collections.unmodifiableMap(model);
  }

  /** Where the web's document viewer shows a cited passage, highlighted. */
  public static String sourceLink(SourceSpan span) {
    return "/documents/" + span.docId() + "?start=" + span.start() + "&end=" + span.end() + "#cited";
  }

  private static List<Map<String, Object>> sections(Article article) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Section section : article.sections()) {
      List<Map<String, Object>> statements = new ArrayList<>();
      for (Statement statement : section.statements()) {
        SourceSpan span = statement.sources().get(0);
        statements.add(Map.of("text", statement.text(), "citations", statement.citations(),
            "source", sourceLink(span)));
      }
      sections.add(Map.of("title", section.title(), "kind", section.kind(), "statements", statements));
    }
    return sections;
  }

  /**
   * A dose with its {@code reading}: "500 mg, orally, every 8 hours, for 5 – 7 days", only the
   * fields the source gives. The maximum stays apart, with its own lead words ("maximum 24 mg
   * daily"): a ceiling, never the dose; and the source's own line ({@code text}) goes with it, so a
   * field left empty (or read wrong) is never all the reader sees.
   */
  private static Map<String, Object> dose(Dose dose) {
    String amount = (dose.amount() + " " + dose.unit()).strip();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("drug", dose.drug());
    entry.put("population", dose.populationShown());
    entry.put("reading", Stream.of(amount, dose.route(), dose.frequency(), dose.duration())
        .filter(part -> !part.isEmpty()).collect(Collectors.joining(", ")));
    entry.put("maximum", dose.maximum());
    entry.put("citation", dose.citation());
    entry.put("text", dose.text());
    entry.put("columns", dose.columnsShown());
    return entry;
  }

  private static Map<String, Object> reference(Reference reference) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("n", reference.n());
    entry.put("docId", reference.docId());
    entry.put("type", reference.type());
    entry.put("title", reference.title());
    entry.put("source", reference.source());
    entry.put("year", reference.year().map(String::valueOf).orElse(""));
    // The source's address as it gives it, and the same only when it is safe to link (http or https).
    entry.put("address", reference.url());
    entry.put("url", WebLinks.linkable(reference.url()));
    entry.put("attribution", reference.attribution());
    entry.put("evidenceLevel", reference.evidenceLevel().name());
    entry.put("evidence", evidenceLabel(reference));
    entry.put("viewer", "/documents/" + reference.docId());
    return entry;
  }

  private static String evidenceLabel(Reference reference) {
    String name = reference.evidenceLevel().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
