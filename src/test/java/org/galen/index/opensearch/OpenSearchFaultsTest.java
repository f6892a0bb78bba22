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
import java.io.IOException;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import org.galen.index.EvidenceIndex;
import org.galen.index.FileOutcome;
import org.galen.index.IndexStats;
import org.galen.index.Indexer;
import org.galen.index.IngestSummary;
import org.galen.index.StoredPassage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes, every shard with a replica: stopping one node leaves every query answering, with
 * the same passages, through the same connection (the client skips the node that is gone); an
 * ingest that loses a node finishes or says why, and a re-run leaves exactly what an embedded
 * ingest of the same files holds — nothing lost, nothing twice.
 */
class OpenSearchFaultsTest {
  @TempDir
  static Path temp;

  private static Path launcher;
  private static Path directory;

  @BeforeAll
  static void locateLauncher() {
    TestCluster.url(); // the same skip-or-fail rule as every cluster test
    launcher = Path.of("bin/opensearch-local").toAbsolutePath();
    directory = temp.resolve("cluster");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (directory != null) {
      run(launcher, "stop", "--dir", directory.toString());
    }
  }

  /** All three nodes up (again: a test before may have stopped one); their URLs. */
  private static String threeNodes() throws Exception {
    String urls = run(launcher, "start", "--dir", directory.toString(), "--nodes", "3");
    Assumptions.assumeTrue(urls != null, "a 3-node cluster did not start here");
    return urls;
  }

  @Test
  void losingOneNodeOfThreeKeepsQueriesAnswering() throws Exception {
    String urls = threeNodes();
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
      connection.client().cluster().health(health -> health.index(index)
          .waitForStatus(org.opensearch.client.opensearch._types.HealthStatus.Green).timeout(time -> time.time("60s")));
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
    }
  }

  @Test
  void anIngestThatLosesANodeFinishesOrSaysWhyAndARerunLeavesNoDuplicates() throws Exception {
    String urls = threeNodes();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(SharedData.require("corpus/nstg/processed_json"))) {
      list.sorted().forEach(files::add);
    }
    files.add(SharedData.require("corpus/medline/medline16n0902.xml.gz"));
    IndexStats expected;
    try (Indexer embedded = new Indexer(temp.resolve("embedded"))) {
      new Ingestion(SourceFormats.standard(), embedded, 2, IngestProgress.NONE).run(files);
    }
    try (EvidenceIndex embedded = EvidenceIndex.open(temp.resolve("embedded"))) {
      expected = embedded.stats();
    }
    try (OpenSearchConnection connection = OpenSearchConnection.open(List.of(urls.split(",")), Optional.empty(),
        Optional.empty())) {
      String index = OpenSearchSchema.index("lost-" + UUID.randomUUID().toString().substring(0, 8));
      CompletableFuture<String> stopped = new CompletableFuture<>();
      IngestProgress stopsANode = new IngestProgress() {
        @Override
        public void start(int count, long bytes) {}

        @Override
        public void fileDone(FileOutcome outcome, int filesDone, long bytesDone, long documents) {
          if (filesDone >= files.size() / 4 && !stopped.isDone()) {
            stopped.complete("stopping");
            new Thread(() -> {
              try {
                run(launcher, "stop", "--dir", directory.toString(), "--node", "2");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }).start();
          }
        }

        @Override
        public void finish() {}
      };
      IngestSummary first = null;
      try (OpenSearchWriter writer = OpenSearchWriter.open(connection, index, 3, 1)) {
        first = new Ingestion(SourceFormats.standard(), writer, 2, stopsANode).run(files);
      } catch (IOException failure) {
        assertThat(failure).as("the ingest's failure says what failed").hasMessageContaining("OpenSearch");
      }
      assertThat(stopped).as("node 2 was stopped during the ingest").isDone();
      if (first != null) {
        assertThat(first.files()).filteredOn(f -> f.status() == FileOutcome.Status.FAILED)
            .allSatisfy(f -> assertThat(f.reason()).as("why %s failed", f.file()).isNotBlank());
      }

      try (OpenSearchWriter writer = OpenSearchWriter.open(connection, index, 3, 1)) {
        IngestSummary again = new Ingestion(SourceFormats.standard(), writer, 2, IngestProgress.NONE).run(files);
        assertThat(again.anyFailed()).as("the re-run on the two nodes left").isFalse();
      }
      OpenSearchReader reader = new OpenSearchReader(connection, index);
      assertThat(reader.stats().documents()).isEqualTo(expected.documents());
      assertThat(reader.stats().passages()).isEqualTo(expected.passages());
      assertThat(reader.passages("nstg:acute-otitis-media")).extracting(StoredPassage::ordinal)
          .isNotEmpty().doesNotHaveDuplicates();
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
