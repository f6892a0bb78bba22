package org.galen.view;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Pebble templates under {@code templates/} on the class path, named without their {@code .peb}
 * suffix ({@code article} is {@code templates/article.peb}).
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
