package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A medicine no source names, told in the scene as what the patient takes, does not make a question
 * on the condition it names unanswerable; asked of, by name or by "it", it does. A real index
 * written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TakenInTheSceneTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90003,APRD90003,Mirvolex,0000-00-0,ZZZZZZZZZX,Mirvolex,X"),
        List.of("D090401\tZorbal Psychosis\tC10.228.999"),
        List.of(FixtureDocuments.guideline("nstg:zorbal-psychosis", "Zorbal Psychosis", "Non-drug treatment",
            "Weight loss and rest help a woman of 26 with zorbal psychosis; skin care goes on.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aMedicineTheSceneTellsIsACircumstance() throws Exception {
    Article article = fixture.ask("zorbal psychosis in a woman of 26, on mirvolex for her skin - management?",
        Audience.PHYSICIAN);
    assertThat(article.abstained()).as(article.notes().toString()).isFalse();
    Article treatments = fixture.ask("zorbal psychosis in a woman of 26, on mirvolex for her skin. what "
        + "treatments are there that work?", Audience.PHYSICIAN);
    assertThat(treatments.abstained()).as("\"that\" relates: " + treatments.notes()).isFalse();
  }

  @Test
  void aMedicineAskedOfMustBeInTheCorpus() throws Exception {
    assertThat(fixture.ask("zorbal psychosis in a woman of 26 - is mirvolex any good for it?", Audience.PHYSICIAN)
        .abstained()).isTrue();
    assertThat(fixture.ask("zorbal psychosis, started on mirvolex - is it safe?", Audience.PHYSICIAN)
        .abstained()).isTrue();
    assertThat(fixture.ask("zorbal psychosis in a woman of 26. her doctor mentioned mirvolex. would this help?",
        Audience.PHYSICIAN).abstained()).isTrue();
    Article dose = fixture.ask("Patient with zorbal psychosis has been prescribed mirvolex for attacks. How many "
        + "tablets per attack, and can a second dose be taken if the swelling isn't settling?", Audience.PHYSICIAN);
    assertThat(dose.abstained()).as("a dose asked is of what is taken: " + dose.notes()).isTrue();
  }
}
