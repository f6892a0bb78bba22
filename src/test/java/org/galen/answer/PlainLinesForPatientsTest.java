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
 * A section quotes the leading source's lines first; of more lines than it shows, a patient gets
 * the plainest (in the source's order), a professional the first. A real index of one guideline
 * written for the test, whose measures section opens with dense lines and ends with plain ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainLinesForPatientsTest {
  private static final List<String> PLAIN = List.of("Rest the arm in a sling for a few days.",
      "Put a cold pack on the elbow for ten minutes at a time.", "Keep the arm up on a pillow at night.");

  private static final String MEASURES = "Immobilisation of the affected articulation utilising a collar-and-cuff "
      + "configuration. Intermittent cryotherapeutic application to periarticular musculotendinous "
      + "structures. Elevation of the involved extremity, particularly during nocturnal recumbency. "
      + "Physiotherapeutic rehabilitation emphasising progressive mobilisation following resolution. "
      + "Occupational reassessment regarding repetitive flexion-extension activities is advisable. "
      + "Ergonomic modification of habitual occupational positioning diminishes recurrence. "
      + String.join(" ", PLAIN);

  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        new DocumentBuilder("nstg:zorbitis", "nstg").title("Quellian Zorbitis")
            .section("Introduction", "Quellian zorbitis is a painful swelling of the elbow that comes and goes.")
            .section("Non-drug treatment", MEASURES)
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aPatientGetsTheLeadingSourcesPlainestLines() throws Exception {
    assertThat(measuresLed(Audience.PATIENT)).containsExactlyElementsOf(PLAIN);
  }

  @Test
  void aProfessionalGetsTheLeadingSourcesFirstLines() throws Exception {
    assertThat(measuresLed(Audience.PHYSICIAN)).doesNotContainAnyElementsOf(PLAIN).hasSize(PLAIN.size())
        .allMatch(line -> line.length() > 70, "the dense lines, in the source's order")
        .isSortedAccordingTo(java.util.Comparator.comparingInt(MEASURES::indexOf));
  }

  /** The first three statements of the article's section on the measures (the leading source's block). */
  private List<String> measuresLed(Audience audience) throws Exception {
    Article article = fixture.ask("How is quellian zorbitis treated?", audience);
    return article.sections().stream().filter(section -> section.statements().stream()
            .anyMatch(statement -> PLAIN.contains(statement.text()) || statement.text().startsWith("Physio")))
        .filter(section -> !section.title().startsWith(SectionKind.GUIDELINES.title())).findFirst().orElseThrow()
        .statements().stream()
        .limit(PLAIN.size()).map(Statement::text).toList();
  }
}
