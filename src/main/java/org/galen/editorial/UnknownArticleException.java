package org.galen.editorial;

/** No stored article has this id (HTTP 404). */
public final class UnknownArticleException extends IllegalArgumentException {
  public UnknownArticleException(String articleId) {
    super("no article with id '" + articleId + "'");
  }
}
