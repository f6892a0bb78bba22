package org.galen.editorial;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.galen.answer.ArticleComposer;
import org.galen.answer.Audience;
import org.galen.answer.question.QuestionAnalysis;
import org.jdbi.v3.core.Handle;

/**
 * After an ingest or a removal, re-asks every approved article's question against the changed
 * index and compares the evidence with the snapshot taken when it was written: a cited document
 * gone or changed, or a different set of references, sends the article back to review, recorded
 * as done by the system, with the reason shown on its page.
 */
public final class StalenessCheck {
  /** What a check found. */
  public record Result(int checked, List<String> sentBack) {}

  private record Approved(String id, Audience audience, QuestionAnalysis analysis, Map<String, String> evidence) {}

  private final ArticleStore store;
  private final ReviewService reviews;

  public StalenessCheck(ArticleStore store, ReviewService reviews) {
    this.store = store;
    this.reviews = reviews;
  }

  public Result run(ArticleComposer composer) throws IOException {
    List<String> sentBack = new ArrayList<>();
    List<Approved> approved = approved();
    for (Approved article : approved) {
      ArticleComposer.Composition now = composer.composition(article.analysis(), article.audience());
      String reason = difference(article.evidence(), now.evidence());
      if (!reason.isEmpty()) {
        sendBack(article.id(), reason);
        sentBack.add(article.id());
      }
    }
    return new Result(approved.size(), sentBack);
  }

  /** Why the evidence differs, in words for the article page; empty when it does not. */
  static String difference(Map<String, String> before, Map<String, String> after) {
    List<String> reasons = new ArrayList<>();
    Set<String> changed = new TreeSet<>();
    Set<String> dropped = new TreeSet<>();
    before.forEach((docId, fingerprint) -> {
      if (!after.containsKey(docId)) {
        dropped.add(docId);
      } else if (!after.get(docId).equals(fingerprint)) {
        changed.add(docId);
      }
    });
    Set<String> added = new TreeSet<>(after.keySet());
    added.removeAll(before.keySet());
    if (!changed.isEmpty()) {
      reasons.add("cited sources changed: " + String.join(", ", changed));
    }
    if (!dropped.isEmpty()) {
      reasons.add("no longer cited (removed or outranked): " + String.join(", ", dropped));
    }
    if (!added.isEmpty()) {
      reasons.add("new evidence would now be cited: " + String.join(", ", added));
    }
    return reasons.isEmpty() ? "" : "The evidence changed after approval: " + String.join("; ", reasons) + ".";
  }

  private void sendBack(String articleId, String reason) throws IOException {
    store.database().write("send article " + articleId + " back to review", handle -> {
      StoredArticle article = ArticleStore.find(handle, articleId).orElseThrow();
      if (article.status() == ReviewStatus.APPROVED) {
        reviews.record(handle, article, ReviewStatus.UNDER_REVIEW, reason, User.SYSTEM, reason);
      }
      return null;
    });
  }

  private List<Approved> approved() throws IOException {
    return store.database().read("list approved articles", handle -> handle.createQuery(
        "SELECT id, audience, analysis FROM articles WHERE status = 'APPROVED' ORDER BY id")
        .map((row, context) -> new String[] {row.getString("id"), row.getString("audience"), row.getString("analysis")})
        .list().stream()
        .filter(row -> !row[2].isEmpty()) // stored before analyses were kept with articles
        .map(row -> new Approved(row[0], Audience.parse(row[1]), Database.fromJson(row[2], QuestionAnalysis.class),
            evidence(handle, row[0])))
        .toList());
  }

  private static Map<String, String> evidence(Handle handle, String articleId) {
    Map<String, String> evidence = new LinkedHashMap<>();
    handle.createQuery("SELECT doc_id, text_sha256 FROM article_evidence WHERE article_id = :id ORDER BY doc_id")
        .bind("id", articleId).map((row, context) -> Map.entry(row.getString("doc_id"), row.getString("text_sha256")))
        .forEach(entry -> evidence.put(entry.getKey(), entry.getValue()));
    return evidence;
  }
}
