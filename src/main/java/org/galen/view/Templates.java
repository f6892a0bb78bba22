package org.galen.view;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Pebble templates under {@code templates/} on the class path, named without their {@code .peb}
 * suffix: {@code article} for the web page, {@code article.txt} and {@code article.md} for the
 * terminal. One engine per output kind, because escaping belongs to the output, not the template.
 * Thread-safe: the engine compiles each template once and evaluates it for any number of threads.
 */
public final class Templates {
  private final PebbleEngine engine;

  private Templates(PebbleEngine.Builder builder) {
    ClasspathLoader loader = new ClasspathLoader();
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    this.engine = builder.loader(loader).build();
  }

  /**
   * HTML: Pebble escapes every printed value unless a template says otherwise, and no template
   * here does, so a question containing {@code <script>} is shown as text.
   */
  public static Templates html() {
    return new Templates(new PebbleEngine.Builder().autoEscaping(true).strictVariables(false));
  }

  /**
   * Text and Markdown for a terminal or a file: printed exactly as the model holds it, since HTML
   * escaping would print {@code &amp;} for a source's "&". Every line break in a template is kept
   * (Pebble would otherwise drop the one after each tag, print tags included), so a template reads
   * line for line as its output. Variables are strict, so a misspelt name fails a test rather than
   * printing nothing; the locale is fixed, so what {@code lower} prints never depends on the
   * machine.
   */
  public static Templates plainText() {
    return new Templates(new PebbleEngine.Builder().autoEscaping(false).newLineTrimming(false)
        .strictVariables(true).defaultLocale(Locale.ROOT));
  }

  public String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate(template).evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
