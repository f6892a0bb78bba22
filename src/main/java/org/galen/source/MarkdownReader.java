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

  /**
   * Nesting deeper than any document needs: a list or quote nested thousands deep costs the parser
   * and renderer time that grows with the depth at every line (a 9 MB file cost 75 CPU-seconds),
   * so it is refused before parsing, as XML past {@link XmlElement#MAX_DEPTH} levels is.
   */
  static final int MAX_NESTING_COLUMNS = 4 * XmlElement.MAX_DEPTH;

  @Override
  public String format() {
    return "markdown";
  }

  /** Refuses a line indented or quoted past {@value #MAX_NESTING_COLUMNS} columns. */
  private static void refuseDeepNesting(String source) throws MalformedSourceException {
    int line = 1;
    int column = 0;
    boolean leading = true;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        column = 0;
        leading = true;
        continue;
      }
      if (leading && (c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+')) {
        column += c == '\t' ? 4 : 1;
        if (column > MAX_NESTING_COLUMNS) {
          throw new MalformedSourceException("line " + line + " is nested deeper than " + MAX_NESTING_COLUMNS
              + " columns of indentation, quotes or list markers");
        }
      } else {
        leading = false;
      }
    }
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("md", "markdown");
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    String source = LocalDocuments.readText(file);
    refuseDeepNesting(source);
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
