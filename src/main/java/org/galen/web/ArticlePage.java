package org.galen.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galen.editorial.ReviewStatus;
import org.galen.editorial.StoredArticle;
import org.galen.view.ArticleView;

/** The article page's model: the shared article view plus the review tracker, audiences and reader reports. */
final class ArticlePage {
  /** The review tracker readers see: Submitted → Under Review → Approved. */
  private static final List<ReviewStatus> TRACKER = List.of(ReviewStatus.SUBMITTED, ReviewStatus.UNDER_REVIEW,
      ReviewStatus.APPROVED);

  private ArticlePage() {}

  static Map<String, Object> model(StoredArticle stored, List<String> feedback, boolean reported) {
    Map<String, Object> model = new LinkedHashMap<>(ArticleView.model(stored));
    model.put("tracker", tracker(stored.status()));
    model.put("audiences", PageRoutes.audiences(stored.content().audience()));
    model.put("feedbackCount", feedback.size());
    model.put("reported", reported);
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
}
