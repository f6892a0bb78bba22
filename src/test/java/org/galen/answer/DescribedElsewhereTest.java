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
 * A description settles on the condition whose page holds the most of it, but that page says only
 * what the condition is; another condition retrieval weighs more has a guideline saying what
 * helps. Asked what helps, the article is that guideline's: what the described condition is, told
 * beside what helps, answers nothing by itself. A real index of three sources written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DescribedElsewhereTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        FixtureDocuments.page("medquad:frost-1", "Frostfinger Syndrome", "Frostfinger syndrome is a rare inherited "
            + "disorder of the small vessels. Its signs include fingers that turn white and numb in the cold, then "
            + "red and throbbing as they warm, and slow thinning of the fingertip pads over many years."),
        new DocumentBuilder("nstg:spasm", "nstg").title("Cold Finger Spasm")
            .section("Introduction", "Cold finger spasm is brief narrowing of the finger vessels in the cold: "
                + "fingers turn white and numb.")
            .section("Non-drug treatment", "Warm gloves and avoiding the cold prevent most attacks.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        FixtureDocuments.page("medquad:chil-1", "Chilblains", "Chilblains are itchy red patches after the cold. "
            + "They heal by themselves.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aConditionWeighedAsMuchThatSaysWhatHelpsAnswersBeforeTheDescribedOnesOverview() throws Exception {
    Article article = fixture.ask("in the cold my fingers go white and numb, then red and throbbing. what can I do?",
        Audience.PATIENT);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:spasm");
    assertThat(article.statements()).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Warm gloves and avoiding the cold"));
  }
}
