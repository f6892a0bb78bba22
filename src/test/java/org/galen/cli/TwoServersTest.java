package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.SharedData;
import org.galen.editorial.Database;
import org.galen.editorial.DatabaseLocation;
import org.galen.editorial.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team deployment in small: two {@code galen serve} processes (separate JVMs) on one PostgreSQL
 * database and one embedded index directory, or on one OpenSearch index from two data directories. What one server writes, the other reads; optimistic
 * concurrency holds across them; a sign-in and a form from one are good on the other; a purge
 * is honoured by both; and no SQLite file is made.
 */
class TwoServersTest {
  private static final Pattern SERVING = Pattern.compile("serving http://[^:]+:(\\d+)/");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private final List<Process> servers = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void stop() throws Exception {
    for (Process server : servers) {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void twoServersOnOnePostgresShareArticlesReviewsEditsSessionsAndPurges() throws Exception {
    DatabaseLocation.Server database = TestStores.newServerDatabase();
    Path data = temp.resolve("data");
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.copy(SharedData.require("corpus/nstg/processed_json").resolve("TONSILLITIS.json"), corpus.resolve("t.json"));
    Path passwordFile = temp.resolve("db-password");
    Files.writeString(passwordFile, database.password().orElse(""));
    Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
    Galen galen = new Galen(data);
    // The URL is given once and recorded in the data directory; every later command finds it there.
    String[] credentials = {"--database", database.url(), "--database-password-file", passwordFile.toString()};
    Galen.Result ingested = galen.run(concat(credentials, "ingest", "--no-vectors", corpus.toString()));
    assertThat(ingested.exit()).as(ingested.err()).isZero();
    Galen.Result added = galen.run("--database-password-file", passwordFile.toString(), "user", "add", "dr-ada",
        "--role", "reviewer");
    assertThat(added.exit()).as(added.err()).isZero();
    String token = added.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    Galen.Result editorAdded = galen.run("--database-password-file", passwordFile.toString(), "user", "add", "ed",
        "--role", "editor");
    String editor = editorAdded.out().strip().lines().reduce((a, b) -> b).orElseThrow();

    String a = start(data, passwordFile);
    String b = start(data, passwordFile);

    // An ask on one is readable on the other.
    JsonNode asked = post(a + "api/v1/ask", "{\"question\": \"How is tonsillitis treated?\"}", null);
    String id = asked.get("id").asText();
    assertThat(get(b + "api/v1/articles/" + id).statusCode()).isEqualTo(200);

    // A reviewer approves on one; the other shows it.
    post(a + "api/v1/articles/" + id + "/transitions", "{\"to\": \"UNDER_REVIEW\"}", token);
    post(a + "api/v1/articles/" + id + "/transitions", "{\"to\": \"APPROVED\"}", token);
    JsonNode onB = JSON.readTree(get(b + "api/v1/articles/" + id).body());
    assertThat(onB.get("status").asText()).isEqualTo("APPROVED");
    assertThat(onB.get("approvedBy").get(0).asText()).isEqualTo("dr-ada");

    // Two editors on different servers edit one version: one 200, one 409.
    JsonNode statement = onB.get("sections").get(0).get("statements").get(0);
    com.fasterxml.jackson.databind.node.ObjectNode section = JSON.createObjectNode().put("title", "Treatment")
        .put("kind", "management");
    section.putArray("statements").addObject().setAll(java.util.Map.of("text", statement.get("text"), "sources",
        statement.get("sources")));
    com.fasterxml.jackson.databind.node.ObjectNode editRequest = JSON.createObjectNode().put("baseVersion", 1);
    editRequest.putArray("sections").add(section);
    String edit = JSON.writeValueAsString(editRequest);
    CompletableFuture<HttpResponse<String>> onA = send(put(a + "api/v1/articles/" + id, edit, editor));
    CompletableFuture<HttpResponse<String>> onOther = send(put(b + "api/v1/articles/" + id, edit, editor));
    List<Integer> codes = List.of(onA.get().statusCode(), onOther.get().statusCode());
    assertThat(codes).as(onA.get().body() + " / " + onOther.get().body()).containsExactlyInAnyOrder(200, 409);

    // A sign-in on one is valid on the other, and a form served by one posts to the other.
    HttpResponse<String> signInPage = get(a + "signin");
    String csrf = cookie(signInPage, "galen_csrf");
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(a + "signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "galen_csrf=" + csrf)
        .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
    String session = cookie(signedIn, "galen_session");
    // A page served by A issues the form token bound to the session; B honours it.
    HttpResponse<String> pageOnA = http.send(HttpRequest.newBuilder(URI.create(a))
        .header("Cookie", "galen_csrf=" + csrf + "; galen_session=" + session).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String bound = cookie(pageOnA, "galen_csrf");
    String cookies = "galen_csrf=" + bound + "; galen_session=" + session;
    HttpResponse<String> queueOnB = http.send(HttpRequest.newBuilder(URI.create(b + "review")).header("Cookie", cookies)
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(queueOnB.statusCode()).isEqualTo(200);
    assertThat(queueOnB.body()).contains("dr-ada");
    HttpResponse<String> signOutOnB = http.send(HttpRequest.newBuilder(URI.create(b + "signout"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(bound, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(signOutOnB.statusCode()).isEqualTo(303);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(a + "review")).header("Cookie", cookies).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).as("signed out on the other server").isEqualTo(401);

    // A purge (the operator's command) is honoured by both servers.
    JsonNode unreviewed = post(b + "api/v1/ask", "{\"question\": \"What causes tonsillitis?\", \"fresh\": true}", null);
    String conversation = unreviewed.get("conversationId").asText();
    Galen.Result purged = galen.run("--database-password-file", passwordFile.toString(), "conversations", "purge");
    assertThat(purged.exit()).as(purged.err()).isZero();
    for (String server : List.of(a, b)) {
      assertThat(get(server + "api/v1/articles/" + unreviewed.get("id").asText()).statusCode()).isEqualTo(404);
      String followUpBody = "{\"question\": \"and in children?\", \"conversationId\": \"" + conversation + "\"}";
      HttpResponse<String> followUp = http.send(json(server + "api/v1/ask", null).POST(body(followUpBody)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(404);
    }
    assertThat(get(a + "api/v1/articles/" + id).statusCode()).as("an approved article outlives the purge").isEqualTo(200);

    assertThat(data.resolve(Database.FILE_NAME)).as("no SQLite file beside a PostgreSQL database").doesNotExist();
  }

  /**
   * Two hosts as a team on a cluster runs them: each server with its own data directory, both on
   * one OpenSearch index and one PostgreSQL database. An ingest from one host's CLI is searched and
   * answered on both servers, an article asked on one is read on the other, and a remove from the
   * other host's CLI is gone from both.
   */
  @Test
  void twoServersWithTheirOwnDataDirectoriesShareOneClusterIndexAndOneDatabase() throws Exception {
    String cluster = org.galen.index.opensearch.TestCluster.url();
    String prefix = "two-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    DatabaseLocation.Server database = TestStores.newServerDatabase();
    Path passwordFile = temp.resolve("db-password");
    Files.writeString(passwordFile, database.password().orElse(""));
    Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.copy(SharedData.require("corpus/nstg/processed_json").resolve("TONSILLITIS.json"),
        corpus.resolve("TONSILLITIS.json"));
    Path later = Files.createDirectories(temp.resolve("later"));
    Files.copy(SharedData.require("corpus/nstg/processed_json").resolve("BRONCHIAL ASTHMA.json"),
        later.resolve("BRONCHIAL ASTHMA.json"));
    Path hostA = temp.resolve("host-a");
    Path hostB = temp.resolve("host-b");
    for (Path host : List.of(hostA, hostB)) {
      // Each host names the cluster and the database once; its data directory records both.
      Galen.Result recorded = new Galen(host).run("--backend", "opensearch", "--opensearch", cluster, "--index-prefix",
          prefix, "--database", database.url(), "--database-password-file", passwordFile.toString(), "ingest",
          "--no-vectors", corpus.toString());
      assertThat(recorded.exit()).as(recorded.err()).isZero();
    }
    try {
      String a = start(hostA, passwordFile);
      String b = start(hostB, passwordFile);
      JsonNode asked = post(a + "api/v1/ask", "{\"question\": \"How is tonsillitis treated?\"}", null);
      assertThat(asked.get("references").get(0).get("docId").asText()).isEqualTo("nstg:tonsillitis");
      assertThat(get(b + "api/v1/articles/" + asked.get("id").asText()).statusCode()).isEqualTo(200);

      Galen.Result ingested = new Galen(hostB).run("--database-password-file", passwordFile.toString(), "ingest",
          "--no-vectors", later.toString());
      assertThat(ingested.exit()).as(ingested.err()).isZero();
      for (String server : List.of(a, b)) {
        JsonNode hits = JSON.readTree(get(server + "api/v1/search?q=bronchial%20asthma&k=3").body()).get("hits");
        assertThat(hits.get(0).get("docId").asText()).as(server).isEqualTo("nstg:bronchial-asthma");
      }

      Galen.Result removed = new Galen(hostA).run("--database-password-file", passwordFile.toString(), "remove",
          "nstg:bronchial-asthma");
      assertThat(removed.exit()).as(removed.err()).isZero();
      for (String server : List.of(a, b)) {
        assertThat(get(server + "api/v1/documents/nstg:bronchial-asthma").statusCode()).as(server).isEqualTo(404);
        JsonNode hits = JSON.readTree(get(server + "api/v1/search?q=bronchial%20asthma&k=3").body()).get("hits");
        hits.forEach(hit -> assertThat(hit.get("docId").asText()).isNotEqualTo("nstg:bronchial-asthma"));
      }
      for (Path host : List.of(hostA, hostB)) {
        assertThat(host.resolve("index")).as("no embedded index beside the cluster's").isEmptyDirectory();
        assertThat(host.resolve(Database.FILE_NAME)).as("no SQLite file beside PostgreSQL").doesNotExist();
      }
    } finally {
      try (org.galen.index.opensearch.OpenSearchConnection connection =
               org.galen.index.opensearch.TestCluster.connect()) {
        connection.deleteIndex(org.galen.index.opensearch.OpenSearchSchema.index(prefix));
      }
    }
  }

  /** Starts {@code galen serve} in its own JVM on a free port; its base URL once it answers. */
  private String start(Path data, Path passwordFile) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process server = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "org.galen.cli.Main", "--data-dir", data.toString(), "--database-password-file", passwordFile.toString(),
        "serve", "--port", "0", "--rate-limit", "0").redirectErrorStream(true).start();
    servers.add(server);
    BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      seen.append(line).append('\n');
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
        drain.setDaemon(true);
        drain.start();
        return "http://127.0.0.1:" + serving.group(1) + "/";
      }
    }
    throw new AssertionError("galen serve ended before serving:\n" + seen);
  }

  private JsonNode post(String url, String body, String token) throws Exception {
    HttpResponse<String> response = http.send(json(url, token).POST(body(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpRequest put(String url, String body, String token) {
    return json(url, token).PUT(body(body)).build();
  }

  private static HttpRequest.Builder json(String url, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private static HttpRequest.BodyPublisher body(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
  }

  private static String[] concat(String[] first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }
}
