package org.galen.cli;

import org.galen.editorial.StoredArticle;
import org.galen.view.ArticleView;
import org.galen.view.Templates;

/**
 * Markdown and plain-text views of a stored article, from {@code templates/article.md.peb} and
 * {@code article.txt.peb} over the same model as the web page; JSON is the record itself. Both show
 * the review status, keep Galen's notes and glosses apart from cited statements, and end with the
 * disclaimer.
 */
final class ArticleRenderer {
  private ArticleRenderer() {}

  static String markdown(StoredArticle stored) {
    return Templates.plainText().render("article.md", ArticleView.model(stored));
  }

  static String text(StoredArticle stored) {
    return Templates.plainText().render("article.txt", ArticleView.model(stored));
  }
}
