package org.galen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import org.galen.answer.InvalidQuestionException;
import org.galen.editorial.ForbiddenException;
import org.galen.editorial.InvalidEditException;
import org.galen.editorial.TransitionConflictException;
import org.galen.editorial.UnknownArticleException;
import org.galen.editorial.UnknownConversationException;
import org.galen.json.Jackson;
import org.galen.view.Templates;

/**
 * The web application and the JSON API on one Javalin server, configured here in code: security
 * headers on every response, a request-size limit, a per-client rate limit on asking and searching,
 * JSON errors under {@code /api}, HTML errors elsewhere, never a stack trace, and an access log of
 * method, path, status and time (paths hold ids only; question text is never logged).
 */
public final class WebServer {
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private WebServer() {}

  public static Javalin create(Backend backend, WebOptions options, PrintStream accessLog) throws IOException {
    // {"question": 42} is no question: a number or a boolean is never read as text.
    ObjectMapper json = Jackson.forWebRequests();
    Templates templates = Templates.html();
    RateLimiter limiter = new RateLimiter(options.rateLimitPerMinute(), System::nanoTime);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxRequestBytes();
      // A method a route does not take is 405 with Allow, not "no such page".
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler(SECURITY_HEADERS)));
      // Every body read through the size limit, chunked ones too; a JVM Error answers like any failure.
      config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
          new org.eclipse.jetty.servlet.FilterHolder(new RequestGuard(options.maxRequestBytes(), SECURITY_HEADERS)),
          "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/static";
        files.location = Location.CLASSPATH;
      });
      config.requestLogger.http((ctx, ms) -> accessLog.printf("%s %s %d %.1fms%n", ctx.method(), ctx.path(),
          ctx.statusCode(), ms));
    });
    app.before(ctx -> securityHeaders(ctx));
    app.before(ctx -> {
      if (limiter.enabled() && isLimited(ctx) && !limiter.allow(ctx.ip())) {
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        throw new WebException(429, "rate_limited", "too many requests from this client; wait a minute");
      }
    });
    app.before(ctx -> {
      // Another site can make a visitor's browser post text/plain or a form without a preflight;
      // it cannot post application/json. Every API write is JSON.
      boolean write = ctx.method() == io.javalin.http.HandlerType.POST || ctx.method() == io.javalin.http.HandlerType.PUT;
      // The media type itself, parameters ("; charset=utf-8") aside: "application/jsonp" and
      // "application/json-patch" are other formats.
      String type = ctx.contentType() == null ? ""
          : ctx.contentType().split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (write && ctx.path().startsWith(ApiRoutes.PREFIX + "/") && !type.equals("application/json")) {
        throw new WebException(415, "unsupported_media_type", "send the request body as JSON, with Content-Type: "
            + "application/json");
      }
    });
    Sessions sessions = new Sessions(backend.editorial().users(), backend.editorial().sessions());
    app.before(ctx -> {
      if (ctx.method() == io.javalin.http.HandlerType.POST && !ctx.path().startsWith("/api/")) {
        sessions.checkCsrf(ctx);
      }
    });
    ReviewRoutes review = new ReviewRoutes(backend, sessions, templates, json);
    new ApiRoutes(backend, json, review.apiRoutes()).register(app);
    new PageRoutes(backend, templates, sessions).register(app);
    review.registerPages(app);
    app.exception(WebException.class, (e, ctx) -> error(ctx, templates, e.status(), e.code(), e.getMessage()));
    app.exception(InvalidQuestionException.class, (e, ctx) -> error(ctx, templates, 400, "bad_request", e.getMessage()));
    app.exception(UnknownConversationException.class, (e, ctx) -> error(ctx, templates, 404, "not_found", e.getMessage()));
    app.exception(UnknownArticleException.class, (e, ctx) -> error(ctx, templates, 404, "not_found", e.getMessage()));
    app.exception(ForbiddenException.class, (e, ctx) -> error(ctx, templates, 403, "forbidden", e.getMessage()));
    app.exception(TransitionConflictException.class, (e, ctx) -> error(ctx, templates, 409, "conflict", e.getMessage()));
    app.exception(InvalidEditException.class, (e, ctx) -> error(ctx, templates, 400, "bad_request", e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 405) {
        ctx.header("Allow", e.getDetails().values().stream().findFirst().orElse("").toUpperCase(java.util.Locale.ROOT));
        error(ctx, templates, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
        return;
      }
      errorOf(e, ctx, templates, options);
    });
    app.exception(Exception.class, (e, ctx) -> {
      // The operator's log gets the failure (type, place), never the request's content.
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      accessLog.printf("ERROR %s %s: %s at %s%n", ctx.method(), ctx.path(), e.getClass().getName(), at);
      error(ctx, templates, 500, "internal",
          "the server failed to answer; the error is not shown for safety, and nothing you sent was stored by it");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, templates, 404, "not_found", "no such page or API call: " + ctx.path());
      }
    });
    return app;
  }

  private static void errorOf(HttpResponseException e, Context ctx, Templates templates, WebOptions options) {
    error(ctx, templates, e.getStatus(),
        e.getStatus() == 413 ? "too_large" : e.getStatus() == 404 ? "not_found" : "http_" + e.getStatus(),
        e.getStatus() == 404 ? "no such page or API call: " + ctx.path() : e.getStatus() == 413
            ? "the request is larger than " + options.maxRequestBytes() + " bytes" : e.getMessage());
  }

  /**
   * Asking and searching cost CPU, and reports are written to the database: they count; pages and
   * static files do not.
   */
  private static boolean isLimited(Context ctx) {
    String path = ctx.path();
    return path.equals("/ask") || path.startsWith(ApiRoutes.PREFIX + "/ask") || path.startsWith("/search")
        || path.startsWith(ApiRoutes.PREFIX + "/search") || path.endsWith("/feedback");
  }

  /** The limiter's window is a minute: a client told to retry after it will be let in. */
  private static final int RETRY_AFTER_SECONDS = 60;

  /** On every response, Javalin's and Jetty's own. */
  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");

  private static void securityHeaders(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }

  private static void error(Context ctx, Templates templates, int status, String code, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(new ApiError(code, message));
    } else {
      ctx.html(templates.render("error", Map.of("title", "Error " + status, "status", status, "message", message)));
    }
  }
}
