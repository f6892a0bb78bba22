package org.galen.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.galen.index.ScoredPassage;
import org.galen.index.TextQuery;
import org.galen.passage.Passage;
import org.galen.passage.Span;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * What a user is told when the cluster is not what Galen expects: an index of another schema
 * version, a request the cluster refuses, a cluster that does not answer, a cluster too busy for a
 * while. The indexes here are made with plain HTTP requests, not through the code under test.
 */
class OpenSearchFailuresTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedWithWhatToDo() throws Exception {
    String url = TestCluster.url().split(",")[0];
    String older = "failures-" + UUID.randomUUID().toString().substring(0, 8);
    String foreign = "failures-" + UUID.randomUUID().toString().substring(0, 8);
    try (OpenSearchConnection connection = TestCluster.connect()) {
      put(url + "/" + older, "{\"mappings\":{\"_meta\":{\"galen_schema\":\"1/1\"}}}");
      put(url + "/" + foreign, "{\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"}}}}");
      try {
        String expected = OpenSearchSchema.VERSION + "/" + org.galen.index.Analysis.VERSION;
        assertThatThrownBy(() -> OpenSearchWriter.open(connection, older, 1, 0)).isInstanceOf(IOException.class)
            .hasMessage("the OpenSearch index " + older + " was written by another version of Galen (schema 1/1, "
                + "this one " + expected + "): re-ingest into a new --index-prefix, or delete the index");
        assertThatThrownBy(() -> OpenSearchWriter.open(connection, foreign, 1, 0)).isInstanceOf(IOException.class)
            .hasMessageContaining("(schema unknown, this one " + expected + ")");
      } finally {
        delete(url + "/" + older);
        delete(url + "/" + foreign);
      }
    }
  }

  @Test
  void aRequestTheClusterRefusesNamesTheRequestAndTheClustersReason() throws Exception {
    String url = TestCluster.url().split(",")[0];
    String index = "failures-" + UUID.randomUUID().toString().substring(0, 8);
    try (OpenSearchConnection connection = TestCluster.connect()) {
      put(url + "/" + index, "{\"mappings\":{\"properties\":{\"vector\":{\"type\":\"keyword\"}}}}");
      try {
        OpenSearchReader reader = new OpenSearchReader(connection, index);
        assertThatThrownBy(() -> reader.searchVector(new float[OpenSearchSchema.DIMENSION], 5))
            .isInstanceOf(IOException.class)
            .hasMessageStartingWith("OpenSearch (" + connection.describe() + ") refused POST /" + index
                + "/_search: HTTP 400 ")
            .hasMessageContaining("knn_vector");
      } finally {
        delete(url + "/" + index);
      }
    }
  }

  @Test
  void aClusterThatDoesNotAnswerIsAskedAgainThenNamed() throws Exception {
    try (OpenSearchConnection connection = OpenSearchConnection.open(List.of("http://127.0.0.1:" + closedPort()),
        Optional.empty(), Optional.empty())) {
      OpenSearchReader reader = new OpenSearchReader(connection, "galen-evidence");
      assertThatThrownBy(() -> reader.searchText(query(), 5)).isInstanceOf(IOException.class)
          .hasMessageStartingWith("OpenSearch (" + connection.describe() + ") did not answer "
              + "POST /galen-evidence/_search in 6 tries: ")
          .hasRootCauseInstanceOf(ConnectException.class);
      // Whether an index exists is asked once: a command on a cluster that is down fails at once.
      long start = System.nanoTime();
      assertThatThrownBy(() -> connection.exists("galen-evidence")).isInstanceOf(ConnectException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to fail").isLessThan(5_000);
    }
  }

  @Test
  void aClusterTooBusyForAWhileIsAskedAgain() throws Exception {
    String index = OpenSearchSchema.index("busy-" + UUID.randomUUID().toString().substring(0, 8));
    try (OpenSearchConnection direct = TestCluster.connect()) {
      try (OpenSearchWriter writer = OpenSearchWriter.open(direct, index, 1, 0)) {
        writer.put(document(), List.of(new Passage("test:busy", 0, "Treatment", new Span(0, 40), List.of(
            new Span(0, 40)))), "busy.json");
      }
      AtomicInteger refusals = new AtomicInteger(2);
      HttpServer proxy = proxy(TestCluster.url().split(",")[0], new Tamper() {
        @Override
        public String answerFirst(URI request) {
          return request.getPath().endsWith("/_search") && refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0
              ? BUSY : null;
        }
      });
      try (OpenSearchConnection connection = OpenSearchConnection.open(List.of("http://127.0.0.1:"
          + proxy.getAddress().getPort()), Optional.empty(), Optional.empty())) {
        List<ScoredPassage> found = new OpenSearchReader(connection, index).searchText(query(), 5);
        assertThat(refusals).as("the two refusals were answered").hasValue(0);
        assertThat(found).extracting(hit -> hit.passage().docId()).containsExactly("test:busy");
        refusals.set(Integer.MAX_VALUE);
        // Busy through every try: said as the cluster's refusal, with its reason, not the client's internals.
        assertThatThrownBy(() -> new OpenSearchReader(connection, index).searchText(query(), 5))
            .isInstanceOf(IOException.class).hasMessage("OpenSearch (" + connection.describe() + ") refused POST /"
                + index + "/_search: HTTP 429 the search queue is full");
      } finally {
        proxy.stop(0);
        delete(TestCluster.url().split(",")[0] + "/" + index);
      }
    }
  }

  /**
   * A replica lost mid-ingest is reported in each bulk item's {@code _shards.failures}, in a form
   * opensearch-java cannot read ({@code _shard} where it wants {@code shard}): the write goes on,
   * its records stored on the primaries, and is not failed by an answer the client cannot decode.
   */
  @Test
  void replicaFailuresInABulkAnswerDoNotFailTheWrite() throws Exception {
    String index = OpenSearchSchema.index("replica-" + UUID.randomUUID().toString().substring(0, 8));
    HttpServer proxy = proxy(TestCluster.url().split(",")[0], new Tamper() {
      @Override
      public byte[] answer(URI request, byte[] body) throws IOException {
        return request.getPath().endsWith("/_bulk") ? withReplicaFailures(request, body) : body;
      }
    });
    try (OpenSearchConnection connection = OpenSearchConnection.open(List.of("http://127.0.0.1:"
        + proxy.getAddress().getPort()), Optional.empty(), Optional.empty())) {
      try (OpenSearchWriter writer = OpenSearchWriter.open(connection, index, 1, 0)) {
        writer.put(document(), List.of(new Passage("test:busy", 0, "Treatment", new Span(0, 40), List.of(
            new Span(0, 40)))), "replica.json");
      }
      assertThat(new OpenSearchReader(connection, index).document("test:busy")).isPresent();
    } finally {
      proxy.stop(0);
      delete(TestCluster.url().split(",")[0] + "/" + index);
    }
  }

  /**
   * The bulk answer as a cluster that lost a replica writes it: every item stored on its primary,
   * one copy failed — unless the request's {@code filter_path} left {@code _shards} out, as the
   * cluster would.
   */
  private static byte[] withReplicaFailures(URI request, byte[] body) throws IOException {
    if (request.getRawQuery() != null && request.getRawQuery().contains("filter_path")) {
      return body;
    }
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode answer = json.readTree(body);
    for (com.fasterxml.jackson.databind.JsonNode item : answer.path("items")) {
      com.fasterxml.jackson.databind.node.ObjectNode result = (com.fasterxml.jackson.databind.node.ObjectNode)
          item.elements().next();
      result.set("_shards", json.readTree("{\"total\":2,\"successful\":1,\"failed\":1,\"failures\":[{\"_index\":\""
          + result.path("_index").asText() + "\",\"_shard\":0,\"_node\":\"node-2\",\"reason\":{\"type\":"
          + "\"node_not_connected_exception\",\"reason\":\"[node-2] not connected\"},\"status\":"
          + "\"INTERNAL_SERVER_ERROR\",\"primary\":false}]}"));
    }
    return json.writeValueAsBytes(answer);
  }

  private static final String BUSY = "{\"error\":{\"root_cause\":[{\"type\":\"rejected_execution_exception\","
      + "\"reason\":\"the search queue is full\"}],\"type\":\"rejected_execution_exception\",\"reason\":\"the search "
      + "queue is full\"},\"status\":429}";

  /** What a proxy changes in the cluster's conversation. */
  private interface Tamper {
    /** A 429 answer's body to give instead of asking the cluster, or null to ask it. */
    default String answerFirst(URI request) {
      return null;
    }

    /** The cluster's answer as the client is to see it. */
    default byte[] answer(URI request, byte[] body) throws IOException {
      return body;
    }
  }

  private static TextQuery query() {
    return new TextQuery(List.of(new TextQuery.Clause(TextQuery.Field.BODY, "amoxicillin", 1f)));
  }

  private static Document document() {
    return new Document("test:busy", "busy", "test", "Otitis media", "Amoxicillin is the first-line treatment.",
        List.of(), SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.of(2020), "", "",
        "", List.of(), java.util.Map.of());
  }

  /** A loopback proxy to the cluster that changes what the tamper changes. */
  private static HttpServer proxy(String cluster, Tamper tamper) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String busy = tamper.answerFirst(exchange.getRequestURI());
        if (busy != null) {
          answer(exchange, 429, busy);
          return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(cluster + exchange.getRequestURI()))
            .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
          forward.header("Content-Type", type);
        }
        HttpResponse<byte[]> response = HTTP.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] answer = response.statusCode() < 300 && response.body().length > 0
            ? tamper.answer(exchange.getRequestURI(), response.body()) : response.body();
        exchange.getResponseHeaders().set("Content-Type", response.headers().firstValue("Content-Type")
            .orElse("application/json"));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.statusCode(), head || answer.length == 0 ? -1 : answer.length);
        if (!head) {
          exchange.getResponseBody().write(answer);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
    return server;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** A loopback port nothing listens on. */
  private static int closedPort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void put(String url, String json) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static void delete(String url) throws Exception {
    HTTP.send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
  }
}
