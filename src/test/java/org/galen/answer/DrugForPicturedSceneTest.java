package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.galen.answer.question.FocusWords;
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
 * A drug asked of for a patient the question only describes is read in the guideline of the
 * condition the description pictures, among those naming the drug — not in the guideline of its
 * other use that names it most. Asked of the drug alone, the drug stays the subject. A real index
 * of guidelines written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrugForPicturedSceneTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90012,,Zorvamycin,1234-56-9,Z2UNII,Zorvamycin,ABCDEFGHIJKLMO-UHFFFAOYSA-N"),
        List.of("D090012\tMarsh Ague\tC01.900", "D090013\tCrimson Limb\tC01.901"),
        List.of(
            new DocumentBuilder("nstg:marsh-ague", "nstg").title("Marsh Ague")
                .section("Introduction", "Marsh ague is a recurring chill caught near still water.")
                .section("Drug treatment", "Zorvamycin - Adult: 500 mg orally every 12 hours; zorvamycin is the "
                    + "first choice; zorvamycin resistance is rare")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:crimson-limb", "nstg").title("Crimson Limb (Redleg)")
                .section("Introduction", "An infection of the skin that follows a scratch or scrape.")
                .section("Clinical features", "Hot, tender crimson swelling of a limb, spreading quickly")
                .section("Drug treatment", "Flucloxin - Adult: 500 mg orally every 6 hours")
                .section("Adverse reactions and cautions", "Zorvamycin is contraindicated in children below 12 years")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:pale-limb", "nstg").title("Pale Limb")
                .section("Introduction", "A pale cold arm or leg after a long time in the cold, spreading numbness")
                .section("Drug treatment", "Zorvamycin - Adult: 250 mg orally every 12 hours if the skin of the arm "
                    + "breaks; zorvamycin for a week; stop zorvamycin when the arm is warm")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:glowing-bone", "nstg").title("Glowing Bone")
                .section("Introduction", "A hot crimson swelling of the shin in a child, spreading up the leg after a "
                    + "scratch or a knock")
                .section("Investigations", "Zorvamycin-binding protein in the blood rises with the swelling")
                .section("Drug treatment", "Flucloxin - Child: 250 mg orally every 6 hours")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aDrugAskedOfForADescribedPatientIsReadInThePicturedConditionsGuideline() throws Exception {
    Topic topic = fixture.settle("8 year old with a hot crimson swelling spreading up his shin after a scratch. "
        + "There is zorvamycin at home - can he have it?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).startsWith("Crimson Limb");
  }

  @Test
  void aConditionWhoseSourcesNameTheDrugOnlyAmongItsTestsIsNoIndication() throws Exception {
    // The scene pictures the other guideline best, but it names the drug only as something measured.
    Topic topic = fixture.settle("8 year old with a hot crimson swelling spreading up his shin after a scratch. "
        + "There is zorvamycin at home - can he have it?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isNotEqualTo("Glowing Bone");
  }

  @Test
  void onlyTheDoseAskedIsTheDrugsWhereverItIsGiven() throws Exception {
    Topic topic = fixture.settle("8 year old with a hot crimson swelling spreading up his shin after a scratch. "
        + "What dose of zorvamycin?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Zorvamycin");
  }

  @Test
  void aConditionWrittenByItsSourcesNameIsTheOneTheDrugIsAskedOfFor() throws Exception {
    // The scene's words picture the other guideline better; the condition it names is the one asked of.
    Topic topic = fixture.settle("Redleg in a man with a recurring chill who fishes in still water. Is zorvamycin "
        + "ok for him, or something else?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).startsWith("Crimson Limb");
  }

  @Test
  void aDrugTheSceneTellsOfWhileTheTreatmentIsAskedOfTheComplaintIsNoIndication() throws Exception {
    Topic topic = fixture.settle("8 year old with a hot crimson swelling spreading up his shin after a scratch, a "
        + "little better with zorvamycin. What treatment does he need?");
    assertThat(topic.reasons()).as(topic.reasons().toString())
        .noneMatch(reason -> reason.startsWith("a drug asked of for a patient"));
  }

  @Test
  void theScenesPictureChoosesAmongConditionsRetrievalCannotTellApart() throws Exception {
    QuestionAnalysis asked = fixture.analyzer.analyze("His arm is hot and tender, the swelling spreading quickly "
        + "after a scrape. There is zorvamycin at home - can he have it?");
    List<EvidenceTopics.Condition> tied = List.of(condition("Pale Limb", "nstg:pale-limb"),
        condition("Crimson Limb", "nstg:crimson-limb"));
    assertThat(new DescriptionPictures(fixture.index).describedBeside(asked, tied, asked.primary()))
        .map(EvidenceTopics.Condition::name).hasValue("Crimson Limb");
  }

  @Test
  void anAgeAloneIsNoSceneAndTheDrugsOwnActionIsTheDrugs() throws Exception {
    assertThat(fixture.settle("My 8 year old boy. Can he have zorvamycin?").analysis().primary().name())
        .isEqualTo("Zorvamycin");
    assertThat(fixture.settle("8 year old with a hot crimson swelling spreading up his shin after a scratch. What "
        + "is the mechanism of action of zorvamycin?").analysis().primary().name()).isEqualTo("Zorvamycin");
  }

  @Test
  void aDrugAskedOfAloneStaysTheSubject() throws Exception {
    Topic topic = fixture.settle("Can a child have zorvamycin?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Zorvamycin");
  }

  private static EvidenceTopics.Condition condition(String name, String docId) {
    return new EvidenceTopics.Condition(name, List.of(name), FocusWords.of(name), 1, 1, Set.of(docId));
  }
}
