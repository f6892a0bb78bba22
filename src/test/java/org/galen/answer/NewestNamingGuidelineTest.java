package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Of the guidelines naming an organism no guideline is titled with, the newest leads, not an older
 * report of recommendations retrieval ranks first. A real index of documents written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewestNamingGuidelineTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090003\tGrellan Virus\tB04.900"), List.of(
        new DocumentBuilder("mmwr:std", "mmwr").title("Guidelines for Wet Mounts in Pregnancy")
            .year(Optional.of(1989)).section("Report", "A wet mount shows grellan virus in pregnant women. "
                + "Pregnant women with grellan virus on a wet mount should be treated with ferrodol. "
                + "Ferrodol is safe in pregnancy, and its side effects should be explained.")
            .kind(SourceKind.REPORT, EvidenceLevel.GUIDELINE).build(),
        new DocumentBuilder("nstg:grellanosis", "nstg").title("Grellanosis").year(Optional.of(2022))
            .section("Introduction", "An infection caused by grellan virus.")
            .section("Drug treatment", "Brantomycin 200 mg orally once daily")
            .section("Adverse effects and cautions", "Brantomycin - Caution in pregnancy")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theNewestGuidelineNamingTheOrganismLeads() throws Exception {
    Article article = fixture.ask("Grellan virus on a wet mount in a pregnant woman - is ferrodol OK?",
        Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:grellanosis");
  }
}
