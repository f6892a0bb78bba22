package org.galen.editorial;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.galen.answer.Article;

/**
 * An article as stored: its identity, conversation, review status and dates around the content the
 * answer stage wrote. Serialises flat, as {@code docs/article-schema.md} describes.
 *
 * @param lastUpdated when the article last changed (generation, later an edit or a review)
 * @param engineVersion the Galen version that wrote the content
 */
@JsonPropertyOrder({"id", "conversationId", "question", "resolvedQuestion", "audience", "status", "lastUpdated"})
public record StoredArticle(String id, String conversationId, ReviewStatus status, String lastUpdated,
    String generatedAt, String engineVersion, @JsonUnwrapped Article content) {}
