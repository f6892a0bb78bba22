package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drug the best-ranked passages never name is a word of the circumstances of a description, not
 * what it asks about; asked only its harms, a drug is asked about wherever retrieval ranks it. A real
 * index written for the test: a guideline on a gritty-eye condition the description pictures, and
 * guidelines that name an everyday chemical the vocabulary files as a drug, about other things.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnheldNameTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090101\tBrine\tD01.900.100", "D090102\tCots\tE07.900.100",
        "D090103\tFace\tA01.456.505"),
        List.of(
            new DocumentBuilder("nstg:sand-eye", "nstg").title("Sand Eye")
                .section("Clinical features", "Both eyes feel gritty and burning, as if sand were in them, worse "
                    + "when reading at a lamp and out in the wind.")
                .section("Non-drug treatment", "Blink often when reading at a lamp; shield gritty eyes from wind.")
                .section("Supportive measures", "Rest the burning eyes from the lamp; gritty eyes settle with rest.")
                .section("Complications", "Eyes that stay gritty and burning for weeks may scar.")
                .section("Prevention", "Wear glasses in the wind so that sand stays out of the eyes.")
                .section("Referral", "Refer eyes that burn after a week of rest from lamps and wind.")
                .section("Supportive measures", "Rest in a cot with gritty eyes closed, away from sand and wind.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:lamp-glare", "nstg").title("Lamp Glare")
                .section("Clinical features", "Eyes burning and tired after reading under a bright lamp.")
                .section("Non-drug treatment", "Dim the lamp when reading; rest burning eyes.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:salt-fever", "nstg").title("Salt Fever")
                .section("Drug treatment", "Give brine by mouth, 50 mL every hour, until the fever settles.")
                .section("Adverse reactions and cautions", "Brine may cause thirst and vomiting.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:sea-cramp", "nstg").title("Sea Cramp")
                .section("Non-drug treatment", "Rinse the skin with brine after bathing in the sea, out of the wind.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aDrugNoBestRankedPassageNamesLeavesTheSubjectToTheEvidence() throws Exception {
    String question = "my eyes feel gritty and burning like sand is in them, worse reading at a lamp and in the "
        + "wind, and brine in them burns. what helps";
    QuestionAnalysis asked = fixture.analyzer.analyze(question);
    assertThat(asked.primary().name()).as("the vocabulary reads the chemical as the subject").isEqualTo("Brine");
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Sand Eye");
  }

  @Test
  void aDrugNoBestRankedPassageNamesLeavesTheSubjectToTheDescriptionWithoutAMarginToo() throws Exception {
    String question = "burning eyes reading under a lamp, gritty like sand, worse in the wind, and brine in them "
        + "burns. what helps";
    Topic topic = fixture.settle(question);
    assertThat(topic.reasons()).as("no margin").anyMatch(reason -> reason.endsWith("; no margin"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Sand Eye");
  }

  @Test
  void aDeviceTheEvidenceIsNotAboutLeavesTheSubjectToTheDescription() throws Exception {
    String question = "burning eyes after reading under a lamp, gritty like sand, worse with wind in my "
        + "face. should I rest in a cot? what helps";
    QuestionAnalysis asked = fixture.analyzer.analyze(question);
    assertThat(asked.primary().kind()).as("the vocabulary reads the device as the subject").isEqualTo(Concept.Kind.DEVICE);
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Sand Eye");
    assertThat(topic.reasons()).anyMatch(reason -> reason.startsWith("the evidence is not about \"Cots\""));
  }

  @Test
  void aDrugAskedOnlyItsHarmsIsTheSubject() throws Exception {
    String question = "brine side effects: gritty burning eyes at a lamp, in the wind?";
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().kind()).as(topic.reasons().toString()).isEqualTo(Concept.Kind.DRUG);
    assertThat(topic.analysis().primary().name()).isEqualTo("Brine");
    assertThat(topic.reasons()).noneMatch(reason -> reason.startsWith("no best-ranked passage names"));
  }
}
