package org.galen.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * One connection to an OpenSearch cluster through the {@code opensearch-java} client (Apache
 * HttpClient 5 transport, every node given as a host, so a node lost is skipped), speaking JSON
 * with Galen's own request bodies. Requests the cluster is too busy for (429, 503), and requests
 * that got no answer (a node lost mid-request), are retried with back-off, a bounded number of
 * times; any other error status is an IOException carrying the cluster's reason. Basic-auth
 * credentials, when given, never appear in a message. Thread-safe.
 */
public final class OpenSearchConnection implements Closeable {
  private static final int MAX_ATTEMPTS = 6;
  static final ObjectMapper JSON = new ObjectMapper();

  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;
  private final String description;

  private OpenSearchConnection(ApacheHttpClient5Transport transport, String description) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport).generic();
    this.description = description;
  }

  /** Connects to the cluster's nodes ({@code http(s)://host:port}, one or more). */
  public static OpenSearchConnection open(List<String> urls, Optional<String> user, Optional<String> password) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no OpenSearch URL given: --opensearch http://HOST:9200[,http://HOST2:9200…]");
    }
    HttpHost[] hosts = urls.stream().map(OpenSearchConnection::host).toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts);
    if (user.isPresent()) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      for (HttpHost host : hosts) {
        credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(user.get(),
            password.orElse("").toCharArray()));
      }
      builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
    }
    return new OpenSearchConnection(builder.build(), String.join(",", urls));
  }

  private static HttpHost host(String url) {
    URI uri = URI.create(url.strip());
    if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getUserInfo() != null) {
      throw new IllegalArgumentException("OpenSearch URL '" + url.replaceAll("//[^@/]*@", "//…@")
          + "': give http(s)://HOST:PORT, with credentials in GALEN_OPENSEARCH_USER/GALEN_OPENSEARCH_PASSWORD");
    }
    return new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort());
  }

  /** Where the cluster is, for messages (no credential is ever part of it). */
  public String describe() {
    return description;
  }

  /** Deletes what an endpoint names (an index); one already gone is no error. */
  public void delete(String endpoint) throws IOException {
    if (status("HEAD", endpoint) == 200) {
      call("DELETE", endpoint, null);
    }
  }

  /** Whether the cluster has this index. */
  public boolean exists(String index) throws IOException {
    return status("HEAD", "/" + index) == 200;
  }

  /** Sends a request with a JSON body (or none) and returns the JSON answer. */
  JsonNode call(String method, String endpoint, Object body) throws IOException {
    String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
    return JSON.readTree(send(method, endpoint, json, "application/json"));
  }

  /** Sends newline-delimited JSON (the bulk API) and returns the JSON answer. */
  JsonNode bulk(String ndjson) throws IOException {
    return JSON.readTree(send("POST", "/_bulk", ndjson, "application/x-ndjson"));
  }

  /** The status of a request whose failure is an answer ("does this index exist?"): 404 is no error here. */
  int status(String method, String endpoint) throws IOException {
    try (Response response = client.execute(Requests.builder().method(method).endpoint(endpoint).build())) {
      return response.getStatus();
    }
  }

  private String send(String method, String endpoint, String body, String contentType) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint);
      if (body != null) {
        request.body(Body.from(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType));
      }
      Response response;
      try {
        response = client.execute(request.build());
      } catch (IOException lost) {
        // No answer at all: the node went away mid-request, or none was reachable. Every request
        // Galen sends is idempotent (records by fixed id, deletes, searches), so sending it again
        // — the client picks a live node — cannot duplicate anything.
        if (attempt < MAX_ATTEMPTS) {
          backOff(attempt);
          continue;
        }
        throw new IOException("OpenSearch (" + description + ") did not answer " + method + " " + endpoint + " in "
            + MAX_ATTEMPTS + " tries: " + lost.getMessage(), lost);
      }
      try (response) {
        String answer = response.getBody().map(Body::bodyAsString).orElse("{}");
        int status = response.getStatus();
        if (status < 300) {
          return answer;
        }
        if ((status == 429 || status == 503) && attempt < MAX_ATTEMPTS) {
          backOff(attempt);
          continue;
        }
        throw new IOException("OpenSearch (" + description + ") refused " + method + " " + endpoint + ": HTTP " + status
            + " " + reason(answer));
      }
    }
  }

  private static String reason(String answer) {
    try {
      JsonNode error = JSON.readTree(answer).path("error");
      String reason = error.path("root_cause").path(0).path("reason").asText(error.path("reason").asText(""));
      return reason.isEmpty() ? answer.substring(0, Math.min(300, answer.length())) : reason;
    } catch (IOException e) {
      return answer.substring(0, Math.min(300, answer.length()));
    }
  }

  private static void backOff(int attempt) throws IOException {
    try {
      Thread.sleep(Math.min(5_000L, 100L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the cluster was busy", e);
    }
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
