package org.galen.web;

import org.galen.editorial.ArticleService;
import org.galen.editorial.ArticleStore;
import org.galen.editorial.Editorial;
import org.galen.index.EvidenceReader;
import org.galen.retrieve.Retriever;

/**
 * What the web front end calls: asking (and storing) articles, reading stored ones, searching and
 * reading documents. Owned and closed by whoever opened it (the {@code serve} command).
 *
 * @param retrieval the retrieval mode in use (bm25, hybrid...), for the health check: asked each time,
 *     since {@code auto} retrieval becomes hybrid once the vectors are complete
 */
public record Backend(ArticleService articles, Editorial editorial, Retriever retriever, EvidenceReader index,
    java.util.function.Supplier<String> retrieval) {
  /** A backend whose retrieval mode never changes. */
  public Backend(ArticleService articles, Editorial editorial, Retriever retriever, EvidenceReader index,
      String retrieval) {
    this(articles, editorial, retriever, index, () -> retrieval);
  }

  public ArticleStore store() {
    return editorial.articles();
  }
}
