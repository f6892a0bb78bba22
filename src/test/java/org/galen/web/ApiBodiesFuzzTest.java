package org.galen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The JSON API under generated bodies and queries, on the real server over a real index: whatever
 * is sent, the answer is an article or a JSON error with a 4xx status — never a 500, never a body
 * that is not JSON.
 */
class ApiBodiesFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> REFUSALS = Set.of(400, 404, 413, 415, 422);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Path dataDir;
  private static TestBackend fixture;
  private static Javalin app;
  private static String base;

  @BeforeContainer
  static void start() throws Exception {
    dataDir = Files.createTempDirectory("galen-api-fuzz-");
    fixture = TestBackend.open(dataDir);
    app = WebServer.create(fixture.backend, new WebOptions("127.0.0.1", 0, 0, WebOptions.DEFAULT_MAX_REQUEST_BYTES),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterContainer
  static void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    if (fixture != null) {
      fixture.close();
    }
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @Property(tries = 150)
  void anyAskBodyIsAnArticleOrARefusalNeverAFailure(@ForAll("askBodies") String body) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ask"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertAnswered(response);
  }

  @Property(tries = 150)
  void anySearchIsResultsOrARefusal(@ForAll("queries") String query, @ForAll("ks") String k) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&k=" + URLEncoder.encode(k, StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertAnswered(response);
  }

  private static void assertAnswered(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 404, 413, 415, 422);
    JsonNode json = JSON.readTree(response.body());
    if (REFUSALS.contains(response.statusCode())) {
      assertThat(json.path("error").asText()).isNotBlank();
      assertThat(json.path("message").asText()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> askBodies() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\u2FFF').ofMaxLength(200);
    Arbitrary<String> anyJsonValue = Arbitraries.oneOf(text.map(ApiBodiesFuzzTest::quoted),
        Arbitraries.integers().map(String::valueOf), Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2]",
            "{\"a\": 1}", "1e309", "-0", "\"physician\"", "\"patient\"", "\"What is gout?\""));
    Arbitrary<String> object = Arbitraries.of("question", "audience", "conversationId", "fresh", "extra", "")
        .flatMap(key -> anyJsonValue.map(value -> quoted(key) + ": " + value)).list().ofMaxSize(5)
        .map(fields -> "{" + String.join(", ", fields) + "}");
    return Arbitraries.oneOf(object, object, text, Arbitraries.of("", "{", "{\"question\": ", "[]", "null",
        "{\"question\": \"How is gout treated?\", \"audience\": \"nurse\"}"));
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.oneOf(Arbitraries.strings().withCharRange('\u0000', '\u2FFF').ofMaxLength(120),
        Arbitraries.of("gout", "\"unterminated", "a AND OR NOT", "*", "title:(", "~~~", "malaria^3"));
  }

  @Provide
  Arbitrary<String> ks() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-5, 100).map(String::valueOf),
        Arbitraries.of("", "x", "1.5", "99999999999"));
  }

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
