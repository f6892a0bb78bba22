package org.galen.index.opensearch;

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
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * One connection to an OpenSearch cluster through the {@code opensearch-java} client and its
 * typed requests (Apache HttpClient 5 transport, every node given as a host, so a node lost is
 * skipped). Requests the cluster is too busy for, and requests that got no answer, are sent again
 * ({@link RetryingTransport}); any other error status is an IOException carrying the cluster's
 * reason. Basic-auth credentials, when given, never appear in a message. Thread-safe.
 */
public final class OpenSearchConnection implements Closeable {
  private final RetryingTransport transport;
  private final OpenSearchClient client;
  private final String description;

  private OpenSearchConnection(RetryingTransport transport, String description) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
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
    String description = String.join(",", urls);
    return new OpenSearchConnection(new RetryingTransport(builder.build(), description), description);
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

  /** The typed client, on this connection's transport. */
  OpenSearchClient client() {
    return client;
  }

  /** Deletes an index; one already gone is no error. */
  public void deleteIndex(String index) throws IOException {
    if (exists(index)) {
      client.indices().delete(request -> request.index(index));
    }
  }

  /** Whether the cluster has this index. */
  public boolean exists(String index) throws IOException {
    return client.indices().exists(request -> request.index(index)).value();
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
