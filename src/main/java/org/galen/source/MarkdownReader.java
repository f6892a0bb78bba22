package org.galen.source;

import java.io.IOException;
import java.nio.file.Path;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A Markdown file a user writes, such as a local protocol: the first heading is the title, every
 * heading starts a section, and the body is the rendered plain text (no markup in citations).
 */
public final class MarkdownReader implements DocumentReader {
  private final Parser parser = Parser.builder().build();
  private final TextContentRenderer renderer = TextContentRenderer.builder().build();

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("md", "markdown");
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    String source = LocalDocuments.readText(file);
    Node document = parser.parse(source);
    LocalDocuments.Builder local = new LocalDocuments.Builder(file, "markdown");
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      String text = renderer.render(node);
      if (node instanceof Heading) {
        local.heading(text);
      } else {
        local.body(text);
      }
    }
    sink.accept(local.build());
  }
}
