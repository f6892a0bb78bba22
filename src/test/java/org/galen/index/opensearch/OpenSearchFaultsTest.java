package org.galen.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.galen.index.IngestProgress;
import org.galen.index.Ingestion;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.PassageHit;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes, every shard with a replica: stopping one node leaves every query answering, with
 * the same passages, through the same connection (the client skips the node that is gone).
 */
class OpenSearchFaultsTest {
  @TempDir
  Path temp;

  @Test
  void losingOneNodeOfThreeKeepsQueriesAnswering() throws Exception {
    TestCluster.url(); // the same skip-or-fail rule as every cluster test
    Path launcher = Path.of("bin/opensearch-local").toAbsolutePath();
    Path directory = temp.resolve("cluster");
    String urls = run(launcher, "start", "--dir", directory.toString(), "--nodes", "3");
    Assumptions.assumeTrue(urls != null, "a 3-node cluster did not start here");
    try (OpenSearchConnection connection = OpenSearchConnection.open(List.of(urls.split(",")), Optional.empty(),
        Optional.empty())) {
      String index = OpenSearchSchema.index("faults-" + UUID.randomUUID().toString().substring(0, 8));
      List<Path> files;
      try (Stream<Path> list = Files.list(SharedData.require("corpus/nstg/processed_json"))) {
        files = list.sorted().filter(f -> f.getFileName().toString().matches("[A-B].*")).toList();
      }
      try (OpenSearchWriter writer = OpenSearchWriter.open(connection, index, 2, 1)) {
        new Ingestion(SourceFormats.standard(), writer, 2, IngestProgress.NONE).run(files);
      }
      connection.call("GET", "/_cluster/health/" + index + "?wait_for_status=green&timeout=60s", null);
      OpenSearchReader reader = new OpenSearchReader(connection, index);
      List<String> before = keys(new Bm25Retriever(reader).retrieve("treatment of acute otitis media", 10));
      assertThat(before).isNotEmpty();

      run(launcher, "stop", "--dir", directory.toString(), "--node", "1");
      for (int i = 0; i < 5; i++) {
        assertThat(keys(new Bm25Retriever(reader).retrieve("treatment of acute otitis media", 10)))
            .as("query %d with node 1 gone", i).isEqualTo(before);
      }
      assertThat(reader.document("nstg:acute-otitis-media")).isPresent();
      assertThat(reader.stats().documents()).isEqualTo(files.size());
    } finally {
      run(launcher, "stop", "--dir", directory.toString());
    }
  }

  private static List<String> keys(List<PassageHit> hits) {
    return hits.stream().map(h -> h.passage().docId() + "#" + h.passage().ordinal()).toList();
  }

  /** Runs the launcher; its last line of output, or null when it failed. */
  private static String run(Path launcher, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("bin/opensearch-local " + String.join(" ", arguments) + " failed: " + output);
      }
      return null;
    }
    java.util.regex.Matcher urls = java.util.regex.Pattern.compile("http://[^\\s\\x1b]+").matcher(output);
    String last = "";
    while (urls.find()) {
      last = urls.group();
    }
    return last;
  }
}
