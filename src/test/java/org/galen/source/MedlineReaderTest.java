package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedlineReaderTest {
  private final MedlineReader reader = new MedlineReader();

  @Test
  void readsThe2016MedlineCitationSetWithDeletionsAndCitationsWithoutAbstract() throws Exception {
    Path file = SharedData.require("corpus/medline/medline16n0902.xml.gz");
    assertThat(reader.canRead(FileHead.of(file))).isTrue();
    Collected collected = Collected.read(reader, file);

    assertThat(collected.documents).hasSize(604);
    assertThat(collected.deleted).containsExactly("pmid:26432306");
    Document first = collected.byId("pmid:17942999");
    assertThat(first.title()).startsWith("Neuroplasticity in the processing of pitch dimensions");
    assertThat(first.journal()).isEqualTo("Restorative neurology and neuroscience");
    assertThat(first.year()).contains(2007);
    assertThat(first.sections()).extracting(Section::title).containsExactly("PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS");
    assertThat(first.sectionText(first.sections().get(0))).startsWith("An auditory electrophysiological study");
    assertThat(first.publicationTypes()).contains("Journal Article");
    assertThat(first.meshTerms()).isNotEmpty();
    assertThat(first.url()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/17942999/");

    long withoutAbstract = collected.documents.stream()
        .filter(d -> d.sections().size() == 1 && d.sections().get(0).title().equals("Title")).count();
    assertThat(withoutAbstract).isEqualTo(78);
    assertThat(collected.documents).allSatisfy(d -> assertThat(d.year()).isPresent());
  }

  @Test
  void readsTheCurrentPubmedArticleSetWithDoiFromTheArticleNotItsReferences() throws Exception {
    Path file = SharedData.require("corpus/medline/test_current_medline.xml.gz");
    Collected collected = Collected.read(reader, file);

    assertThat(collected.documents).hasSize(4);
    Document backPain = collected.byId("pmid:36400559");
    assertThat(backPain.doi()).isEqualTo("10.1016/j.ncl.2022.07.002");
    assertThat(backPain.year()).contains(2023);
    assertThat(backPain.evidenceLevel()).isEqualTo(EvidenceLevel.REVIEW_OR_OPINION);
    assertThat(backPain.meshTerms()).contains("Low Back Pain");
  }

  @Test
  void derivesRandomizedTrialFromPublicationTypesAndKeepsStructuredAbstractLabels() throws Exception {
    Path file = SharedData.require("corpus/medline/pubmed-29768149.xml");
    Document trial = Collected.read(reader, file).byId("pmid:29768149");

    assertThat(trial.evidenceLevel()).isEqualTo(EvidenceLevel.RANDOMIZED_TRIAL);
    assertThat(trial.doi()).isEqualTo("10.1056/NEJMoa1715274");
    assertThat(trial.sections()).extracting(Section::title).contains("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
  }

  @Test
  void truncatedFileFailsWithItsPositionAfterHandingOverTheCompleteCitations(@TempDir Path temp) throws Exception {
    Path source = SharedData.require("corpus/medline/medline16n0902.xml.gz");
    byte[] xml;
    try (InputStream in = SourceFiles.open(source)) {
      xml = in.readAllBytes();
    }
    Path truncated = temp.resolve("truncated.xml");
    Files.write(truncated, java.util.Arrays.copyOf(xml, xml.length / 2));
    Collected collected = new Collected();

    assertThatThrownBy(() -> reader.read(truncated, collected))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("line");
    assertThat(collected.documents).hasSizeBetween(100, 603);
  }

  @Test
  void truncatedGzipIsReportedAsCorrupt(@TempDir Path temp) throws Exception {
    Path source = SharedData.require("corpus/medline/medline16n0902.xml.gz");
    byte[] gz = Files.readAllBytes(source);
    Path truncated = temp.resolve("cut.xml.gz");
    Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 3));

    assertThatThrownBy(() -> reader.read(truncated, new Collected()))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void aSetHoldingSomethingElseWhereItsRecordsBelongIsRefusedAnEmptyOrDeletingSetIsNot(@TempDir Path temp)
      throws Exception {
    Path strangers = temp.resolve("strangers.xml");
    Files.writeString(strangers, "<PubmedArticleSet>" + "<Unknown>".repeat(1_000) + "</Unknown>".repeat(1_000)
        + "</PubmedArticleSet>");
    assertThatThrownBy(() -> reader.read(strangers, new Collected())).isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("<Unknown>");
    Path empty = temp.resolve("empty.xml");
    Files.writeString(empty, "<PubmedArticleSet></PubmedArticleSet>");
    Collected none = new Collected();
    reader.read(empty, none);
    assertThat(none.documents).isEmpty();
    Path deleting = temp.resolve("deleting.xml");
    Files.writeString(deleting, "<PubmedArticleSet><DeleteCitation><PMID>12</PMID></DeleteCitation></PubmedArticleSet>");
    Collected deleted = new Collected();
    reader.read(deleting, deleted);
    assertThat(deleted.deleted).containsExactly("pmid:12");
  }

  @Test
  void neverFetchesTheRemoteDtdNamedInTheDoctype(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("one.xml");
    Files.writeString(file, """
        <?xml version="1.0"?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle//EN" "http://127.0.0.1:9/never.dtd">
        <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>T</ArticleTitle>
        </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
        """);
    assertThat(Collected.read(reader, file).byId("pmid:1").title()).isEqualTo("T");
  }
}
