package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedCommandTest {
  @Test
  void vocabularyFilesAreKeptAndExpandTheQuery(@TempDir Path dataDir) throws Exception {
    Path guideline = SharedData.require("corpus/nstg/processed_json/ACUTE OTITIS MEDIA.json");
    Path vocabulary = SharedData.require("vocab");
    Galen galen = new Galen(dataDir);
    Galen.Result ingested = galen.run("ingest", "--no-vectors", guideline.toString(), vocabulary.toString());
    assertThat(ingested.exit()).as(ingested.err()).isZero();
    assertThat(ingested.out()).contains("ingested 5 files (1 documents");
    assertThat(java.nio.file.Files.list(dataDir.resolve("vocabulary")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("drugbank-vocabulary.csv", "mesh-terms.tsv", "mesh-tree-numbers.tsv",
            "abbreviations-wikipedia.csv");

    // NSTG writes "Paracetamol"; the user asks about acetaminophen.
    JsonNode expanded = galen.run("search", "acetaminophen", "--format", "json").json().get("hits");
    assertThat(expanded).isNotEmpty();
    assertThat(expanded.get(0).get("text").asText()).contains("Paracetamol");
    JsonNode literal = galen.run("search", "acetaminophen", "--no-expansion", "--format", "json").json().get("hits");
    assertThat(literal).isEmpty();
  }

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
