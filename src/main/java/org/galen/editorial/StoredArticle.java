package org.galen.editorial;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Optional;
import org.galen.answer.Article;

/**
 * An article as stored: its identity, conversation, review state and dates around the content (the
 * current version). Serialises flat, as {@code docs/article-schema.md} describes.
 *
 * @param conversationId the conversation this answer was given in (for a reused article, the
 *     asker's conversation, not the one that first generated it); null once purged
 * @param version the current version; 1 is what the engine wrote, each edit adds one
 * @param lastUpdated when the article last changed (generation, an edit, a review decision)
 * @param engineVersion the Galen version that wrote the content
 * @param staleReason why the system sent an approved article back to review; empty otherwise
 * @param approvedBy the reviewers who approved the current approval; empty unless approved
 * @param approvedAt when it was approved; empty unless approved
 */
@JsonPropertyOrder({"id", "conversationId", "status", "version", "lastUpdated", "generatedAt", "engineVersion",
    "staleReason", "approvedBy", "approvedAt"})
public record StoredArticle(String id, String conversationId, ReviewStatus status, int version, String lastUpdated,
    String generatedAt, String engineVersion, String staleReason, List<String> approvedBy, Optional<String> approvedAt,
    @JsonUnwrapped Article content) {

  public StoredArticle {
    approvedBy = List.copyOf(approvedBy);
  }

  /** The same article as answered in another conversation (a reused article). */
  StoredArticle inConversation(String conversation) {
    return new StoredArticle(id, conversation, status, version, lastUpdated, generatedAt, engineVersion, staleReason,
        approvedBy, approvedAt, content);
  }

  /** The same article with who approved it last, and when. */
  StoredArticle approved(String approver, String at) {
    return new StoredArticle(id, conversationId, status, version, lastUpdated, generatedAt, engineVersion, staleReason,
        List.of(approver), Optional.of(at), content);
  }

  /** This article as one asker reads it: in their conversation, titled with their own wording. */
  public StoredArticle askedBy(String conversation, org.galen.answer.question.QuestionAnalysis asked) {
    return new StoredArticle(id, conversation, status, version, lastUpdated, generatedAt, engineVersion, staleReason,
        approvedBy, approvedAt, content.askedAs(asked.typed(), org.galen.answer.ArticleComposer.resolvedQuestion(asked)));
  }
}
