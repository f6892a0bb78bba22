package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of recommendations is as strong as a guideline; an appendix of its terms or a report of
 * an outbreak is not. A line broken inside a sentence is joined. Reports written for the test.
 */
class MmwrRecommendationsTest {
  private static final String NOTICE = "Persons using assistive technology might not be able to fully access "
      + "information in this file. Type 508 Accommodation and the title of the report in the subject line of e-mail. ";

  @Test
  void reportsSayingTheyRecommendAreGuidelines(@TempDir Path directory) throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("https://www.cdc.gov/mmwr/preview/mmwrhtml/00000001.htm", NOTICE
        + "Guidelines for Prophylaxis Against Frobnitis\nfor Persons With Grellan Disease Frobnitis is common. "
        + "Prophylaxis should be started for patients who have never had an episode of\nFRB if their count is low.");
    pages.put("https://www.cdc.gov/mmwr/preview/mmwrhtml/00000002.htm", NOTICE
        + "Management of Patients With Suspected Frob Fever INTRODUCTION The term frob fever refers to an illness. "
        + "Therefore, the following\nrecommendations address these agents.");
    pages.put("https://www.cdc.gov/mmwr/preview/mmwrhtml/00000005.htm", NOTICE
        + "FROB FEVER PREVENTION: recommendations of the advisory committee Frob fever is rare.");
    pages.put("https://www.cdc.gov/mmwr/preview/mmwrhtml/00000003.htm", NOTICE
        + "APPENDIX A Terms Used in These Guidelines Administrative controls: changes in work procedures.");
    pages.put("https://www.cdc.gov/mmwr/preview/mmwrhtml/00000004.htm", NOTICE
        + "Outbreak of Frobnitis in a School In March, 40 pupils fell ill.\nMost recovered in a week.");
    Path file = directory.resolve("mmwr.json");
    Files.writeString(file, new ObjectMapper().writeValueAsString(pages));
    Collected collected = Collected.read(new MmwrReader(), file);

    assertThat(collected.byId("mmwr:mmwr-preview-mmwrhtml-00000001-htm").evidenceLevel())
        .as("titled guidelines").isEqualTo(EvidenceLevel.GUIDELINE);
    assertThat(collected.byId("mmwr:mmwr-preview-mmwrhtml-00000002-htm").evidenceLevel())
        .as("opening with the recommendations that follow").isEqualTo(EvidenceLevel.GUIDELINE);
    assertThat(collected.byId("mmwr:mmwr-preview-mmwrhtml-00000005-htm").evidenceLevel())
        .as("titled in any case").isEqualTo(EvidenceLevel.GUIDELINE);
    assertThat(collected.byId("mmwr:mmwr-preview-mmwrhtml-00000003-htm").evidenceLevel())
        .as("an appendix of terms").isEqualTo(EvidenceLevel.REPORT);
    assertThat(collected.byId("mmwr:mmwr-preview-mmwrhtml-00000004-htm").evidenceLevel())
        .as("an outbreak report").isEqualTo(EvidenceLevel.REPORT);
    assertThat(collected.documents).allSatisfy(d -> assertThat(d.sourceKind()).isEqualTo(SourceKind.REPORT));
  }

  @Test
  void aLineBrokenAfterAWordNoSentenceEndsWithIsJoined(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("mmwr.json");
    Files.writeString(file, new ObjectMapper().writeValueAsString(Map.of(
        "https://www.cdc.gov/mmwr/preview/mmwrhtml/00000001.htm", NOTICE
            + "Guidelines for Prophylaxis Against Frobnitis\nfor Persons With Grellan Disease Prophylaxis should "
            + "be started for patients who have never had an episode of\nFRB if their count is low.\n"
            + "Frobnitis was commoner among the pupils and staff in persons aged\n>15 years (seven\n[44%]) than in "
            + "the rest of the school's pupils of those aged\n\u226415 years.\n"
            + "Did you eat any of the frob pie at the school fair that week?\n\u22651 slice\n"
            + "Age group\n16-17 years\n\u226518 years\n"
            + "To Whom it May Concern:\n[Health authority] is an agency.\n"
            + "Terms\nFRB frobnitis\nGD Grellan disease")));
    Document report = Collected.read(new MmwrReader(), file).documents.get(0);
    assertThat(report.text()).contains("never had an episode of FRB if their count is low.")
        .contains("persons aged >15 years (seven [44%]) than in the rest of the school's pupils of those aged "
            + "\u226415 years.")
        .as("after a question, and a table's cells, stay apart")
        .contains("that week?\n\u22651 slice").contains("16-17 years\n\u226518 years")
        .as("a bracket after a sentence's end starts a line").contains("Concern:\n[Health authority] is an agency.")
        .as("a list of terms, one to a line, stays a list").contains("FRB frobnitis\nGD Grellan disease");
  }
}
