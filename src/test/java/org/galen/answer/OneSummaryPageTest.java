package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer page that says everything in one summary has nothing filed under what was asked: its
 * first lines answer, and the rest of it (how the condition is caught, how it shows) still makes the
 * article, under the page's overview — not a bottom line alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneSummaryPageTest {
  private static final String TEXT = "Zorbitis is an infection of the lungs caused by bacteria. "
      + "You usually get zorbitis by breathing in spray from water that holds the bacteria. The spray may come from fountains, showers or cooling towers. "
      + "Symptoms of zorbitis include fever, chills and a cough. Zorbitis does not spread from person to person. "
      + "Most people with zorbitis get better with antibiotic treatment.";

  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900020\tZorbitis\tC01.920"), List.of(
        new Document("medquad:zorbitis-1", "medquad:zorbitis-1", "medquad", "What is (are) Zorbitis ?", TEXT,
            List.of(new Section("information", 0, TEXT.length())), SourceKind.REFERENCE, EvidenceLevel.REFERENCE,
            List.of(), List.of(), "", Optional.empty(), "", "", "", List.of("Zorbitis"), Map.of())));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theRestOfTheOneSummaryFollowsItsAnsweringLines() throws Exception {
    Article article = fixture.ask("What is the treatment for zorbitis?", Audience.PATIENT);
    assertThat(article.abstained()).isFalse();
    assertThat(article.sections()).hasSizeGreaterThan(1);
    List<String> first = article.sections().get(0).statements().stream().map(Statement::text).toList();
    List<String> rest = article.sections().stream().skip(1).flatMap(s -> s.statements().stream())
        .map(Statement::text).toList();
    assertThat(rest).isNotEmpty().doesNotContainAnyElementsOf(first)
        .allSatisfy(text -> assertThat(text).isSubstringOf(TEXT));
  }
}
