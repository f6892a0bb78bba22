package org.galen.editorial;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.galen.answer.ArticleComposer;
import org.galen.answer.Audience;
import org.galen.answer.question.QuestionAnalysis;

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
    try {
      store.database().write(connection -> {
        StoredArticle article = ArticleStore.find(connection, articleId).orElseThrow();
        if (article.status() == ReviewStatus.APPROVED) {
          reviews.record(connection, article, ReviewStatus.UNDER_REVIEW, reason, User.SYSTEM, reason);
        }
        return null;
      });
    } catch (SQLException e) {
      throw new IOException("cannot send article " + articleId + " back to review: " + e.getMessage(), e);
    }
  }

  private List<Approved> approved() throws IOException {
    String sql = "SELECT id, audience, analysis FROM articles WHERE status = 'APPROVED' ORDER BY id";
    List<Approved> approved = new ArrayList<>();
    try (Connection connection = store.database().connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          if (row.getString(3).isEmpty()) {
            continue; // stored before analyses were kept with articles
          }
          approved.add(new Approved(row.getString(1), Audience.parse(row.getString(2)),
              Database.read(row.getString(3), QuestionAnalysis.class), evidence(connection, row.getString(1))));
        }
      }
      return approved;
    } catch (SQLException e) {
      throw new IOException("cannot list approved articles: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> evidence(Connection connection, String articleId) throws SQLException {
    Map<String, String> evidence = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT doc_id, text_sha256 FROM article_evidence WHERE article_id = ? ORDER BY doc_id")) {
      select.setString(1, articleId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          evidence.put(row.getString(1), row.getString(2));
        }
      }
    }
    return evidence;
  }
}
