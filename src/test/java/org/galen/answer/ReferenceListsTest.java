package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.index.StoredPassage;
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
    String grouped = "Quellian zorbitis spread in three schools. References to other sites are provided as a "
        + "service. References CDC. Quellian zorbitis surveillance in schools, 1990 to 1999. Atlanta, GA: CDC; 2000. "
        + "TABLE 1. Schools reporting quellian zorbitis Schools that closed for a week had no further cases.";
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900002\tZorbitis, Quellian\tC01.900.200"),
        List.of(report("mmwr:zorbitis-report", "Guidelines for Prophylaxis Against Quellian Zorbitis", text),
            report("mmwr:zorbitis-schools", "Quellian Zorbitis in Schools", grouped)));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aGroupAuthorsListIsFoundAndEndsAtTheReportsTable() throws Exception {
    QuestionAnalysis asked = fixture.analyzer.analyze("Did schools close for quellian zorbitis?");
    CandidateFinder finder = new CandidateFinder(SubjectMatcher.of(asked, fixture.analyzer.terminology()),
        Audience.PHYSICIAN);
    List<Candidate> all = new java.util.ArrayList<>();
    for (StoredPassage passage : fixture.index.passages("mmwr:zorbitis-schools")) {
      all.addAll(finder.inPassage(passage, 0));
    }
    List<String> kept = new ReferenceLists(fixture.index).without(all).stream().map(Candidate::text).toList();
    assertThat(all.stream().map(Candidate::text)).as("the fixture's list is a candidate without the rule")
        .anyMatch(text -> text.contains("surveillance in schools, 1990"));
    assertThat(kept).noneMatch(text -> text.contains("surveillance in schools, 1990"))
        .anyMatch(text -> text.contains("had no further cases")).anyMatch(text -> text.contains("spread in three"));
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

  private static Document report(String docId, String title, String text) {
    return new Document(docId, docId, "mmwr", title, text, List.of(new Section("Report", 0, text.length())),
        SourceKind.REPORT, EvidenceLevel.REPORT, List.of(), List.of(), "", Optional.empty(), "", "", "", List.of(),
        Map.of());
  }
}
