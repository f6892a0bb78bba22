package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.galen.SharedData;
import org.galen.editorial.Database;
import org.galen.editorial.Editorial;
import org.galen.editorial.ReviewStatus;
import org.galen.editorial.Role;
import org.galen.editorial.User;
import org.galen.index.opensearch.OpenSearchConnection;
import org.galen.index.opensearch.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI with its evidence on a real OpenSearch cluster, beside the same files embedded: the
 * backend recorded once, the same answer, a re-ingest that duplicates nothing, and staleness after
 * a removal.
 */
class OpenSearchCliTest {
  @TempDir
  Path temp;

  @Test
  void everyCommandWorksOnTheClusterAndAnswersAsEmbedded() throws Exception {
    String url = TestCluster.url();
    String prefix = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    Path nstg = SharedData.require("corpus/nstg/processed_json");
    Path vocabulary = SharedData.require("vocab");
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    for (String name : new String[] {"ACUTE OTITIS MEDIA.json", "CHRONIC OTITIS MEDIA.json", "TONSILLITIS.json"}) {
      Files.copy(nstg.resolve(name), corpus.resolve(name));
    }
    Galen cluster = new Galen(temp.resolve("cluster"));
    Galen embedded = new Galen(temp.resolve("embedded"));
    try {
      Galen.Result ingested = cluster.run("--backend", "opensearch", "--opensearch", url, "--index-prefix", prefix,
          "ingest", "--no-vectors", corpus.toString(), vocabulary.toString());
      assertThat(ingested.exit()).as(ingested.err()).isZero();
      assertThat(embedded.run("ingest", "--no-vectors", corpus.toString(), vocabulary.toString()).exit()).isZero();
      assertThat(Files.readString(temp.resolve("cluster").resolve(BackendChoice.RECORD))).contains("opensearch")
          .contains(prefix);
      assertThat(temp.resolve("cluster/index")).as("no embedded index beside a cluster").isEmptyDirectory();

      String stats = cluster.run("stats").out();
      assertThat(stats).isEqualTo(embedded.run("stats").out()).contains("3 documents");
      assertThat(cluster.run("search", "amoxicillin dose for children", "--k", "5").out())
          .isEqualTo(embedded.run("search", "amoxicillin dose for children", "--k", "5").out());

      JsonNode fromCluster = cluster.run("ask", "What is the treatment for acute otitis media?", "--format", "json").json();
      JsonNode fromEmbedded = embedded.run("ask", "What is the treatment for acute otitis media?", "--format", "json").json();
      assertThat(fromCluster.path("references").get(0).path("docId"))
          .isEqualTo(fromEmbedded.path("references").get(0).path("docId"));
      assertThat(fromCluster.path("sections").get(0)).isEqualTo(fromEmbedded.path("sections").get(0));

      Galen.Result again = cluster.run("ingest", "--no-vectors", corpus.toString());
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(cluster.run("stats").out()).as("re-ingesting replaces, never duplicates").isEqualTo(stats);

      String id = fromCluster.path("id").asText();
      try (Database database = Database.open(temp.resolve("cluster"))) {
        Editorial editorial = new Editorial(database, Clock.systemUTC());
        User reviewer = new User("dr-ada", Role.REVIEWER, Instant.EPOCH, Instant.MAX, Optional.empty());
        editorial.reviews().transition(id, ReviewStatus.UNDER_REVIEW, "", reviewer);
        editorial.reviews().transition(id, ReviewStatus.APPROVED, "checked", reviewer);
        Galen.Result removed = cluster.run("remove", "nstg:acute-otitis-media");
        assertThat(removed.out()).as(removed.err()).contains("removed nstg:acute-otitis-media")
            .contains("1 sent back to review");
        assertThat(editorial.articles().find(id).orElseThrow().status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
      }
      assertThat(cluster.run("show", "nstg:acute-otitis-media").exit()).isNotZero();
      assertThat(cluster.run("check").out()).contains("answering, 2 documents");
      assertThat(cluster.run("backup", temp.resolve("backup").toString()).err()).contains("snapshots");
    } finally {
      try (OpenSearchConnection connection = TestCluster.connect()) {
        connection.deleteIndex(prefix + "-evidence");
      }
    }
  }
}
