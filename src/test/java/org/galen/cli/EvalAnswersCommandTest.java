package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code galen eval answers} over real NSTG guidelines: grading, follow-ups, exit codes, the live store untouched. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalAnswersCommandTest {
  private Galen galen;
  private Path dataDir;
  private Path questions;

  @BeforeAll
  void ingest(@TempDir Path directory) throws Exception {
    Path nstg = SharedData.require("corpus/nstg");
    Path vocabulary = SharedData.require("vocab");
    dataDir = directory.resolve("data");
    galen = new Galen(dataDir);
    Galen.Result result = galen.run("ingest", "--no-vectors", nstg.toString(), vocabulary.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    questions = directory.resolve("questions.jsonl");
    Files.write(questions, List.of(
        "{\"id\": \"t1\", \"q\": \"What is the treatment for acute otitis media?\", \"kind\": \"treatment\", "
            + "\"lead\": [\"nstg:acute-otitis-media\"], \"any\": [\"amoxicillin\"], \"abstain\": false}",
        "{\"id\": \"t2\", \"q\": \"and in children?\", \"kind\": \"follow-up\", \"follows\": \"t1\", "
            + "\"cite_any\": [\"nstg:acute-otitis-media\"]}",
        "{\"id\": \"t3\", \"q\": \"What is the treatment for acute otitis media?\", \"kind\": \"treatment\", "
            + "\"lead\": [\"nstg:malaria\"]}",
        "{\"id\": \"t4\", \"q\": \"What is the treatment for glorbic fever?\", \"kind\": \"out-of-corpus\", "
            + "\"abstain\": true}"));
  }

  @Test
  void printsEachItemWithItsFailingCriterionAndASummaryByKind() {
    Galen.Result result = galen.run("eval", "answers", "--questions", questions.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("PASS t1 ").contains("PASS t2 ").contains("PASS t4 ")
        .contains("FAIL t3 ").contains("lead: reference [1] is nstg:acute-otitis-media, expected one of [nstg:malaria]")
        .contains("treatment        1 / 2").contains("overall 3 / 4 passed (75.0 %), retrieval bm25");
  }

  @Test
  void readingGradesEachAudiencesArticlesAndNamesABadAudience() {
    Galen.Result result = galen.run("eval", "reading", "--questions", questions.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("patient +median grade +\\d+\\.\\d over [1-4] of 4 articles")
        .containsPattern("physician +median grade +\\d+\\.\\d over [1-4] of 4 articles")
        .containsPattern("patient reads -?\\d+\\.\\d grades below physician");
    Galen.Result bad = galen.run("eval", "reading", "--questions", questions.toString(), "--audiences", "patient,doctor");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown audience 'doctor'");
  }

  @Test
  void exitsOneBelowTheMinimumPassShareAndWritesJson() {
    Galen.Result below = galen.run("eval", "answers", "--questions", questions.toString(), "--min-pass", "0.8",
        "--format", "json");
    assertThat(below.exit()).isEqualTo(1);
    JsonNode json = below.json();
    assertThat(json.get("overall").get("passed").asInt()).isEqualTo(3);
    assertThat(json.get("items").get(2).get("failures").get(0).asText()).startsWith("lead:");
    assertThat(galen.run("eval", "answers", "--questions", questions.toString(), "--min-pass", "75%").exit()).isZero();
    assertThat(galen.run("eval", "answers", "--questions", questions.toString(), "--min-pass", "2").exit()).isEqualTo(2);
  }

  @Test
  void aMalformedFileExitsTwoNamingFileAndLine(@TempDir Path directory) throws Exception {
    Path bad = directory.resolve("bad.jsonl");
    Files.write(bad, List.of("{\"id\": \"a\", \"q\": \"x\"}", "{\"id\": \"b\", \"q\": \"y\", \"follows\": \"zz\"}"));
    Galen.Result result = galen.run("eval", "answers", "--questions", bad.toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains(bad + ":2:").contains("follows 'zz'");
  }

  @Test
  void neverWritesToTheLiveArticleStore() {
    assertThat(galen.run("eval", "answers", "--questions", questions.toString()).exit()).isZero();
    assertThat(dataDir.resolve("galen.db")).doesNotExist();
  }
}
