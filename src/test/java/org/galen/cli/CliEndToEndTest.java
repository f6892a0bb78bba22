package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.galen.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** ingest → search → show → ask on real NSTG and NINDS files, through the real CLI and a real index on disk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliEndToEndTest {
  private Galen galen;
  private Path nstg;
  private Path ninds;

  @BeforeAll
  void ingest(@TempDir Path dataDir) {
    nstg = SharedData.require("corpus/nstg");
    ninds = SharedData.require("corpus/medquad/6_NINDS_QA");
    Path vocabulary = SharedData.require("vocab");
    galen = new Galen(dataDir);
    // BM25 only: the vector phase has its own tests (EmbedCommandTest, HybridRetrievalTest).
    Galen.Result result = galen.run("ingest", "--no-vectors", nstg.toString(), ninds.toString(), vocabulary.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("failed 0");
  }

  @Test
  void searchHitsAreSpansOfTheDocumentsShowPrints() {
    JsonNode hits = galen.run("search", "amoxicillin otitis media", "--k", "5", "--format", "json").json().get("hits");

    assertThat(hits).hasSize(5);
    for (JsonNode hit : hits) {
      String text = showText(hit.get("docId").asText());
      assertThat(text.substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo(hit.get("text").asText());
    }
    assertThat(hits.get(0).get("sourceKind").asText()).isEqualTo("GUIDELINE");
  }

  @Test
  void everyStatementOfAnAnswerIsVerbatimAtItsCitedOffsets() {
    JsonNode answer = galen.run("ask", "What is the treatment for myoclonus?", "--format", "json").json();

    assertThat(answer.get("abstained").asBoolean()).isFalse();
    assertThat(answer.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(answer.get("id").asText()).isNotBlank();
    assertThat(answer.get("conversationId").asText()).isNotBlank();
    java.util.List<JsonNode> statements = statements(answer);
    assertThat(statements).isNotEmpty();
    int references = answer.get("references").size();
    Map<String, String> texts = new HashMap<>();
    for (JsonNode statement : statements) {
      for (JsonNode citation : statement.get("citations")) {
        assertThat(citation.asInt()).isBetween(1, references);
        String citedTitle = answer.get("references").get(citation.asInt() - 1).get("title").asText();
        // On the subject: the sentence names it, or the document it comes from is about it.
        assertThat((statement.get("text").asText() + " " + citedTitle).toLowerCase()).contains("myoclon");
      }
      for (JsonNode source : statement.get("sources")) {
        String text = texts.computeIfAbsent(source.get("docId").asText(), this::showText);
        assertThat(text.substring(source.get("start").asInt(), source.get("end").asInt()))
            .isEqualTo(statement.get("text").asText());
      }
    }
    assertThat(answer.get("references").get(0).get("n").asInt()).isEqualTo(1);
    assertThat(answer.get("disclaimer").asText()).contains("not a substitute for clinical judgement");
  }

  @Test
  void answerAbstainsWhenNothingIndexedIsAboutTheQuestion() {
    JsonNode answer = galen.run("ask", "What is the treatment for zygomycosis of the xylophone?", "--format", "json").json();
    assertThat(answer.get("abstained").asBoolean()).isTrue();
    assertThat(answer.get("sections")).isEmpty();
    assertThat(answer.get("notes").get(0).get("kind").asText()).isEqualTo("abstention");
    assertThat(answer.get("notes").get(0).get("text").asText()).contains("does not address");
  }

  @Test
  void markdownAnswerCarriesCitationsReferencesAndTheDisclaimer() {
    Galen.Result result = galen.run("ask", "What is the treatment for acute otitis media?", "--format", "markdown");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("# What is the treatment for acute otitis media?")
        .contains("[1]").contains("## References").contains("Guideline. Acute Otitis Media")
        .contains("## Medications").contains("**Doses**")
        .contains("Amoxicillin (Adult): 500 mg -1 g, orally, 8 hourly, for 5 - 7 days")
        .contains("as written: \u201cAmoxicillin - Adult: 500 mg -1 g orally 8 hourly for 5 - 7 days")
        .contains("not a substitute for clinical judgement");
  }

  @Test
  void everyDoseIsReadVerbatimFromAStatementItCitesTheSameWay() {
    JsonNode answer = galen.run("ask", "What is the treatment for acute otitis media?", "--format", "json").json();
    JsonNode doses = answer.get("doses");
    assertThat(doses).isNotEmpty();
    java.util.List<String> statements = statements(answer).stream().map(s -> s.get("text").asText()).toList();
    for (JsonNode dose : doses) {
      String text = dose.get("text").asText();
      assertThat(statements).contains(text);
      for (String field : new String[] {"amount", "unit", "route", "frequency", "duration", "population", "maximum"}) {
        assertThat(text).contains(dose.get(field).asText());
        JsonNode span = dose.get("spans").get(field);
        if (!dose.get(field).asText().isEmpty()) {
          assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(dose.get(field).asText());
        }
      }
      assertThat(dose.get("drugbankId").asText()).startsWith("DB");
      assertThat(showText(dose.get("source").get("docId").asText())
          .substring(dose.get("source").get("start").asInt(), dose.get("source").get("end").asInt())).isEqualTo(text);
    }
  }

  @Test
  void showPrintsMetadataSectionsAndText() {
    JsonNode shown = galen.run("show", "nstg:acute-otitis-media", "--format", "json").json();
    assertThat(shown.get("title").asText()).isEqualTo("Acute Otitis Media");
    assertThat(shown.get("evidenceLevel").asText()).isEqualTo("GUIDELINE");
    assertThat(shown.get("year").asInt()).isEqualTo(2022);
    JsonNode section = shown.get("sections").get(0);
    assertThat(shown.get("text").asText().substring(section.get("start").asInt(), section.get("end").asInt()))
        .startsWith("Acute inflammation of the middle ear");
  }

  @Test
  void reingestingReplacesDocumentsInsteadOfDuplicatingThem() {
    JsonNode before = galen.run("stats", "--format", "json").json();
    assertThat(galen.run("ingest", "--no-vectors", nstg.toString()).exit()).isZero();
    JsonNode after = galen.run("stats", "--format", "json").json();

    assertThat(after.get("documents").asLong()).isEqualTo(before.get("documents").asLong());
    assertThat(after.get("passages").asLong()).isEqualTo(before.get("passages").asLong());
    assertThat(after.get("bySource").get("nstg").get("documents").asLong()).isEqualTo(270);
    assertThat(after.get("byEvidenceLevel").get("GUIDELINE").asLong()).isEqualTo(270);
  }

  @Test
  void badInputGetsAClearMessageAndAUserErrorExitCode() {
    Galen.Result empty = galen.run("ask", " ");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("question is empty");

    Galen.Result tooLong = galen.run("ask", "why ".repeat(600));
    assertThat(tooLong.exit()).isEqualTo(2);
    assertThat(tooLong.err()).contains("limit is 2000");

    Galen.Result unknown = galen.run("show", "pmid:0");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no document with id 'pmid:0'");
  }

  @Test
  void removeDeletesADocumentAndReportsIdsThatAreNotThere() {
    String docId = "medquad:NINDS-0000007-1";
    assertThat(galen.run("show", docId).exit()).isZero();

    Galen.Result removed = galen.run("remove", docId);
    assertThat(removed.exit()).isZero();
    assertThat(removed.out()).contains("removed " + docId);
    assertThat(galen.run("show", docId).exit()).isEqualTo(2);
    assertThat(galen.run("search", "holmes-adie", "--format", "json").json().get("hits").findValuesAsText("docId"))
        .doesNotContain(docId);

    Galen.Result again = galen.run("remove", docId);
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("not in the index: " + docId);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"ingest", "search", "show", "stats", "ask", "remove", "conversations"}) {
      Galen.Result help = galen.run(command, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).contains("Usage: galen " + command);
    }
  }

  private static java.util.List<JsonNode> statements(JsonNode article) {
    java.util.List<JsonNode> all = new java.util.ArrayList<>();
    article.get("sections").forEach(section -> section.get("statements").forEach(all::add));
    return all;
  }

  private String showText(String docId) {
    Galen.Result shown = galen.run("show", docId, "--format", "json");
    assertThat(shown.exit()).as(shown.err()).isZero();
    return shown.json().get("text").asText();
  }
}
