package org.galen.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galen.answer.Article;
import org.galen.answer.Reference;
import org.galen.answer.Section;
import org.galen.answer.SourceSpan;
import org.galen.answer.Statement;
import org.galen.editorial.ReviewStatus;
import org.galen.editorial.StoredArticle;
import org.galen.view.WebLinks;

/** The article page's model: the stored article plus what the template should not compute. */
final class ArticlePage {
  /** The review tracker readers see: Submitted → Under Review → Approved. */
  private static final List<ReviewStatus> TRACKER = List.of(ReviewStatus.SUBMITTED, ReviewStatus.UNDER_REVIEW,
      ReviewStatus.APPROVED);

  private ArticlePage() {}

  static Map<String, Object> model(StoredArticle stored, List<String> feedback, boolean reported) {
    Article article = stored.content();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", stored.id());
    model.put("conversationId", stored.conversationId());
    model.put("article", article);
    model.put("status", stored.status().label());
    model.put("pending", stored.status().pendingReview());
    model.put("lastUpdated", stored.lastUpdated().substring(0, 10));
    model.put("tracker", tracker(stored.status()));
    model.put("audiences", PageRoutes.audiences(article.audience()));
    model.put("sections", sections(article));
    model.put("references", references(article.references()));
    model.put("dosesAfter", article.sectionBeforeDoses());
    model.put("feedbackCount", feedback.size());
    model.put("reported", reported);
    model.put("staleReason", stored.staleReason());
    model.put("approvedBy", String.join(", ", stored.approvedBy()));
    model.put("approvedAt", stored.approvedAt().map(at -> at.substring(0, 10)).orElse(""));
    model.put("version", stored.version());
    return model;
  }

  /** The status changes this user may make now, as buttons. */
  static List<Map<String, Object>> moves(ReviewStatus status, org.galen.editorial.User user) {
    return org.galen.editorial.Workflow.TRANSITIONS.stream()
        .filter(t -> t.from() == status && t.roles().contains(user.role()))
        .map(t -> Map.<String, Object>of("to", t.to().name(), "label", t.to().label())).toList();
  }

  private static List<Map<String, Object>> tracker(ReviewStatus status) {
    int reached = TRACKER.indexOf(status);
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int i = 0; i < TRACKER.size(); i++) {
      steps.add(Map.of("label", TRACKER.get(i).label(), "state", reached < 0 ? (i == 0 ? "done" : "todo")
          : i < reached ? "done" : i == reached ? "current" : "todo"));
    }
    return steps;
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

  private static List<Map<String, Object>> references(List<Reference> references) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Reference reference : references) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("n", reference.n());
      entry.put("type", reference.type());
      entry.put("title", reference.title());
      entry.put("source", reference.source());
      entry.put("year", reference.year().map(String::valueOf).orElse(""));
      entry.put("url", WebLinks.linkable(reference.url()));
      entry.put("attribution", reference.attribution());
      entry.put("evidence", evidenceLabel(reference));
      entry.put("viewer", "/documents/" + reference.docId());
      entries.add(entry);
    }
    return entries;
  }

  static String sourceLink(SourceSpan span) {
    return "/documents/" + span.docId() + "?start=" + span.start() + "&end=" + span.end() + "#cited";
  }

  private static String evidenceLabel(Reference reference) {
    String name = reference.evidenceLevel().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
