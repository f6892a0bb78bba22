package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's dose list names its drug once, in the line leading into the list: asked the dose, the
 * first section gives a bulleted dose line after that line, not the recommendation that gives no
 * amount. A real index written for the test.
 */
class LeadInDoseTest {
  @Test
  void aDoseAskedIsAnsweredByTheBulletedDoseLineAfterItsLeadIn(@TempDir Path directory) throws Exception {
    String page = String.join("\n\n",
        "Zelbamide is recommended as the first-line treatment for frothosis in people of all ages.",
        "Recommended Dosage",
        "Zelbamide is the first line treatment for frothosis in adults and children:",
        "- Adults: 100 mg every 12 hours",
        "- Children under 45 kg: 2.2 mg/kg twice a day",
        "Frothosis is treated for at least 3 days after the fever goes.");
    try (ComposerFixture fixture = ComposerFixture.of(directory,
        List.of("DB90002,APRD90002,Zelbamide,0000-00-0,ZZZZZZZZZY,Zelbamide,X"), List.of(), List.of(
            new DocumentBuilder("medquad:frothosis-7", "medquad").title("What are the treatments for Frothosis ?")
                .section("treatment", page).focus(List.of("Frothosis"))
                .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()))) {
      Article article = fixture.ask("frothosis in a 48 year old man - zelbamide dose?", Audience.PHYSICIAN);
      assertThat(article.abstained()).as(article.notes().toString()).isFalse();
      assertThat(article.sections().get(0).statements()).extracting(Statement::text)
          .containsSubsequence("Zelbamide is the first line treatment for frothosis in adults and children:",
              "Adults: 100 mg every 12 hours");
    }
  }
}
