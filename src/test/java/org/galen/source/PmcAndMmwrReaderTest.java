package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;

class PmcAndMmwrReaderTest {
  @Test
  void readsJatsFrontMatterAbstractAndBodySections() throws Exception {
    Path file = SharedData.require("corpus/pmc/pone.0000217.nxml");
    Document article = Collected.read(new PmcReader(), file).documents.get(0);

    assertThat(article.docId()).isEqualTo("pmc:1790863");
    assertThat(article.sourceId()).isEqualTo("PMC1790863");
    assertThat(article.doi()).isEqualTo("10.1371/journal.pone.0000217");
    assertThat(article.year()).contains(2007);
    assertThat(article.journal()).isNotEmpty();
    assertThat(article.title()).isNotEmpty();
    assertThat(article.sections().get(0).title()).startsWith("Abstract");
    assertThat(article.sections().size()).isGreaterThan(3);
  }

  @Test
  void readsAllEightPmcArticles() throws Exception {
    Path folder = SharedData.require("corpus/pmc");
    Collected collected = new Collected();
    PmcReader reader = new PmcReader();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".nxml")).toList()) {
        reader.read(file, collected);
      }
    }
    assertThat(collected.documents).hasSize(8).allSatisfy(d -> assertThat(d.text()).hasSizeGreaterThan(1000));
  }

  @Test
  void readsEveryMmwrReportWithATitleAndWithoutTheAccessibilityNotice() throws Exception {
    Path file = SharedData.require("corpus/cdc-mmwr/mmsu_art_en_txt_json.zip");
    MmwrReader reader = new MmwrReader();
    assertThat(reader.canRead(FileHead.of(file))).isTrue();
    Collected collected = Collected.read(reader, file);

    assertThat(collected.documents).hasSize(256);
    assertThat(collected.documents.stream().map(Document::docId).distinct()).hasSize(256);
    assertThat(collected.documents).allSatisfy(d -> {
      assertThat(d.title()).isNotBlank();
      assertThat(d.title()).as("the site's navigation is no title").doesNotStartWith("Skip directly")
          .doesNotContain("CDC Home");
      assertThat(d.sourceKind()).isEqualTo(SourceKind.REPORT);
    });
    assertThat(collected.byId("mmwr:mmwr-volumes-65-su-su6503a11-htm").title())
        .isEqualTo("Early Identification and Prevention of the Spread of Ebola — United States");
    Document report = collected.byId("mmwr:mmwr-preview-mmwrhtml-00001712-htm");
    assertThat(report.title()).startsWith("Summaries of Current Intelligence Bulletins");
    assertThat(report.text()).doesNotContain("Persons using assistive technology");
  }
}
