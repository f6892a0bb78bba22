package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedCommandTest {
  @Test
  void bm25IsUsableAtOnceAndEmbedMakesRetrievalHybrid(@TempDir Path dataDir) {
    Path guideline = SharedData.require("corpus/nstg/processed_json/ACUTE OTITIS MEDIA.json");
    Galen galen = new Galen(dataDir);
    assertThat(galen.run("ingest", "--no-vectors", guideline.toString()).exit()).isZero();

    JsonNode before = galen.run("stats", "--format", "json").json();
    assertThat(before.get("retrieval").asText()).isEqualTo("bm25");
    assertThat(before.get("vectors").get("pending").asLong()).isEqualTo(before.get("passages").asLong());
    assertThat(galen.run("search", "amoxicillin").exit()).isZero();
    Galen.Result refused = galen.run("search", "amoxicillin", "--mode", "dense");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("run 'galen embed' first");

    Galen.Result embedded = galen.run("embed");
    assertThat(embedded.exit()).as(embedded.err()).isZero();
    assertThat(embedded.out()).contains("vectors complete");

    JsonNode after = galen.run("stats", "--format", "json").json();
    assertThat(after.get("retrieval").asText()).isEqualTo("hybrid");
    assertThat(after.get("vectors").get("pending").asLong()).isZero();
    JsonNode hits = galen.run("search", "earache medicine", "--mode", "dense", "--format", "json").json().get("hits");
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).get("docId").asText()).isEqualTo("nstg:acute-otitis-media");
  }
}
