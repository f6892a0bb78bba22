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
 * Asked about a pregnant woman with a condition, the guideline written for pregnancy on the class of
 * conditions that holds it leads, over the guideline titled with the condition for everyone, when
 * it names the condition throughout; asked about anyone else, the condition's own guideline leads.
 * A real index of guidelines written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidelineForAskedPeopleTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D090021\tWenrot Fever\tC01.900.100", "D090022\tBlotch Fever\tC01.900.200"),
        List.of(
            new DocumentBuilder("nstg:wenrot-fever", "nstg").title("Wenrot Fever")
                .section("Introduction", "Wenrot fever is a fever with aches in the limbs.")
                .section("Drug treatment", "Give a cooling draught of the bark tea for wenrot fever.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:fevers-in-pregnancy", "nstg").title("Fevers in Pregnancy")
                .section("Introduction", "Wenrot fever and blotch fever are the fevers most often seen in "
                    + "pregnancy. Wenrot fever is the more common.")
                .section("Drug treatment", "Wenrot fever in pregnancy: the bark tea is avoided; cool sponging "
                    + "is preferred.\nBlotch fever in pregnancy: the leaf poultice is preferred.\n"
                    + "Rest in a cool room helps every fever.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:blotch-fever", "nstg").title("Blotch Fever")
                .section("Introduction", "Blotch fever is a fever with blotches on the skin.")
                .section("Drug treatment", "Rest and fluids for blotch fever.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aSubjectNamedForItsPeopleAsksAboutThem() {
    org.galen.answer.question.Populations.Group pregnancy = org.galen.answer.question.Populations.builtIn().groups()
        .stream().filter(group -> group.name().equals("pregnancy")).findFirst().orElseThrow();
    org.galen.answer.question.Concept settled = new org.galen.answer.question.Concept("Wenrot Fever in Pregnancy",
        org.galen.answer.question.Concept.Origin.QUESTION, "", List.of("Wenrot Fever in Pregnancy"), List.of(),
        org.galen.answer.question.Concept.Kind.CONDITION);
    assertThat(LeadingSource.peopleAskedAbout(List.of(), settled)).containsExactly(pregnancy);
  }

  @Test
  void theGuidelineForThePeopleAskedAboutLeadsWhenItNamesTheConditionThroughout() throws Exception {
    Article pregnant = fixture.ask("pregnant woman with wenrot fever - what is the treatment?", Audience.PHYSICIAN);
    assertThat(pregnant.references().get(0).docId()).as(pregnant.notes().toString())
        .isEqualTo("nstg:fevers-in-pregnancy");
    assertThat(pregnant.statements()).extracting(Statement::text)
        .as("the class's line on another of its conditions is that condition's")
        .noneMatch(text -> text.startsWith("Blotch fever in pregnancy"));
    Article man = fixture.ask("man with wenrot fever - what is the treatment?", Audience.PHYSICIAN);
    assertThat(man.references().get(0).docId()).isEqualTo("nstg:wenrot-fever");
    Article blotch = fixture.ask("pregnant woman with blotch fever - what is the treatment?", Audience.PHYSICIAN);
    assertThat(blotch.references().get(0).docId()).as("named once only: about another condition")
        .isEqualTo("nstg:blotch-fever");
  }
}
