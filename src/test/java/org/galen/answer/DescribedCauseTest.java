package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What is causing this?" after a description without the condition's name asks what the
 * condition is: a guideline that says what it is and how it is treated, but has no section on
 * causes, answers it; so does "what helps?", with what the condition is — and when the only
 * source says no more than what it is, that is the article. A real index of two guidelines and a
 * reference page written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DescribedCauseTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        new DocumentBuilder("nstg:tilt", "nstg").title("Tilting Spell Syndrome")
            .section("Introduction", "Tilting spell syndrome is brief spinning of the room each time the head is "
                + "turned, as when rolling over in bed.")
            .section("Clinical features", "Each spell lasts under a minute and may bring on nausea.")
            .section("Non-drug treatment", "Head repositioning manoeuvres stop the spinning spells in most patients. "
                + "Sitting up slowly before standing helps. Sleeping with the head raised helps too.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        FixtureDocuments.page("medquad:smart-1", "Pollen Eye Smart", "Pollen eye smart is stinging and watering "
            + "of the eyes on windy spring days. Rinsing the eyes with clean water and wraparound glasses make it "
            + "milder."),
        new DocumentBuilder("nstg:gout", "nstg").title("Gout")
            .section("Introduction", "Gout is a painful swelling of the big toe caused by urate crystals.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void whatCausesADescriptionIsAnsweredByWhatTheConditionIsAndWhatHelps() throws Exception {
    Article article = fixture.ask("the room spins for a few seconds every time I roll over in bed. "
        + "what is causing this?", Audience.PATIENT);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:tilt");
    assertThat(article.statements()).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Tilting spell syndrome is brief spinning"))
        .anyMatch(text -> text.startsWith("Head repositioning manoeuvres"));
  }

  @Test
  void whatHelpsADescriptionIsAnsweredWithWhatTheConditionIs() throws Exception {
    Article article = fixture.ask("everything starts spinning whenever my head is turned quickly. what can I do?",
        Audience.PATIENT);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:tilt");
    assertThat(article.statements()).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Head repositioning manoeuvres"))
        .as("how it shows, as an overview tells").anyMatch(text -> text.startsWith("Each spell lasts"));
  }

  @Test
  void whatHelpsADescriptionWhoseOnlySourceSaysWhatItIsIsToldThat() throws Exception {
    Article article = fixture.ask("on windy spring days my eyes sting and water all afternoon. what can I do?",
        Audience.PATIENT);
    assertThat(article.abstained()).isFalse();
    assertThat(article.statements()).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Rinsing the eyes with clean water"));
    assertThat(article.notes()).as("the sources say what it is, not what helps: the article says so")
        .anyMatch(note -> note.kind().equals("gap") && note.text().contains("what helps"));
  }
}
