package org.galen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.galen.editorial.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real server on a free loopback port, over a real index (embedded, and on the test OpenSearch
 * cluster) and database, through a real HTTP client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@MethodSource("backends")
class WebServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final java.net.CookieManager cookies = new java.net.CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final ByteArrayOutputStream accessLog = new ByteArrayOutputStream();
  @Parameter
  TestBackend.Kind kind;

  private TestBackend fixture;
  private Javalin app;
  private String base;

  static java.util.stream.Stream<TestBackend.Kind> backends() {
    return TestBackend.kinds();
  }

  @BeforeParameterizedClassInvocation
  void start(TestBackend.Kind kind, @TempDir Path dataDir) throws Exception {
    fixture = TestBackend.open(kind, dataDir);
    app = WebServer.create(fixture.backend, new WebOptions("127.0.0.1", 0, 0, WebOptions.DEFAULT_MAX_REQUEST_BYTES),
        new PrintStream(accessLog, true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterParameterizedClassInvocation
  void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void askReturnsTheStoredArticleThatGetArticleReturnsAgain() throws Exception {
    HttpResponse<String> asked = post("/api/v1/ask", "{\"question\": \"What is the treatment for acute otitis media?\"}");
    assertThat(asked.statusCode()).isEqualTo(200);
    JsonNode article = JSON.readTree(asked.body());
    assertThat(article.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(article.get("audience").asText()).isEqualTo("physician");
    assertThat(article.get("references").get(0).get("docId").asText()).isEqualTo("nstg:acute-otitis-media");

    HttpResponse<String> again = get("/api/v1/articles/" + article.get("id").asText());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body())).isEqualTo(article);

    JsonNode followUp = JSON.readTree(post("/api/v1/ask", "{\"question\": \"and in children?\", \"conversationId\": \""
        + article.get("conversationId").asText() + "\", \"audience\": \"patient\"}").body());
    assertThat(followUp.get("conversationId")).isEqualTo(article.get("conversationId"));
    assertThat(followUp.get("resolvedQuestion").asText()).containsIgnoringCase("otitis media");
    assertThat(accessLog.toString(StandardCharsets.UTF_8)).contains("POST /api/v1/ask 200").doesNotContain("treatment").doesNotContain("children");
  }

  @Test
  void theSameQuestionIsAnsweredFromStorageUnlessFreshIsAsked() throws Exception {
    String body = "{\"question\": \"What are the symptoms of malaria?\", \"audience\": \"nurse\"}";
    JsonNode first = JSON.readTree(post("/api/v1/ask", body).body());
    JsonNode again = JSON.readTree(post("/api/v1/ask", body.replace("What are the symptoms of malaria?", "what are the symptoms of Malaria")).body());
    assertThat(again.get("id")).isEqualTo(first.get("id"));
    assertThat(again.get("conversationId")).isNotEqualTo(first.get("conversationId"));
    assertThat(again.get("question").asText()).as("each asker reads their own wording")
        .isEqualTo("what are the symptoms of Malaria");
    assertThat(first.get("question").asText()).isEqualTo("What are the symptoms of malaria?");
    JsonNode fresh = JSON.readTree(post("/api/v1/ask", body.replace("}", ", \"fresh\": true}")).body());
    assertThat(fresh.get("id")).isNotEqualTo(first.get("id"));
  }

  @Test
  void badInputGetsJsonErrorsWithTheRightStatus() throws Exception {
    assertError(post("/api/v1/ask", ""), 400, "bad_request");
    assertError(post("/api/v1/ask", "{not json"), 400, "bad_request");
    assertError(post("/api/v1/ask", "{\"audience\": \"patient\"}"), 400, "bad_request");
    assertError(post("/api/v1/ask", "{\"question\": \"What is malaria?\", \"audience\": \"surgeon\"}"), 400, "bad_request");
    assertError(post("/api/v1/ask", "{\"question\": \"" + "why ".repeat(600) + "\"}"), 400, "bad_request");
    assertError(post("/api/v1/ask", "{\"question\": \"and?\", \"conversationId\": \"nope\"}"), 404, "not_found");
    assertError(post("/api/v1/ask", "{\"question\": \"" + "x".repeat(20_000) + "\"}"), 413, "too_large");
    assertError(get("/api/v1/articles/nope"), 404, "not_found");
    assertError(get("/api/v1/documents/pmid:0"), 404, "not_found");
    assertError(get("/api/v1/search"), 400, "bad_request");
    assertError(get("/api/v1/search?q=malaria&k=999"), 400, "bad_request");
    assertError(get("/api/v1/nothing-here"), 404, "not_found");
    assertError(post("/api/v1/articles/nope/feedback", "{\"message\": \"wrong dose\"}"), 404, "not_found");
  }

  @Test
  void searchDocumentsHealthAndFeedbackAnswer() throws Exception {
    JsonNode hits = JSON.readTree(get("/api/v1/search?q=amoxicillin%20otitis%20media&k=3").body()).get("hits");
    assertThat(hits).hasSize(3);
    String docId = hits.get(0).get("docId").asText();
    JsonNode document = JSON.readTree(get("/api/v1/documents/" + docId).body());
    assertThat(document.get("text").asText().substring(hits.get(0).get("start").asInt(), hits.get(0).get("end").asInt()))
        .isEqualTo(hits.get(0).get("text").asText());
    assertThat(JSON.readTree(get("/api/v1/health").body()).get("status").asText()).isEqualTo("ok");

    String id = JSON.readTree(post("/api/v1/ask", "{\"question\": \"What is the treatment for myoclonus?\", "
        + "\"fresh\": true}").body()).get("id").asText();
    HttpResponse<String> feedback = post("/api/v1/articles/" + id + "/feedback", "{\"message\": \"Dose looks wrong\"}");
    assertThat(feedback.statusCode()).isEqualTo(201);
    assertThat(fixture.backend.store().feedback(id)).containsExactly("Dose looks wrong");
    assertError(post("/api/v1/articles/" + id + "/feedback", "{\"message\": \" \"}"), 400, "bad_request");
  }

  @Test
  void pagesEscapeUserTextAndCarrySecurityHeaders() throws Exception {
    HttpResponse<String> asked = postForm("/ask", Map.of("question", "What is myoclonus? <script>alert(1)</script>",
        "audience", "patient"));
    assertThat(asked.statusCode()).isEqualTo(303);
    String location = asked.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> page = get(location);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
        .contains("pending human review").contains("Which best describes you?").contains("id=\"disclaimer\"");
    assertThat(page.body()).contains("<a href=\"/about\">View editorial policy</a>");
    HttpResponse<String> policy = get("/about");
    assertThat(policy.statusCode()).isEqualTo(200);
    assertThat(policy.body()).contains("Editorial policy").contains("word for word").contains("Approved")
        .contains("Report a problem");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(WebServer.CONTENT_SECURITY_POLICY);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(get("/api/v1/health").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    // A second asker of the same question, in other words, reads the stored article under their own.
    String second = postForm("/ask", Map.of("question", "what is MYOCLONUS? <script>alert(1)</script>",
        "audience", "patient")).headers().firstValue("Location").orElseThrow();
    assertThat(second).startsWith(location.substring(0, location.indexOf('?'))).isNotEqualTo(location);
    assertThat(get(second).body()).contains("what is MYOCLONUS?").doesNotContain("What is myoclonus?");
    assertThat(get(location).body()).contains("What is myoclonus?").doesNotContain("what is MYOCLONUS?");

    HttpResponse<String> search = get("/search?q=%3Cb%3Emyoclonus%3C%2Fb%3E");
    assertThat(search.body()).contains("&lt;b&gt;myoclonus&lt;/b&gt;").contains("<mark>");
    HttpResponse<String> source = get("/documents/nstg:acute-otitis-media?start=0&end=20");
    assertThat(source.body()).contains("<mark id=\"cited\">Acute inflammation o</mark>");
    assertThat(get("/documents/nstg:acute-otitis-media?start=x").statusCode()).isEqualTo(400);
  }

  @Test
  void theRateLimitAnswers429PerClientAndCanBeSwitchedOff(@TempDir Path unused) throws Exception {
    Javalin limited = WebServer.create(fixture.backend, new WebOptions("127.0.0.1", 0, 2, 16_384),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
    try {
      String url = "http://127.0.0.1:" + limited.port() + "/api/v1/search?q=malaria";
      assertThat(send(HttpRequest.newBuilder(URI.create(url)).build()).statusCode()).isEqualTo(200);
      assertThat(send(HttpRequest.newBuilder(URI.create(url)).build()).statusCode()).isEqualTo(200);
      HttpResponse<String> limitedResponse = send(HttpRequest.newBuilder(URI.create(url)).build());
      assertError(limitedResponse, 429, "rate_limited");
      assertThat(limitedResponse.headers().firstValue("Retry-After")).hasValue("60");
      assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + limited.port() + "/api/v1/health"))
          .build()).statusCode()).isEqualTo(200);
    } finally {
      limited.stop();
    }
    for (int i = 0; i < 5; i++) {
      assertThat(get("/api/v1/search?q=malaria").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aFailureInsideTheServerIs500WithoutAStackTraceWhateverItIs() throws Exception {
    // An exception, and JVM errors (out of memory, a stack overflow) that Javalin itself answers with nothing.
    List<Runnable> failures = List.of(() -> {
      throw new IllegalStateException("index file vanished at org.apache.lucene...");
    }, () -> {
      throw new OutOfMemoryError("Java heap space");
    }, () -> {
      throw new StackOverflowError();
    });
    for (Runnable failure : failures) {
      Backend broken = new Backend(fixture.backend.articles(), fixture.backend.editorial(), (query, k) -> {
        failure.run();
        return List.of();
      }, fixture.index, "BM25");
      Javalin failing = WebServer.create(broken, new WebOptions("127.0.0.1", 0, 0, 16_384),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
      try {
        String root = "http://127.0.0.1:" + failing.port();
        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(root + "/api/v1/search?q=malaria")).build());
        assertError(api, 500, "internal");
        assertThat(api.body()).doesNotContain("vanished").doesNotContain("lucene").doesNotContain("heap");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(root + "/search?q=malaria")).build());
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("the server failed to answer").doesNotContain("vanished").doesNotContain("heap");
      } finally {
        failing.stop();
      }
    }
  }

  @Test
  void aChunkedBodyIsHeldToTheSameLimitAsADeclaredOne() throws Exception {
    byte[] large = ("{\"question\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ask"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large))).build());
    assertError(refused, 413, "too_large");
    byte[] small = "{\"question\": \"How is acute otitis media diagnosed in a child?\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answered = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ask"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small))).build());
    assertThat(answered.statusCode()).as("a chunked body within the limit is read").isEqualTo(200);
    assertThat(JSON.readTree(answered.body()).get("references").get(0).get("docId").asText())
        .isEqualTo("nstg:acute-otitis-media");
  }

  @Test
  void aHugeDeclaredLengthIsRefusedAtOnceAndBrokenChunkingIsTheClientsError() throws Exception {
    String huge = raw("POST /api/v1/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: 99999999999\r\n\r\n{}");
    assertThat(huge).startsWith("HTTP/1.1 413").contains("too_large");
    String broken = raw("POST /api/v1/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"question\": \"x\"}\r\n0\r\n\r\n");
    assertThat(broken).startsWith("HTTP/1.1 400").contains("application/json").contains("bad_request");
  }

  /** One request written byte for byte, and the whole answer, within five seconds. */
  private String raw(String request) throws Exception {
    URI uri = URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n = socket.getInputStream().read(buffer); n > 0; n = socket.getInputStream().read(buffer)) {
          answer.write(buffer, 0, n);
          if (answer.toString(StandardCharsets.UTF_8).contains("\r\n\r\n") && answer.toString(StandardCharsets.UTF_8)
              .matches("(?s).*\\{.*\\}\\s*$")) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // What came within the time is the answer.
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void theOpenApiDocumentDescribesExactlyTheRoutesTheServerHas() throws Exception {
    JsonNode openApi = JSON.readTree(get("/api/v1/openapi.json").body());
    assertThat(openApi.get("openapi").asText()).startsWith("3.");
    List<String> documented = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
    }
    List<String> served = new ApiRoutes(fixture.backend, JSON, new ReviewRoutes(fixture.backend, null, null, JSON)
        .apiRoutes()).routes().stream()
        .map(route -> route.method().name() + " " + route.path()).toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(served);

    // Every documented operation answers with one of its documented 2xx statuses, as an admin.
    String token = fixture.backend.editorial().users().add("openapi-admin", Role.ADMIN, 1, "test");
    for (String operation : documented) {
      String method = operation.substring(0, operation.indexOf(' '));
      String template = operation.substring(operation.indexOf(' ') + 1);
      JsonNode asked = JSON.readTree(post("/api/v1/ask", "{\"question\": \"What is the treatment for myoclonus?\", "
          + "\"fresh\": true}").body());
      String id = asked.get("id").asText();
      JsonNode kept = asked.get("sections").get(0).get("statements").get(0);
      String keptStatement = JSON.writeValueAsString(JSON.createObjectNode().put("text", kept.get("text").asText())
          .set("sources", kept.get("sources")));
      String path = template.replace("{id}", id).replace("{docId}", "nstg:acute-otitis-media");
      String body = switch (template) {
        case "/articles/{id}/feedback" -> "{\"message\": \"ok\"}";
        case "/articles/{id}/transitions" -> "{\"to\": \"UNDER_REVIEW\", \"comment\": \"taking it\"}";
        case "/articles/{id}" -> "{\"baseVersion\": 1, \"sections\": [{\"title\": \"Key point\", \"statements\": ["
            + keptStatement + "]}], \"notes\": [\"Checked.\"]}";
        default -> "{\"question\": \"What is malaria?\"}";
      };
      String query = template.equals("/search") ? "?q=malaria" : "";
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path + query))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
      request = switch (method) {
        case "GET" -> request.GET();
        case "PUT" -> request.PUT(HttpRequest.BodyPublishers.ofString(body));
        default -> request.POST(HttpRequest.BodyPublishers.ofString(body));
      };
      HttpResponse<String> response = send(request.build());
      JsonNode statuses = openApi.get("paths").get(template).get(method.toLowerCase()).get("responses");
      assertThat(statuses.has(String.valueOf(response.statusCode()))).as(operation + " → " + response.statusCode()).isTrue();
      assertThat(response.statusCode()).as(operation + " " + response.body()).isLessThan(300);
    }
  }

  private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("error").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.")
        .as("the API's words, never a Java class or a library setting").doesNotContain("org.galen", "java.",
            "CoercionConfig", "`");
  }

  @Test
  void feedbackCountsAgainstTheRateLimit() throws Exception {
    Javalin limited = WebServer.create(fixture.backend, new WebOptions("127.0.0.1", 0, 2, 16_384),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
    try {
      String url = "http://127.0.0.1:" + limited.port() + "/api/v1/articles/no-such-article/feedback";
      for (int i = 0; i < 2; i++) {
        assertThat(send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"wrong dose\"}")).build()).statusCode())
            .isEqualTo(404);
      }
      HttpResponse<String> third = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"wrong dose\"}")).build());
      assertError(third, 429, "rate_limited");
      assertThat(third.headers().firstValue("Retry-After")).hasValue("60");
    } finally {
      limited.stop();
    }
  }

  @Test
  void aMethodARouteDoesNotTakeIs405WithAllow() throws Exception {
    HttpResponse<String> deleted = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).DELETE().build());
    assertError(deleted, 405, "method_not_allowed");
    assertThat(deleted.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    assertThat(deleted.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(get("/api/v1/no-such-call").statusCode()).isEqualTo(404);
  }

  @Test
  void requestsJettyRefusesItselfGetTheSecurityHeadersAndNoServerDetails() throws Exception {
    HttpResponse<String> longHeaders = send(HttpRequest.newBuilder(URI.create(base + "/"))
        .header("X-Padding", "x".repeat(20_000)).build());
    HttpResponse<String> longUri = get("/search?q=" + "x".repeat(20_000));
    for (HttpResponse<String> response : List.of(longHeaders, longUri)) {
      assertThat(response.statusCode()).isIn(400, 414, 431);
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(WebServer.CONTENT_SECURITY_POLICY);
      assertThat(response.body()).doesNotContain("Jetty").doesNotContain("at org.");
    }
  }

  @Test
  void theAskFormWithoutAQuestionIsRefusedNotAskedAsNull() throws Exception {
    HttpResponse<String> response = postForm("/ask", Map.of("audience", "physician"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("no &#39;question&#39; field").doesNotContain("null");
  }

  @Test
  void apiWritesMustBeJsonAndAQuestionMustBeText() throws Exception {
    HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ask"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(
            "{\"question\": \"What is the treatment for malaria?\"}")).build());
    assertError(plain, 415, "unsupported_media_type");
    HttpResponse<String> noType = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/x/feedback"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"hi\"}")).build());
    assertError(noType, 415, "unsupported_media_type");
    for (String other : new String[] {"application/jsonp", "application/json-patch+json"}) {
      HttpResponse<String> lookalike = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ask"))
          .header("Content-Type", other).POST(HttpRequest.BodyPublishers.ofString(
              "{\"question\": \"What is the treatment for malaria?\"}")).build());
      assertError(lookalike, 415, "unsupported_media_type");
    }
    assertError(post("/api/v1/ask", "{\"question\": 42}"), 400, "bad_request");
    assertThat(post("/api/v1/ask", "{\"question\": 42}").body()).contains("'question' must be text");
    assertError(post("/api/v1/ask", "[\"What is malaria?\"]"), 400, "bad_request");
    assertError(post("/api/v1/ask", "{\"question\": \"malaria?\", \"colour\": 1}"), 400, "bad_request");
    assertError(post("/api/v1/ask", "{\"question\": "), 400, "bad_request");
    assertError(post("/api/v1/ask", "{\"question\": true}"), 400, "bad_request");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).build());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
    get("/");
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(Sessions.CSRF_COOKIE))
        .findFirst().orElseThrow().getValue();
    StringBuilder form = new StringBuilder("csrf=" + csrf);
    fields.forEach((name, value) -> form.append('&').append(name).append('=')
        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
