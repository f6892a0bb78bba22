package org.galen.editorial;

import org.galen.answer.Article;

/** One stored version of an article's content: 1 is the engine's, each edit adds one. */
public record ArticleVersion(int version, String editor, String createdAt, Article content) {}
