package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public-health report of recommendations leads as a guideline, its sentences sorted by what they
 * recommend; of two guidelines covering the subject, the newer leads, whatever the older's title
 * says of its scope; a condition the patient has never had is the one prevented. A real index of
 * documents written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationsReportTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D090001\tFrobnitis\tC01.900", "D090002\tGrellan Disease\tC01.901", "D090003\tGrellan Virus\tB04.900"),
        List.of(
            report("mmwr:frobnitis", "Guidelines for Prophylaxis Against Frobnitis", 1989,
                "Prophylaxis against frobnitis is categorized as primary when the patient has never had frobnitis. "
                    + "Frobnitis prophylaxis was studied in 60 patients positive for grellan virus. "
                    + "Prophylaxis should be started for patients positive for grellan virus who have never had "
                    + "frobnitis if their count is below 200."),
            // An old report's page carries no date.
            report("mmwr:grellan", "Grellan Disease Treatment Guidelines", 0,
                "Grellan disease should be treated with ferrodol 100 mg daily for grellan disease in adults. "
                    + "Treatment of grellan disease: grellan disease, grellan disease."),
            new DocumentBuilder("nstg:grellan-disease", "nstg").title("Grellan Disease").year(Optional.of(2022))
                .section("Drug treatment", "Brantomycin 200 mg orally once daily")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  private static Document report(String docId, String title, int year, String text) {
    return new DocumentBuilder(docId, "mmwr").title(title).year(year == 0 ? Optional.empty() : Optional.of(year))
        .section("Report", text)
        .kind(SourceKind.REPORT, EvidenceLevel.GUIDELINE).build();
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aReportOfRecommendationsLeadsWithWhatItRecommends() throws Exception {
    Article article = fixture.ask("Patient positive for grellan virus who has never had frobnitis - should I start "
        + "frobnitis prophylaxis?", Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("mmwr:frobnitis");
    assertThat(fixture.settle(article.question()).reasons()).as("its title names no condition of the evidence")
        .noneMatch(reason -> reason.contains("Guidelines for Prophylaxis"));
    assertThat(article.sections().get(0).statements().get(0).text()).startsWith("Prophylaxis should be started");
    assertThat(article.sections()).flatMap(Section::statements).extracting(Statement::text)
        .as("its background is not quoted").noneMatch(text -> text.contains("categorized"));
  }

  @Test
  void ofTwoGuidelinesOnTheSubjectTheNewerLeadsAndAnUndatedOneIsNotTheNewer() throws Exception {
    Article article = fixture.ask("Treatment of grellan disease?", Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:grellan-disease");
  }

  @Test
  void aConditionNeverHadIsTheOnePrevented() {
    org.galen.answer.question.QuestionAnalysis prevented =
        fixture.analyzer.analyze("Adult who has never had frobnitis - how is it prevented?");
    assertThat(prevented.primary().name()).isEqualTo("Frobnitis");
    assertThat(prevented.retrievalText()).as("and searched for").containsIgnoringCase("frobnitis");
    assertThat(fixture.analyzer.analyze("Adult with grellan disease, never had frobnitis - how is it prevented?")
        .primary().name()).as("beside a condition the patient has, the one never had is absent")
        .isEqualTo("Grellan Disease");
    assertThat(fixture.analyzer.analyze("Adult who has never had frobnitis - how is it treated?").primary().name())
        .as("asked no prevention, a finding said absent names nothing").isNotEqualTo("Frobnitis");
  }
}
