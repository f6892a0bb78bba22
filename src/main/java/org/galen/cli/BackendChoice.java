package org.galen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.galen.index.EvidenceIndex;
import org.galen.index.EvidenceReader;
import org.galen.index.EvidenceWriter;
import org.galen.index.NoIndexException;
import org.galen.index.opensearch.OpenSearchConnection;
import org.galen.index.opensearch.OpenSearchReader;
import org.galen.index.opensearch.OpenSearchSchema;
import org.galen.index.opensearch.OpenSearchWriter;

/**
 * Where the evidence is: the embedded index of the data directory (the default), or an OpenSearch
 * cluster — {@code --backend opensearch --opensearch URL[,URL…]} or {@code GALEN_OPENSEARCH}, with
 * {@code --index-prefix} (default {@code galen}) so deployments can share a cluster. A cluster
 * given is recorded in the data directory ({@code DATA/backend.properties}) so later commands need
 * not repeat it. Basic-auth credentials come only from {@code GALEN_OPENSEARCH_USER} and {@code
 * GALEN_OPENSEARCH_PASSWORD}, never the command line or the record.
 */
record BackendChoice(boolean cluster, List<String> urls, String prefix, Optional<String> user,
    Optional<String> password) {
  static final String URL_VARIABLE = "GALEN_OPENSEARCH";
  static final String RECORD = "backend.properties";
  static final String DEFAULT_PREFIX = "galen";

  static BackendChoice resolve(Optional<String> backend, Optional<String> urls, Optional<String> prefix,
      Map<String, String> environment, Path dataDirectory, boolean record) {
    Properties recorded = read(dataDirectory.resolve(RECORD));
    Optional<String> givenUrls = urls.or(() -> Optional.ofNullable(environment.get(URL_VARIABLE)))
        .map(String::strip).filter(u -> !u.isEmpty());
    String kind = backend.map(b -> b.strip().toLowerCase(java.util.Locale.ROOT))
        .orElse(givenUrls.isPresent() ? "opensearch" : recorded.getProperty("backend", "embedded"));
    if (!kind.equals("embedded") && !kind.equals("opensearch")) {
      throw new UserError("--backend " + kind + ": choose embedded or opensearch");
    }
    Optional<String> user = Optional.ofNullable(environment.get("GALEN_OPENSEARCH_USER")).filter(u -> !u.isBlank());
    Optional<String> password = Optional.ofNullable(environment.get("GALEN_OPENSEARCH_PASSWORD"));
    if (kind.equals("embedded")) {
      if (record && backend.isPresent() && Files.isDirectory(dataDirectory)) {
        write(dataDirectory.resolve(RECORD), "embedded", "", DEFAULT_PREFIX);
      }
      return new BackendChoice(false, List.of(), DEFAULT_PREFIX, user, password);
    }
    String nodes = givenUrls.orElse(recorded.getProperty("opensearch", ""));
    if (nodes.isBlank()) {
      throw new UserError("--backend opensearch needs the cluster: --opensearch http://HOST:9200[,http://HOST2:9200…] "
          + "or " + URL_VARIABLE);
    }
    for (String node : nodes.split(",")) {
      refuseCredentials(node.strip());
    }
    String indexPrefix = prefix.orElse(recorded.getProperty("index_prefix", DEFAULT_PREFIX));
    if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]{0,100}")) {
      throw new UserError("--index-prefix '" + indexPrefix + "': lower-case letters, digits, '-' and '_'");
    }
    if (record && Files.isDirectory(dataDirectory) && (givenUrls.isPresent() || backend.isPresent() || prefix.isPresent())) {
      write(dataDirectory.resolve(RECORD), "opensearch", nodes, indexPrefix);
    }
    return new BackendChoice(true, Arrays.stream(nodes.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList(),
        indexPrefix, user, password);
  }

  String index() {
    return OpenSearchSchema.index(prefix);
  }

  /** The committed evidence, for reading; the caller closes it. */
  EvidenceReader openReader(DataDirectory data) throws IOException {
    if (!cluster) {
      return EvidenceIndex.open(data.forReading().index());
    }
    OpenSearchConnection connection = connect();
    if (connection.exists(index())) {
      return OpenSearchReader.owning(connection, index());
    }
    connection.close();
    throw new NoIndexException("index " + index() + " on the OpenSearch cluster " + String.join(",", urls));
  }

  /** The evidence for writing, a cluster's index created with this layout when new; the caller closes it. */
  EvidenceWriter openWriter(DataDirectory data, OpenSearchSchema.Layout layout, PrintWriter err) throws IOException {
    if (!cluster) {
      return WaitingIndexer.open(data.forWriting().index(), err);
    }
    data.forWriting();
    return OpenSearchWriter.owning(connect(), index(), layout);
  }

  private OpenSearchConnection connect() {
    try {
      return OpenSearchConnection.open(urls, user, password);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (var in = Files.newBufferedReader(file)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return properties;
  }

  private static void write(Path file, String backend, String urls, String prefix) {
    Properties properties = new Properties();
    properties.setProperty("backend", backend);
    if (!urls.isEmpty()) {
      properties.setProperty("opensearch", urls);
      properties.setProperty("index_prefix", prefix);
    }
    try {
      // Owner only, like every other file of the data directory that says where the data lives.
      if (!Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
      } else if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UserError("cannot record the backend in " + file + ": " + e.getMessage(), e);
    }
    try (var out = Files.newBufferedWriter(file)) {
      properties.store(out, "the evidence backend of this data directory (galen --backend)");
    } catch (IOException e) {
      throw new UserError("cannot record the backend in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A node's URL never carries a credential (user info before the host, or a query parameter
   * naming a password or token, however encoded): it would be stored in the data directory and
   * shown in messages. The URL is parsed, not pattern-matched, and never repeated in the error.
   */
  static void refuseCredentials(String node) {
    java.net.URI uri;
    try {
      uri = new java.net.URI(node);
    } catch (java.net.URISyntaxException e) {
      throw new UserError("an OpenSearch node URL cannot be read as http(s)://HOST:PORT: " + e.getReason());
    }
    boolean secretParameter = uri.getQuery() != null && java.util.Arrays.stream(uri.getQuery().split("&"))
        .map(parameter -> parameter.split("=", 2)[0].strip().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(name -> name.matches(".*(pass|pwd|secret|token|key).*"));
    if (uri.getRawUserInfo() != null || secretParameter) {
      throw new UserError("an OpenSearch node URL holds a credential, which would be stored in the data directory and "
          + "shown in messages: remove it, and give GALEN_OPENSEARCH_USER and GALEN_OPENSEARCH_PASSWORD instead");
    }
  }
}
