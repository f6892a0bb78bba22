package org.galen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The OpenAPI document checked against real responses: the real server over a real index and
 * database, every operation made to answer every status the document lists for it — success,
 * refusals, the rate limit, and failures of a backend whose disk went away — and each answer held
 * to the document's schema for that operation and status ({@link OpenApiContract}, strict: an
 * undocumented field or a missing required one fails).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@MethodSource("backends")
class OpenApiContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MALARIA = "{\"question\": \"What is malaria?\"}";
  /** The 500 no test can cause: the document is bytes in memory, yet a JVM error could still fail it. */
  private static final String UNPRODUCIBLE = "GET /openapi.json 500";

  private final HttpClient http = HttpClient.newHttpClient();
  @Parameter
  TestBackend.Kind kind;

  private TestBackend fixture;
  private OpenApiContract contract;
  private Javalin app;
  private Javalin limited;
  private Javalin failing;
  private String admin;
  private String editor;
  private String reviewer;
  /** The body of the last request sent, for {@link #expect} to hold to the document. */
  private String sent;

  static java.util.stream.Stream<TestBackend.Kind> backends() {
    return TestBackend.kinds();
  }

  @BeforeParameterizedClassInvocation
  void start(TestBackend.Kind kind, @TempDir Path dataDir) throws Exception {
    fixture = TestBackend.open(kind, Files.createDirectories(dataDir.resolve("served")));
    app = start(fixture.backend, 0);
    limited = start(fixture.backend, 1);
    TestBackend.Failing broken = TestBackend.failing(Files.createDirectories(dataDir.resolve("failing")));
    failing = start(broken.backend(), 0);
    broken.loseDatabase();
    try (InputStream document = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      contract = new OpenApiContract(JSON.readTree(document));
    }
    admin = fixture.backend.editorial().users().add("contract-admin", Role.ADMIN, 1, "test");
    editor = fixture.backend.editorial().users().add("contract-editor", Role.EDITOR, 1, "test");
    reviewer = fixture.backend.editorial().users().add("contract-reviewer", Role.REVIEWER, 1, "test");
  }

  private static Javalin start(Backend backend, int rateLimitPerMinute) throws IOException {
    return WebServer.create(backend, new WebOptions("127.0.0.1", 0, rateLimitPerMinute,
        WebOptions.DEFAULT_MAX_REQUEST_BYTES), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8)).start("127.0.0.1", 0);
  }

  @AfterParameterizedClassInvocation
  void stop() throws Exception {
    for (Javalin server : new Javalin[] {app, limited, failing}) {
      if (server != null) {
        server.stop();
      }
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void everyOperationAnswersEachDocumentedStatusAsTheDocumentDescribesIt() throws Exception {
    String id = asking();
    readingAndSearching(id);
    reporting(id);
    reviewing();
    refusedBeforeAnyHandler(id);
    rateLimited(id);
    failing(id);
    assertThat(contract.unseen()).as("documented statuses no request produced").containsExactly(UNPRODUCIBLE);
  }

  @Test
  void everyObjectTheDocumentDescribesNamesItsFields() {
    assertThat(contract.openObjects()).as("object schemas any field would pass").isEmpty();
  }

  @Test
  void theContractRefusesAnUndocumentedFieldAMissingRequiredOneAndAnUnexpectedNull() throws Exception {
    HttpResponse<String> search = call(app, "GET", "/search?q=amoxicillin", null, null);
    String schema = contract.responsePointer("GET /search", "200") + "/content/application~1json/schema";
    JsonNode real = JSON.readTree(search.body());
    assertThat(real.get("hits")).isNotEmpty();
    assertThat(contract.violations(schema, real)).isEmpty();

    ObjectNode extra = real.deepCopy();
    ((ObjectNode) extra.get("hits").get(0)).put("colour", "red");
    assertThat(contract.violations(schema, extra)).anySatisfy(violation -> assertThat(violation).contains("colour"));
    ObjectNode missing = real.deepCopy();
    ((ObjectNode) missing.get("hits").get(0)).remove("sourceId");
    assertThat(contract.violations(schema, missing)).anySatisfy(violation -> assertThat(violation).contains("sourceId"));
    ObjectNode nulled = real.deepCopy();
    ((ObjectNode) nulled.get("hits").get(0)).putNull("text");
    assertThat(contract.violations(schema, nulled)).isNotEmpty();

    assertThat(contract.violations("GET /health", call(app, "GET", "/articles", null, null)))
        .as("a status the operation does not list").singleElement().asString().contains("401");
  }

  /** Asks enough questions that doses, glosses, notes, follow-ups and an abstention are all checked. */
  private String asking() throws Exception {
    JsonNode dosed = json(expect("POST /ask", call(app, "POST", "/ask", null,
        "{\"question\": \"What is the treatment for acute otitis media?\"}"), 200));
    assertThat(dosed.get("doses")).as("a dose to check").isNotEmpty();
    JsonNode lay = json(expect("POST /ask", call(app, "POST", "/ask", null,
        "{\"question\": \"What is myoclonus?\", \"audience\": \"patient\", \"fresh\": true}"), 200));
    assertThat(lay.get("glosses")).as("a gloss to check").isNotEmpty();
    JsonNode followUp = json(expect("POST /ask", call(app, "POST", "/ask", null, "{\"question\": \"and in children?\", "
        + "\"conversationId\": \"" + dosed.get("conversationId").asText() + "\"}"), 200));
    assertThat(followUp.get("resolvedQuestion").asText()).containsIgnoringCase("otitis media");
    JsonNode abstained = json(expect("POST /ask", call(app, "POST", "/ask", null,
        "{\"question\": \"What is the dose of tirzepatide?\"}"), 200));
    assertThat(abstained.get("abstained").asBoolean()).isTrue();
    assertThat(abstained.get("notes")).as("a note to check").isNotEmpty();
    for (String bad : new String[] {"{}", "{not json", "{\"question\": \"malaria?\", \"colour\": 1}",
        "{\"question\": \"What is malaria?\", \"audience\": \"surgeon\"}"}) {
      expect("POST /ask", call(app, "POST", "/ask", null, bad), 400);
    }
    expect("POST /ask", call(app, "POST", "/ask", null, "{\"question\": \"and?\", \"conversationId\": \"nope\"}"), 404);
    return dosed.get("id").asText();
  }

  private void readingAndSearching(String id) throws Exception {
    expect("GET /articles/{id}", call(app, "GET", "/articles/" + id, null, null), 200);
    expect("GET /articles/{id}", call(app, "GET", "/articles/nope", null, null), 404);
    JsonNode hits = json(expect("GET /search", call(app, "GET", "/search?q=" + URLEncoder.encode(
        "myoclonus treatment", StandardCharsets.UTF_8) + "&k=5", null, null), 200)).get("hits");
    assertThat(hits).isNotEmpty();
    expect("GET /search", call(app, "GET", "/search?q=zzyzxqq", null, null), 200);
    expect("GET /search", call(app, "GET", "/search", null, null), 400);
    expect("GET /search", call(app, "GET", "/search?q=malaria&k=999", null, null), 400);
    // A guideline and a reference page: documents of both kinds the fixture holds.
    for (String docId : new String[] {"nstg:acute-otitis-media", hits.get(0).get("docId").asText()}) {
      expect("GET /documents/{docId}", call(app, "GET", "/documents/" + docId, null, null), 200);
    }
    expect("GET /documents/{docId}", call(app, "GET", "/documents/pmid:0", null, null), 404);
    expect("GET /health", call(app, "GET", "/health", null, null), 200);
    HttpResponse<String> document = expect("GET /openapi.json", call(app, "GET", "/openapi.json", null, null), 200);
    assertThat(JSON.readTree(document.body())).as("the document checked is the one served")
        .isEqualTo(JSON.readTree(ApiRoutes.class.getResourceAsStream("openapi.json")));
  }

  private void reporting(String id) throws Exception {
    String operation = "POST /articles/{id}/feedback";
    expect(operation, call(app, "POST", "/articles/" + id + "/feedback", null, "{\"message\": \"Dose looks wrong\"}"),
        201);
    expect(operation, call(app, "POST", "/articles/" + id + "/feedback", null, "{\"message\": \" \"}"), 400);
    expect(operation, call(app, "POST", "/articles/nope/feedback", null, "{\"message\": \"wrong\"}"), 404);
  }

  /** The review queue, status changes, an edit and the versions it makes, as staff and as others. */
  private void reviewing() throws Exception {
    JsonNode article = json(call(app, "POST", "/ask", null, "{\"question\": \"What is the treatment for myoclonus?\", "
        + "\"fresh\": true}"));
    String id = article.get("id").asText();
    expect("GET /articles", call(app, "GET", "/articles", admin, null), 200);
    expect("GET /articles", call(app, "GET", "/articles?status=SUBMITTED", admin, null), 200);
    expect("GET /articles", call(app, "GET", "/articles?status=bogus", admin, null), 400);
    expect("GET /articles", call(app, "GET", "/articles", null, null), 401);
    expect("GET /articles", call(app, "GET", "/articles", "not-a-token", null), 401);

    String transitions = "POST /articles/{id}/transitions";
    String path = "/articles/" + id + "/transitions";
    expect(transitions, call(app, "POST", path, admin, "{\"to\": \"UNDER_REVIEW\", \"comment\": \"taking it\"}"), 200);
    expect(transitions, call(app, "POST", path, editor, "{\"to\": \"APPROVED\"}"), 403);
    expect(transitions, call(app, "POST", path, admin, "{\"to\": \"RETIRED\"}"), 409);
    expect(transitions, call(app, "POST", path, admin, "{\"comment\": \"where to?\"}"), 400);
    expect(transitions, call(app, "POST", path, null, "{\"to\": \"APPROVED\"}"), 401);
    expect(transitions, call(app, "POST", "/articles/nope/transitions", admin, "{\"to\": \"APPROVED\"}"), 404);

    String edit = "PUT /articles/{id}";
    String body = editBody(article, 1);
    expect(edit, call(app, "PUT", "/articles/" + id, admin, body), 200);
    expect(edit, call(app, "PUT", "/articles/" + id, admin, body), 409);
    expect(edit, call(app, "PUT", "/articles/" + id, admin, "{\"baseVersion\": 2}"), 400);
    expect(edit, call(app, "PUT", "/articles/" + id, admin, editBody(article, 2).replace("\"text\":\"",
        "\"text\":\"Not a quoted line. ")), 400);
    expect(edit, call(app, "PUT", "/articles/" + id, null, body), 401);
    expect(edit, call(app, "PUT", "/articles/nope", admin, body), 404);
    // Approved words edited go back to review, which only an editor or an admin may send them to.
    expect(transitions, call(app, "POST", path, admin, "{\"to\": \"APPROVED\"}"), 200);
    expect(edit, call(app, "PUT", "/articles/" + id, reviewer, editBody(article, 2)), 403);

    String versions = "GET /articles/{id}/versions";
    JsonNode both = json(expect(versions, call(app, "GET", "/articles/" + id + "/versions", admin, null), 200));
    assertThat(both.get("versions")).as("a version with changes to check").hasSize(2);
    assertThat(both.get("history")).as("status changes to check").hasSize(2);
    expect(versions, call(app, "GET", "/articles/" + id + "/versions", null, null), 401);
    expect(versions, call(app, "GET", "/articles/nope/versions", admin, null), 404);
  }

  /** An edit that keeps the article's first statement alone, with a note. */
  private static String editBody(JsonNode article, int baseVersion) throws IOException {
    JsonNode kept = article.get("sections").get(0).get("statements").get(0);
    ObjectNode statement = JSON.createObjectNode().put("text", kept.get("text").asText());
    statement.set("sources", kept.get("sources"));
    ObjectNode section = JSON.createObjectNode().put("title", "Key point");
    section.putArray("statements").add(statement);
    ObjectNode edit = JSON.createObjectNode().put("baseVersion", baseVersion);
    edit.putArray("sections").add(section);
    edit.putArray("notes").add("Checked.");
    return JSON.writeValueAsString(edit);
  }

  /**
   * What the server refuses before a handler runs: a method a path lacks, a body too large, not
   * JSON, or chunked with its framing broken off.
   */
  private void refusedBeforeAnyHandler(String id) throws Exception {
    for (String template : templates()) {
      HttpResponse<String> refused = call(app, "DELETE", concrete(template, id), admin, null);
      assertThat(refused.statusCode()).as("DELETE " + template).isEqualTo(405);
      contract.checkForEveryOperationOn(template, refused);
    }
    String tooLarge = "{\"question\": \"" + "x".repeat((int) WebOptions.DEFAULT_MAX_REQUEST_BYTES) + "\"}";
    for (String operation : contract.operations()) {
      String method = operation.substring(0, operation.indexOf(' '));
      String path = concrete(operation.substring(operation.indexOf(' ') + 1), id);
      expect(operation, call(app, method, path, admin, tooLarge), 413);
      if (method.equals("POST") || method.equals("PUT")) {
        expect(operation, send(app, method, path, admin, "text/plain", MALARIA), 415);
      }
      OpenApiContract.Answer broken = raw(app, method + " " + ApiRoutes.PREFIX + path + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
      assertThat(broken.status()).as(operation + " with broken chunking").isEqualTo(400);
      contract.check(operation, broken);
    }
  }

  /**
   * One request written byte for byte (the HTTP client will not break its own framing), and the
   * answer; the server closes the connection after it.
   */
  private static OpenApiContract.Answer raw(Javalin server, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      List<String> head = answer.substring(0, end).lines().toList();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String line : head.subList(1, head.size())) {
        headers.computeIfAbsent(line.substring(0, line.indexOf(':')).strip(), name -> new ArrayList<>())
            .add(line.substring(line.indexOf(':') + 1).strip());
      }
      return new OpenApiContract.Answer(Integer.parseInt(head.get(0).split(" ")[1]),
          HttpHeaders.of(headers, (name, value) -> true), answer.substring(end + 4));
    }
  }

  /** Asking, searching and reporting count against a client's limit: one a minute here. */
  private void rateLimited(String id) throws Exception {
    expect("GET /search", call(limited, "GET", "/search?q=malaria", null, null), 200);
    expect("POST /ask", call(limited, "POST", "/ask", null, MALARIA), 429);
    expect("GET /search", call(limited, "GET", "/search?q=malaria", null, null), 429);
    expect("POST /articles/{id}/feedback", call(limited, "POST", "/articles/" + id + "/feedback", null,
        "{\"message\": \"wrong\"}"), 429);
  }

  /** Every operation but the document itself fails with 500 when the index and database are gone. */
  private void failing(String id) throws Exception {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("POST /ask", MALARIA);
    bodies.put("POST /articles/{id}/feedback", "{\"message\": \"wrong\"}");
    bodies.put("POST /articles/{id}/transitions", "{\"to\": \"UNDER_REVIEW\"}");
    bodies.put("PUT /articles/{id}", "{\"baseVersion\": 1, \"sections\": []}");
    for (String operation : contract.operations()) {
      if ((operation + " 500").equals(UNPRODUCIBLE)) {
        continue;
      }
      String method = operation.substring(0, operation.indexOf(' '));
      String path = concrete(operation.substring(operation.indexOf(' ') + 1), id);
      String query = path.equals("/search") ? "?q=malaria" : "";
      expect(operation, call(failing, method, path + query, admin, bodies.get(operation)), 500);
    }
  }

  private List<String> templates() {
    return contract.operations().stream().map(operation -> operation.substring(operation.indexOf(' ') + 1))
        .distinct().toList();
  }

  private static String concrete(String template, String id) {
    return template.replace("{id}", id).replace("{docId}", "nstg:acute-otitis-media");
  }

  /**
   * The response had the status and is as the document describes it; a body the server took
   * is one the document describes too.
   */
  private HttpResponse<String> expect(String operation, HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as("%s %s", operation, response.body()).isEqualTo(status);
    contract.check(operation, response);
    if (status < 300 && sent != null) {
      assertThat(contract.requestViolations(operation, sent)).as("%s took %s", operation, sent).isEmpty();
    }
    return response;
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** A call under /api/v1, as JSON when it has a body, with a bearer token when one is given. */
  private HttpResponse<String> call(Javalin server, String method, String path, String token, String body)
      throws Exception {
    return send(server, method, path, token, body == null ? null : "application/json", body);
  }

  private HttpResponse<String> send(Javalin server, String method, String path, String token, String contentType,
      String body) throws Exception {
    sent = body;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + ApiRoutes.PREFIX + path)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
