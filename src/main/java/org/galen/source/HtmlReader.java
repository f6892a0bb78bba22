package org.galen.source;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An HTML page a user saves (a local protocol, a society's guideline page): {@code <title>} or
 * the first {@code h1} is the title, each {@code h1}–{@code h6} starts a section, and block-level
 * text (paragraphs, list items, table cells) fills it. Scripts, styles and navigation are dropped.
 */
public final class HtmlReader implements DocumentReader {
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td, th, dd, dt, blockquote, pre";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("html", "htm");
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    org.jsoup.nodes.Document page = Jsoup.parse(LocalDocuments.readText(file));
    page.select("script, style, nav, header, footer, noscript, template").remove();
    LocalDocuments.Builder local = new LocalDocuments.Builder(file, "html");
    if (!page.title().isBlank()) {
      local.title(page.title());
    }
    for (Element block : page.body().select(BLOCKS)) {
      if (block.tagName().matches("h[1-6]")) {
        local.heading(block.text());
      } else if (block.select(BLOCKS).size() == 1) {
        // Only innermost blocks: an <li> holding a <p> would otherwise be read twice.
        local.body(block.text());
      }
    }
    sink.accept(local.build());
  }
}
