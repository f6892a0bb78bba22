package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.LabelDrugs;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition's article whose answer gives a drug with a boxed warning in its label: the warning
 * follows the answer, from the label of that drug alone, not a combination's. A real index of a
 * guideline and two labels written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoxedWarningsTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(
        "DB00788,APRD00259,Naproxen,22204-53-1,57Y76R9ATQ,Naproxen,X",
        "DB00736,APRD00206,Esomeprazole,119141-88-7,N3PA6559FT,Esomeprazole,X"),
        List.of("D010003\tOsteoarthritis\tC05.550.114.606"), List.of(
            new DocumentBuilder("nstg:oa", "nstg").title("Osteoarthritis")
                .section("Drug treatment", "Naproxen 500 mg twice daily relieves the pain of osteoarthritis.\n"
                    + "Exercise of the joint helps osteoarthritis.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).focus(List.of("Osteoarthritis")).build(),
            new DocumentBuilder("spl:combo", "dailymed").title("Naproxen and Esomeprazole tablets")
                .section("Boxed warning: WARNING: COMBINATION", "The combination tablet carries a warning of its own.")
                .kind(SourceKind.LABEL, EvidenceLevel.LABEL)
                .property(LabelDrugs.GENERIC, "Naproxen and Esomeprazole").build(),
            new DocumentBuilder("spl:naproxen", "dailymed").title("Naproxen tablets")
                .section("Boxed warning: WARNING: RISK OF SERIOUS CARDIOVASCULAR EVENTS", "NSAIDs cause an increased "
                    + "risk of serious cardiovascular thrombotic events.")
                .section("Dosage and administration", "Use the lowest effective dose of naproxen tablets.")
                .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Naproxen").build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theBoxedWarningOfADrugTheAnswerGivesFollowsTheAnswerFromThatDrugsOwnLabel() throws Exception {
    Article article = fixture.ask("How is osteoarthritis treated?", Audience.PHYSICIAN);
    assertThat(article.sections().get(0).statements().get(0).text()).startsWith("Naproxen 500 mg twice daily");
    Section warning = article.sections().get(1);
    assertThat(warning.kind()).isEqualTo(SectionKind.BOXED_WARNING.kind());
    assertThat(warning.title()).isEqualTo("Boxed warning: Naproxen tablets");
    assertThat(warning.statements()).extracting(Statement::text)
        .containsExactly("NSAIDs cause an increased risk of serious cardiovascular thrombotic events.");
    int cited = warning.statements().get(0).citations().get(0);
    assertThat(article.references().get(cited - 1).docId()).isEqualTo("spl:naproxen");
  }
}
