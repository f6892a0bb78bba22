package org.galen.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.galen.web.WebOptions;
import org.galen.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the web application and the JSON API (/api/v1) over the data directory's index "
        + "and articles, on localhost unless --host says otherwise. Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = WebOptions.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "H", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--rate-limit", paramLabel = "N",
      description = "Asks and searches per client per minute; 0 or off switches the limit off (default: ${DEFAULT-VALUE}).")
  String rateLimit = String.valueOf(WebOptions.DEFAULT_RATE_LIMIT);

  @Option(names = "--embed", description = "Embed the passages that still lack vectors in the background; "
      + "auto retrieval becomes hybrid when they are done. Without it, serve never writes to the index.")
  boolean embed;

  @Mixin
  RetrievalOptions retrieval;

  @Override
  public Integer call() throws Exception {
    WebOptions options = new WebOptions(host, port, parseRateLimit(), WebOptions.DEFAULT_MAX_REQUEST_BYTES);
    try (Engine engine = Engine.open(galen, retrieval)) {
      engine.awaitModel();
      Javalin app = WebServer.create(engine.backend(), options, System.out);
      CountDownLatch stopped = new CountDownLatch(1);
      app.events(events -> events.serverStopped(stopped::countDown));
      Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
      try {
        app.start(options.host(), options.port());
      } catch (RuntimeException e) {
        throw new UserError("cannot listen on " + options.host() + ":" + options.port() + ": " + rootMessage(e), e);
      }
      spec.commandLine().getOut().printf("Galen is serving http://%s:%d/ (API: /api/v1, rate limit %s); Ctrl-C stops it%n",
          options.host(), app.port(), options.rateLimitPerMinute() == 0 ? "off" : options.rateLimitPerMinute() + "/min");
      spec.commandLine().getOut().flush();
      if (embed) {
        startEmbedding();
      }
      stopped.await();
    }
    return 0;
  }

  /**
   * Embeds pending passages on a daemon thread while the server answers, resumably (progress is
   * committed every 30 s), holding the index writer: an ingest or removal meanwhile waits, saying why.
   */
  private void startEmbedding() {
    java.io.PrintWriter out = spec.commandLine().getOut();
    Thread embedding = new Thread(() -> {
      try (org.galen.index.EvidenceWriter indexer = galen.openWriter()) {
        EmbedCommand.embed(indexer, out);
        out.println("serve --embed: every passage has its vector; retrieval becomes hybrid within "
            + org.galen.retrieve.AutoRetriever.CHECK_INTERVAL.toSeconds() + " s (with --mode auto)");
      } catch (Exception e) {
        out.println("serve --embed stopped: " + e.getMessage() + "; 'galen embed' resumes where it left off");
      }
      out.flush();
    }, "galen-embed");
    embedding.setDaemon(true);
    embedding.start();
  }

  private int parseRateLimit() {
    if (rateLimit.equalsIgnoreCase("off")) {
      return 0;
    }
    try {
      int limit = Integer.parseInt(rateLimit);
      if (limit >= 0) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // explained below
    }
    throw new UserError("--rate-limit must be a number of requests per minute, 0 or off; not '" + rateLimit + "'");
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
