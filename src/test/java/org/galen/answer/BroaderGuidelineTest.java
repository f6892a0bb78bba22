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
 * A guideline on a broader condition, naming the asked form once in passing, does not lead over a
 * report titled with that form which retrieval ranks first; it still leads when retrieval ranks it
 * above every source titled with the form. A report's title words that name no condition
 * ("Guidelines for Prophylaxis Against") only qualify what it is about.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroaderGuidelineTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D900001\tZorbitis\tC01.900", "D900002\tZorbitis, Quellian\tC01.900.200"), List.of(
            guideline("nstg:zorbitis", "Zorbitis",
                "Zorbitis is an infection of the lower airways treated with flumoxin for seven days in adults. "
                    + "Consider quellian zorbitis in transplant patients: tremacillin. "
                    + "Adults with zorbitis who cannot swallow are given flumoxin by injection, twice daily."),
            guideline("nstg:graft-rejection", "Graft Rejection",
                "Graft rejection is prevented with immunosuppressants. Quellian zorbitis is common after a graft. "
                    + "Quellian zorbitis needs its own prophylaxis. Watch for quellian zorbitis in the first year."),
            report("mmwr:quellian-prophylaxis", "Guidelines for Prophylaxis Against Quellian Zorbitis in Graft Recipients",
                "Prophylaxis against quellian zorbitis should start when the marker count falls below 200. "
                    + "Tremacillin given orally is the preferred drug for prophylaxis against quellian zorbitis. "
                    + "Patients who cannot take tremacillin receive nebulised pentoxan every four weeks.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aReportTitledWithTheFormLeadsOverTheBroaderGuidelineRankedBelowIt() throws Exception {
    Article article = fixture.ask("When should quellian zorbitis prophylaxis start, and with which drug?",
        Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("mmwr:quellian-prophylaxis");
  }

  @Test
  void aGuidelineOnAnotherConditionNamingTheFormThroughoutDoesNotTakeTheLeadFromTheReport() throws Exception {
    Article article = fixture.ask("When should quellian zorbitis prophylaxis start after a graft, and with which drug?",
        Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("mmwr:quellian-prophylaxis");
  }

  @Test
  void theBroaderGuidelineRankedAboveEverySourceTitledWithTheFormLeads() throws Exception {
    Article article = fixture.ask("Adults with quellian zorbitis who cannot swallow: flumoxin by injection?",
        Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:zorbitis");
  }

  private static Document guideline(String docId, String title, String text) {
    return new Document(docId, docId, "nstg", title, text, List.of(new Section("Drug treatment", 0, text.length())),
        SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of(title), Map.of());
  }

  private static Document report(String docId, String title, String text) {
    return new Document(docId, docId, "mmwr", title, text, List.of(new Section("Report", 0, text.length())),
        SourceKind.REPORT, EvidenceLevel.REPORT, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of(), Map.of());
  }
}
