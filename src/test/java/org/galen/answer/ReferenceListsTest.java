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
 * A report's reference list is no evidence: the titles of the works it cites read like findings,
 * but no statement of an article comes from after the report's "References" heading.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceListsTest {
  private static final String BODY = "Prophylaxis against quellian zorbitis should start when the marker count "
      + "falls below 200. Tremacillin given orally is the preferred drug for prophylaxis against quellian zorbitis. "
      + "Patients who cannot take tremacillin receive nebulised pentoxan every four weeks. "
      + "Graft recipients are at the highest risk of quellian zorbitis in the first year. ";
  private static final String CITED = "Successful intermittent prophylaxis of quellian zorbitis with oral tremacillin "
      + "in graft recipients.";
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    String text = BODY + "References Hale AB, Dorsey CD, Pennyworth EF. " + CITED + " J Zorb Med 1988;3:12-9. "
        + "2. Dorsey CD. " + CITED.replace("Successful intermittent", "Daily") + " Zorb Rev 1989;4:1-5.";
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900002\tZorbitis, Quellian\tC01.900.200"),
        List.of(new Document("mmwr:zorbitis-report",
        "mmwr:zorbitis-report", "mmwr", "Guidelines for Prophylaxis Against Quellian Zorbitis", text,
        List.of(new Section("Report", 0, text.length())), SourceKind.REPORT, EvidenceLevel.REPORT, List.of(),
        List.of(), "", Optional.empty(), "", "", "", List.of(), Map.of())));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void noStatementComesFromAReportsReferenceList() throws Exception {
    Article article = fixture.ask("Which drug is used for prophylaxis of quellian zorbitis?",
        Audience.PHYSICIAN);
    List<String> statements = article.sections().stream().flatMap(s -> s.statements().stream())
        .map(Statement::text).toList();
    assertThat(statements).as("the report's own findings are quoted").anyMatch(s -> s.startsWith("Tremacillin"));
    assertThat(statements).noneMatch(s -> s.contains("Hale AB") || s.contains("intermittent") || s.contains("Daily"));
  }
}
