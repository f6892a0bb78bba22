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
 * "Is it safe to …", "the safe way to …" asked of a condition asks how it is managed; asked of a
 * drug, the drug's cautions. A real index of two guidelines written for the test, neither with a
 * section on cautions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeToDoTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90002,,Ferrodol,1234-56-7,F2UNII,Ferrodol,ABCDEFGHIJKLMN-UHFFFAOYSA-N",
            "DB90003,,Quellomycin,1234-56-8,F3UNII,Quellomycin,ABCDEFGHIJKLMO-UHFFFAOYSA-N"),
        List.of("D090001\tBursitis\tC05.550.150", "D090002\tTendinitis\tC05.651.869"),
        List.of(
            new DocumentBuilder("nstg:bursitis", "nstg").title("Bursitis")
                .section("Introduction", "Bursitis is a painful swelling of the small sac of fluid over a joint.")
                .section("Non-drug treatment", "Rest the joint and apply cold packs for the first two days.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:tendinitis", "nstg").title("Tendinitis")
                .section("Introduction", "Tendinitis is inflammation of a tendon from overuse.")
                .section("Drug treatment", "Ferrodol safer in tendinitis than quellomycin, which weakens tendons")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:iron-lack", "nstg").title("Iron Lack")
                .section("Introduction", "Iron lack is a shortage of iron that leaves a person tired and pale.")
                .section("Drug treatment", "Ferrodol 200 mg orally once daily with food.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void whatIsSafeToDoForAConditionIsItsManagement() throws Exception {
    Article article = fixture.ask("with bursitis, is it safe to rest the joint?", Audience.PATIENT);
    assertThat(article.abstained()).as(article.notes().toString()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:bursitis");
    assertThat(article.statements()).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Rest the joint and apply cold packs"));
  }

  @Test
  void whetherADrugIsSafeWithAConditionIsAskedOfTheDrugsCautionsAlone() throws Exception {
    Article article = fixture.ask("with bursitis, is ferrodol safe?", Audience.PATIENT);
    assertThat(article.statements()).extracting(Statement::text)
        .as("the drug's safety, not what to do for the condition")
        .noneMatch(text -> text.startsWith("Rest the joint"));
  }

  @Test
  void whetherADrugIsOkForAConditionIsAnsweredByTheConditionsDrugLines() throws Exception {
    Article article = fixture.ask("tendinitis of the heel - is quellomycin ok or should it be ferrodol?",
        Audience.PHYSICIAN);
    assertThat(article.abstained()).as("no cautions section, yet its drug list answers").isFalse();
    assertThat(article.statements()).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Ferrodol safer in tendinitis than quellomycin"));
  }
}
