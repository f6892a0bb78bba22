package org.galen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.answer.Audience;
import org.galen.answer.Question;
import org.galen.editorial.StoredArticle;
import org.galen.index.IndexStats;
import org.galen.view.JsonViews;

/** The JSON API under {@value #PREFIX}: tiny handlers over {@link Backend}; errors are {@link ApiError}s. */
final class ApiRoutes {
  static final String PREFIX = "/api/v1";
  static final int MAX_K = 50;
  static final int MAX_FEEDBACK_CHARS = 4000;

  record AskRequest(String question, String audience, String conversationId, Boolean fresh) {}

  record FeedbackRequest(String message) {}

  private final Backend backend;
  private final ObjectMapper json;
  private final byte[] openApi;
  private final List<Route> more;

  /** @param more routes other stages' handlers add under the same prefix (review, edits) */
  ApiRoutes(Backend backend, ObjectMapper json, List<Route> more) throws IOException {
    this.backend = backend;
    this.json = json;
    this.more = List.copyOf(more);
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      this.openApi = in.readAllBytes();
    }
  }

  /** One API operation: what the OpenAPI document must describe, path relative to {@value #PREFIX}. */
  record Route(HandlerType method, String path, Handler handler) {}

  List<Route> routes() {
    List<Route> routes = new java.util.ArrayList<>(more);
    routes.addAll(List.of(
        new Route(HandlerType.POST, "/ask", this::ask),
        new Route(HandlerType.GET, "/articles/{id}", this::article),
        new Route(HandlerType.POST, "/articles/{id}/feedback", this::feedback),
        new Route(HandlerType.GET, "/search", this::search),
        new Route(HandlerType.GET, "/documents/{docId}", this::document),
        new Route(HandlerType.GET, "/health", this::health),
        new Route(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi))));
    return routes;
  }

  void register(Javalin app) {
    routes().forEach(route -> app.addHttpHandler(route.method(), PREFIX + route.path(), route.handler()));
  }

  private void ask(Context ctx) throws IOException {
    AskRequest request = body(ctx, json, AskRequest.class);
    if (request.question() == null) {
      throw WebException.badRequest("'question' is required");
    }
    StoredArticle article = backend.articles().ask(new Question(request.question()), audience(request.audience()),
        Optional.ofNullable(request.conversationId()), Boolean.TRUE.equals(request.fresh()));
    ctx.json(article);
  }

  private void article(Context ctx) throws IOException {
    ctx.json(find(backend, ctx.pathParam("id")));
  }

  private void feedback(Context ctx) throws IOException {
    FeedbackRequest request = body(ctx, json, FeedbackRequest.class);
    String message = validFeedback(request.message());
    if (!backend.store().addFeedback(ctx.pathParam("id"), message)) {
      throw WebException.notFound("no article with id '" + ctx.pathParam("id") + "'");
    }
    ctx.status(HttpStatus.CREATED).json(Map.of("status", "stored"));
  }

  private void search(Context ctx) throws IOException {
    String query = ctx.queryParam("q");
    if (query == null || query.isBlank()) {
      throw WebException.badRequest("'q' is required: what to search for");
    }
    int k = k(ctx.queryParam("k"));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("query", query);
    result.put("hits", backend.retriever().retrieve(query, k).stream().map(JsonViews::hit).toList());
    ctx.json(result);
  }

  private void document(Context ctx) throws IOException {
    String docId = ctx.pathParam("docId");
    ctx.json(JsonViews.document(backend.index().document(docId)
        .orElseThrow(() -> WebException.notFound("no document with id '" + docId + "'"))));
  }

  private void health(Context ctx) throws IOException {
    IndexStats stats = backend.index().stats();
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", "ok");
    health.put("documents", stats.documents());
    health.put("passages", stats.passages());
    health.put("retrieval", backend.retrieval().get().toLowerCase(java.util.Locale.ROOT));
    ctx.json(health);
  }

  static StoredArticle find(Backend backend, String id) throws IOException {
    return backend.store().find(id).orElseThrow(() -> WebException.notFound("no article with id '" + id + "'"));
  }

  static Audience audience(String value) {
    if (value == null || value.isBlank()) {
      return Audience.PHYSICIAN;
    }
    try {
      return Audience.parse(value);
    } catch (IllegalArgumentException e) {
      throw WebException.badRequest(e.getMessage());
    }
  }

  static String validFeedback(String message) {
    if (message == null || message.isBlank()) {
      throw WebException.badRequest("'message' is required: say what is wrong");
    }
    if (message.length() > MAX_FEEDBACK_CHARS) {
      throw WebException.badRequest("'message' is " + message.length() + " characters; the limit is " + MAX_FEEDBACK_CHARS);
    }
    return message.strip();
  }

  static int k(String value) {
    if (value == null) {
      return 10;
    }
    try {
      int k = Integer.parseInt(value);
      if (k >= 1 && k <= MAX_K) {
        return k;
      }
    } catch (NumberFormatException e) {
      // falls through to the explanation
    }
    throw WebException.badRequest("'k' must be a whole number from 1 to " + MAX_K + ", not '" + value + "'");
  }

  static <T> T body(Context ctx, ObjectMapper json, Class<T> type) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw WebException.badRequest("the request body must be a JSON object");
    }
    try {
      T value = json.readValue(body, type);
      if (value == null) {
        throw WebException.badRequest("the request body must be a JSON object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw WebException.badRequest(describe(e));
    }
  }

  /**
   * What is wrong with a body, in the API's words: the field and what it must be, never a Java
   * class or a library's setting (Jackson's own messages name both).
   */
  static String describe(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'; this call takes "
          + unknown.getKnownPropertyIds().stream().map(id -> "'" + id + "'").sorted()
              .collect(java.util.stream.Collectors.joining(", "));
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) {
      String field = mismatch.getPath().stream().map(reference -> reference.getFieldName() != null
          ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(java.util.stream.Collectors.joining("."));
      if (field.isEmpty()) {
        return "the request body must be a JSON object";
      }
      Class<?> target = mismatch.getTargetType();
      String expected = target == null ? "another kind of value"
          : CharSequence.class.isAssignableFrom(target) ? "text"
          : Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class ? "a number"
          : target == Boolean.class || target == boolean.class ? "true or false"
          : java.util.Collection.class.isAssignableFrom(target) || target.isArray() ? "a list"
          : target.isEnum() ? "one of " + java.util.Arrays.toString(target.getEnumConstants()).toLowerCase(
              java.util.Locale.ROOT)
          : "a JSON object";
      return "field '" + field + "' must be " + expected;
    }
    com.fasterxml.jackson.core.JsonLocation where = e.getLocation();
    return "the request body is not valid JSON" + (where == null ? ""
        : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
  }
}
