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
import java.nio.file.Path;
import org.galen.editorial.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Review over HTTP: bearer tokens (401/403), conflicts (409), edits, and the browser's cookie and CSRF rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewWebTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private TestBackend fixture;
  private Javalin app;
  private String base;
  private String reviewer;
  private String editor;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    fixture = TestBackend.open(dataDir);
    app = WebServer.create(fixture.backend, new WebOptions("127.0.0.1", 0, 0, WebOptions.DEFAULT_MAX_REQUEST_BYTES),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    reviewer = fixture.backend.editorial().users().add("dr-ada", Role.REVIEWER, 1, "test");
    editor = fixture.backend.editorial().users().add("ed", Role.EDITOR, 1, "test");
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void transitionsNeedAValidTokenOfTheRightRoleAndTheRightStatus() throws Exception {
    String id = newArticle();
    assertThat(call("POST", "/api/v1/articles/" + id + "/transitions", "{\"to\": \"UNDER_REVIEW\"}", null).statusCode())
        .isEqualTo(401);
    assertThat(call("POST", "/api/v1/articles/" + id + "/transitions", "{\"to\": \"UNDER_REVIEW\"}", "galen_nope")
        .statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/v1/articles?status=SUBMITTED", null, null).statusCode()).isEqualTo(401);

    HttpResponse<String> conflict = call("POST", "/api/v1/articles/" + id + "/transitions", "{\"to\": \"APPROVED\"}", reviewer);
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(conflict.body()).get("message").asText()).contains("SUBMITTED");

    assertThat(call("POST", "/api/v1/articles/" + id + "/transitions", "{\"to\": \"UNDER_REVIEW\"}", editor).statusCode())
        .isEqualTo(200);
    HttpResponse<String> forbidden = call("POST", "/api/v1/articles/" + id + "/transitions", "{\"to\": \"APPROVED\"}", editor);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    HttpResponse<String> approved = call("POST", "/api/v1/articles/" + id + "/transitions",
        "{\"to\": \"APPROVED\", \"comment\": \"matches the guideline\"}", reviewer);
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(approved.body()).get("approvedBy").get(0).asText()).isEqualTo("dr-ada");
    // A reader sees that it is approved and by whom, not the board's comments or history.
    String page = http.send(HttpRequest.newBuilder(URI.create(base + "/articles/" + id)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(page).contains("Approved by dr-ada").doesNotContain("matches the guideline")
        .doesNotContain("Review history");

    JsonNode queue = JSON.readTree(call("GET", "/api/v1/articles?status=APPROVED", null, reviewer).body());
    assertThat(queue.get("articles").findValuesAsText("id")).contains(id);
    assertThat(call("GET", "/api/v1/articles?status=NOPE", null, reviewer).statusCode()).isEqualTo(400);
  }

  @Test
  void malformedEditsAre400sNamingTheFieldAndChangeNothing() throws Exception {
    String id = newArticle();
    JsonNode article = JSON.readTree(call("GET", "/api/v1/articles/" + id, null, null).body());
    JsonNode first = article.get("sections").get(0).get("statements").get(0);
    String statement = JSON.writeValueAsString(JSON.createObjectNode().put("text", first.get("text").asText())
        .set("sources", first.get("sources")));
    for (String body : java.util.List.of(
        "{\"baseVersion\": 1, \"sections\": [{\"title\": \"Key points\", \"statements\": null}]}",
        "{\"baseVersion\": 1, \"sections\": [null]}",
        "{\"baseVersion\": 1, \"sections\": [{\"title\": \"Key points\", \"statements\": [null]}]}",
        "{\"baseVersion\": 1, \"sections\": [{\"title\": \"Key points\", \"statements\": []}]}",
        "{\"baseVersion\": 1, \"sections\": [{\"title\": \"" + "x".repeat(12_000) + "\", \"statements\": ["
            + statement + "]}]}")) {
      HttpResponse<String> response = call("PUT", "/api/v1/articles/" + id, body, editor);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("bad_request");
    }
    assertThat(JSON.readTree(call("GET", "/api/v1/articles/" + id, null, null).body()).get("version").asInt())
        .isEqualTo(1);
  }

  @Test
  void aClientThatReadsReordersAndWritesBackTheSectionsSucceeds() throws Exception {
    String id = newArticle();
    JsonNode article = JSON.readTree(call("GET", "/api/v1/articles/" + id, null, null).body());
    com.fasterxml.jackson.databind.node.ArrayNode sections = (com.fasterxml.jackson.databind.node.ArrayNode)
        article.get("sections").deepCopy();
    com.fasterxml.jackson.databind.node.ArrayNode statements = (com.fasterxml.jackson.databind.node.ArrayNode)
        sections.get(0).get("statements");
    assertThat(statements.size()).as("the fixture's first section has statements to reorder").isGreaterThan(1);
    JsonNode first = statements.remove(0);
    statements.add(first);
    String edit = JSON.writeValueAsString(JSON.createObjectNode().put("baseVersion", article.get("version").asInt())
        .set("sections", sections));
    HttpResponse<String> written = call("PUT", "/api/v1/articles/" + id, edit, editor);
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
    JsonNode after = JSON.readTree(call("GET", "/api/v1/articles/" + id, null, null).body());
    JsonNode reordered = after.get("sections").get(0).get("statements");
    assertThat(reordered.get(reordered.size() - 1).get("text").asText()).isEqualTo(first.get("text").asText());
    assertThat(reordered.get(reordered.size() - 1).get("citations")).isEqualTo(first.get("citations"));
  }

  @Test
  void concurrentEditsOnOneBaseVersionOneWinsTheOther409sAndVersionsShowTheChange() throws Exception {
    String id = newArticle();
    JsonNode article = JSON.readTree(call("GET", "/api/v1/articles/" + id, null, null).body());
    JsonNode first = article.get("sections").get(0).get("statements").get(0);
    String edit = "{\"baseVersion\": 1, \"sections\": [{\"title\": \"Key points\", \"kind\": \"management\", "
        + "\"statements\": [" + JSON.writeValueAsString(JSON.createObjectNode().put("text", first.get("text").asText())
        .set("sources", first.get("sources"))) + "]}], \"notes\": [\"Reviewed against NSTG.\"]}";
    HttpResponse<String> won = call("PUT", "/api/v1/articles/" + id, edit, editor);
    assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
    assertThat(JSON.readTree(won.body()).get("version").asInt()).isEqualTo(2);
    HttpResponse<String> lost = call("PUT", "/api/v1/articles/" + id, edit, editor);
    assertThat(lost.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(lost.body()).get("message").asText()).contains("version 2");

    String reworded = edit.replace(first.get("text").asText(), first.get("text").asText() + " Always.")
        .replace("\"baseVersion\": 1", "\"baseVersion\": 2");
    assertThat(call("PUT", "/api/v1/articles/" + id, reworded, editor).statusCode()).isEqualTo(400);

    assertThat(call("GET", "/api/v1/articles/" + id + "/versions", null, null).statusCode())
        .as("versions and review comments are for signed-in staff").isEqualTo(401);
    JsonNode versions = JSON.readTree(call("GET", "/api/v1/articles/" + id + "/versions", null, editor).body());
    assertThat(versions.get("versions")).hasSize(2);
    assertThat(versions.get("versions").get(1).get("changes").get("notesAdded").get(0).asText())
        .isEqualTo("Reviewed against NSTG.");
  }

  @Test
  void browserFormsNeedTheCsrfTokenAndSignInSetsAnHttpOnlyStrictCookie() throws Exception {
    HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(base + "/ask"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("question=What+is+malaria%3F")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);

    // A cookie and a field of the attacker's choosing, equal to each other, are not a token this server issued.
    HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "galen_csrf=abcdefghijklmnopqrstuvwx")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=abcdefghijklmnopqrstuvwx&token="
            + URLEncoder.encode(reviewer, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);

    String issued = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString())
        .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("galen_csrf="))
        .map(c -> c.substring("galen_csrf=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "galen_csrf=" + issued)
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(issued, StandardCharsets.UTF_8)
            + "&token=" + URLEncoder.encode(reviewer, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.statusCode()).isEqualTo(303);
    String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("galen_session="))
        .findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("Secure")
        .as("the cookie holds a session id, never the API token").doesNotContain(reviewer);
    assertThat(call("GET", "/review", null, null).statusCode()).isEqualTo(401);
    String session = cookie.substring(0, cookie.indexOf(';'));
    HttpResponse<String> queue = http.send(HttpRequest.newBuilder(URI.create(base + "/review")).header("Cookie", session)
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(queue.statusCode()).isEqualTo(200);

    // A pair another visitor was issued (here: before signing in) does not sign the session out.
    HttpResponse<String> foreignPair = http.send(HttpRequest.newBuilder(URI.create(base + "/signout"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session + "; galen_csrf=" + issued)
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(issued, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(foreignPair.statusCode()).isEqualTo(403);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/review")).header("Cookie", session).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).as("still signed in").isEqualTo(200);
    String bound = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", session + "; galen_csrf="
            + issued).build(), HttpResponse.BodyHandlers.ofString())
        .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("galen_csrf="))
        .map(c -> c.substring("galen_csrf=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(URI.create(base + "/signout"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session + "; galen_csrf=" + bound)
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(bound, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(signOut.statusCode()).isEqualTo(303);
    HttpResponse<String> replayed = http.send(HttpRequest.newBuilder(URI.create(base + "/review")).header("Cookie", session)
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(replayed.statusCode()).as("a session cookie replayed after sign-out opens nothing").isEqualTo(401);

    // Behind a TLS proxy the cookie is Secure.
    HttpResponse<String> overTls = http.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "galen_csrf=" + issued)
        .header("X-Forwarded-Proto", "https")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(issued, StandardCharsets.UTF_8)
            + "&token=" + URLEncoder.encode(reviewer, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(overTls.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("galen_session=") && c.contains("Secure"));
  }

  private String newArticle() throws Exception {
    return JSON.readTree(call("POST", "/api/v1/ask", "{\"question\": \"What is the treatment for acute otitis media?\", "
        + "\"fresh\": true}", null).body()).get("id").asText();
  }

  private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
