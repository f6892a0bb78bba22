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
 * Asked a newborn's dose, an article quotes no older patient's fixed dose — a line with no
 * band, no group and no amount per kilogram, from a guideline for everyone — while the newborn
 * guideline's dose stays; asked an adult's, the fixed dose stays. A real
 * index of guidelines written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixedDoseForAnInfantTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90031,,Glorbide,1234-56-7,F1UNII,Glorbide,ABCDEFGHIJKLMN-UHFFFAOYSA-N"),
        List.of("D090031\tFluid Overload\tC01.900.300"),
        List.of(
            new DocumentBuilder("nstg:fluid-overload-newborn", "nstg").title("Fluid Overload in the Newborn")
                .section("Introduction", "Fluid overload is common in the newborn given fluids or blood.")
                .section("Drug treatment", "Glorbide 1 mg/kg intravenously, once")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:fluid-overload", "nstg").title("Fluid Overload")
                .section("Introduction", "Fluid overload follows too much fluid or blood given too fast.")
                .section("Drug treatment", "Glorbide 40 mg intravenously with each unit of blood\n"
                    + "In children, glorbide 1 - 2 mg/kg intravenously")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aNewbornsArticleQuotesNoAdultsFixedDose() throws Exception {
    Article newborn = fixture.ask("newborn with fluid overload after a transfusion - glorbide dose?",
        Audience.PHYSICIAN);
    assertThat(newborn.statements()).extracting(Statement::text)
        .noneMatch(text -> text.startsWith("Glorbide 40 mg"))
        .anyMatch(text -> text.startsWith("Glorbide 1 mg/kg"));
    Article adult = fixture.ask("man of 50 with fluid overload after a transfusion - glorbide dose?",
        Audience.PHYSICIAN);
    assertThat(adult.statements()).extracting(Statement::text).anyMatch(text -> text.startsWith("Glorbide 40 mg"));
    Article child = fixture.ask("12 year old with fluid overload after a transfusion - glorbide dose?",
        Audience.PHYSICIAN);
    assertThat(child.statements()).extracting(Statement::text).as("an older child's fixed dose may be an adult's")
        .anyMatch(text -> text.startsWith("Glorbide 40 mg"));
  }
}
