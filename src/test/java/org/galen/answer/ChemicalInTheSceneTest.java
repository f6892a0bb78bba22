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
 * A chemical the vocabulary files among drugs, no medicine, told in the scene and not in the clause
 * that asks, is a circumstance even where retrieval settles nothing by its margin and the sources
 * name it: the evidence settles what the question describes. Asked of in the clause that asks, it
 * stays the subject. A real index written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChemicalInTheSceneTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090101\tBrine\tD01.900.100"),
        List.of(
            new DocumentBuilder("nstg:sand-eye", "nstg").title("Sand Eye")
                .section("Clinical features", "Both eyes feel gritty and burning, as if sand were in them, worse "
                    + "in the wind.")
                .section("Non-drug treatment", "Rinse gritty eyes with clean water, never with brine.")
                .section("Supportive measures", "Rest the burning eyes; gritty eyes settle with rest.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:lamp-glare", "nstg").title("Lamp Glare")
                .section("Clinical features", "Eyes burning and tired after reading under a bright lamp.")
                .section("Non-drug treatment", "Dim the lamp when reading; rest burning eyes.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            FixtureDocuments.guideline("nstg:salt-fever", "Salt Fever", "Drug treatment",
                "Give brine by mouth, 50 mL every hour, until the fever settles.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aChemicalToldInTheSceneLeavesTheSubjectToTheEvidence() throws Exception {
    String question = "I work at the salt pans with brine all day; my eyes feel gritty and burning under the "
        + "lamp and in the wind. what helps";
    assertThat(fixture.analyzer.analyze(question).primary().name()).isEqualTo("Brine");
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Sand Eye");
  }

  @Test
  void aChemicalTheClauseThatAsksNamesStaysTheSubject() throws Exception {
    Topic topic = fixture.settle("how much brine by mouth every hour is safe?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Brine");
  }

  @Test
  void aChemicalAnEarlierQuestionAsksOfIsNoCircumstance() throws Exception {
    org.galen.answer.question.QuestionAnalysis asked = fixture.analyzer.analyze(
        "how much brine by mouth every hour is safe? and what causes the burning eyes?");
    assertThat(asked.primary().name()).isEqualTo("Brine");
    assertThat(NamedOutright.chemicalInTheScene(asked, fixture.analyzer.terminology())).isFalse();
    assertThat(NamedOutright.chemicalInTheScene(fixture.analyzer.analyze(
        "I work with brine all day. what causes the burning eyes?"), fixture.analyzer.terminology())).isTrue();
  }

  @Test
  void aChemicalTheClauseThatAsksNamesAfterTheSceneIsNamedOutright() throws Exception {
    Topic topic = fixture.settle("my eyes feel gritty and burning under the lamp. is brine the cause?");
    // Named outright, it is read where the scene pictures it (a later step); never passed over.
    assertThat(topic.reasons()).contains("the question names its subject outright")
        .noneMatch(reason -> reason.startsWith("the clause that asks does not name"));
  }
}
