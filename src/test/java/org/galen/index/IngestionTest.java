package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.galen.SharedData;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {
  @TempDir
  Path temp;

  private IngestSummary ingest(Path index, Path... inputs) throws Exception {
    try (Indexer indexer = new Indexer(index)) {
      return new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(List.of(inputs));
    }
  }

  @Test
  void brokenFilesAreReportedAndSkippedWhileTheRestIngests() throws Exception {
    Path good = SharedData.require("corpus/nstg/processed_json/ACUTE OTITIS MEDIA.json");
    Path medline = SharedData.require("corpus/medline/pubmed-29768149.xml");
    Path folder = Files.createDirectories(temp.resolve("input"));
    Files.copy(good, folder.resolve("good.json"));
    String xml = Files.readString(medline);
    Files.writeString(folder.resolve("truncated.xml"), xml.substring(0, xml.length() / 2));
    Files.writeString(folder.resolve("invalid.json"), "{\"condition_name\": \"X\", \"introduction\": ");
    Files.write(folder.resolve("junk.xml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, (byte) 0xFE});
    Files.writeString(folder.resolve("empty.json"), "");
    Files.writeString(folder.resolve("notes.docx"), "not a format Galen reads");
    Files.writeString(folder.resolve("LICENSE"), "MIT");

    IngestSummary summary = ingest(temp.resolve("index"), folder);
    Map<String, FileOutcome> byName = summary.files().stream()
        .collect(Collectors.toMap(f -> f.file().getFileName().toString(), Function.identity()));

    assertThat(byName.get("good.json").status()).isEqualTo(FileOutcome.Status.INGESTED);
    assertThat(byName.get("LICENSE").status()).isEqualTo(FileOutcome.Status.SKIPPED);
    assertThat(byName.get("truncated.xml").reason()).contains("truncated XML");
    assertThat(byName.get("invalid.json").reason()).contains("invalid JSON");
    assertThat(byName.get("junk.xml").reason()).contains("unknown format");
    assertThat(byName.get("empty.json").reason()).isEqualTo("empty file");
    assertThat(byName.get("notes.docx").reason()).contains("unknown format").contains("notes.docx");
    assertThat(summary.count(FileOutcome.Status.FAILED)).isEqualTo(5);
    assertThat(summary.anyFailed()).isTrue();
    try (EvidenceIndex index = EvidenceIndex.open(temp.resolve("index"))) {
      assertThat(index.document("nstg:good")).isPresent();
      assertThat(index.stats().documents()).isEqualTo(1);
    }
  }

  @Test
  void reingestingAChangedFileDropsTheDocumentsItNoLongerHolds() throws Exception {
    Path file = temp.resolve("0000001.xml");
    Files.writeString(file, medquad("<QAPair pid=\"1\"><Question qtype=\"information\">What is X?</Question>"
        + "<Answer>X is a rare condition of the skin.</Answer></QAPair>"
        + "<QAPair pid=\"2\"><Question qtype=\"treatment\">How is X treated?</Question>"
        + "<Answer>X is treated with emollients.</Answer></QAPair>"));
    ingest(temp.resolve("index"), file);
    Files.writeString(file, medquad("<QAPair pid=\"1\"><Question qtype=\"information\">What is X?</Question>"
        + "<Answer>X is a rare condition of the skin and nails.</Answer></QAPair>"));
    ingest(temp.resolve("index"), file);

    try (EvidenceIndex index = EvidenceIndex.open(temp.resolve("index"))) {
      assertThat(index.stats().documents()).isEqualTo(1);
      assertThat(index.document("medquad:GARD-0000001-1").orElseThrow().text()).endsWith("skin and nails.");
      assertThat(index.document("medquad:GARD-0000001-2")).isEmpty();
    }
  }

  @Test
  void deleteCitationRemovesAnEarlierIngestedCitation() throws Exception {
    Path first = temp.resolve("a.xml");
    Files.writeString(first, "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>42</PMID><Article>"
        + "<ArticleTitle>Aspirin in fever.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>");
    Path update = temp.resolve("b.xml");
    Files.writeString(update, "<MedlineCitationSet><DeleteCitation><PMID>42</PMID></DeleteCitation></MedlineCitationSet>");
    ingest(temp.resolve("index"), first);
    IngestSummary summary = ingest(temp.resolve("index"), update);

    assertThat(summary.deleted()).isEqualTo(1);
    try (EvidenceIndex index = EvidenceIndex.open(temp.resolve("index"))) {
      assertThat(index.document("pmid:42")).isEmpty();
    }
  }

  @Test
  void xmlNestedTooDeepFailsThatFileAloneWithItsReason() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("nested"));
    String deep = "<b>".repeat(1_500) + "deep" + "</b>".repeat(1_500);
    Files.writeString(folder.resolve("0000001.xml"), medquad("<QAPair pid=\"1\"><Question qtype=\"information\">"
        + "What is X?</Question><Answer>" + deep + "</Answer></QAPair>"));
    Files.writeString(folder.resolve("0000002.xml"), medquad("<QAPair pid=\"1\"><Question qtype=\"information\">"
        + "What is Y?</Question><Answer>Y is a rare condition of the skin.</Answer></QAPair>")
        .replace("0000001", "0000002"));

    IngestSummary summary = ingest(temp.resolve("index"), folder);
    Map<String, FileOutcome> byName = summary.files().stream()
        .collect(Collectors.toMap(f -> f.file().getFileName().toString(), Function.identity()));
    assertThat(byName.get("0000001.xml").status()).isEqualTo(FileOutcome.Status.FAILED);
    assertThat(byName.get("0000001.xml").reason()).contains("nested deeper than " + org.galen.source.XmlElement.MAX_DEPTH);
    assertThat(byName.get("0000002.xml").status()).isEqualTo(FileOutcome.Status.INGESTED);
  }

  @Test
  void aJvmErrorReadingOneFileIsThatFilesFailure() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("erring"));
    Files.writeString(folder.resolve("a.boom"), "boom");
    Files.copy(SharedData.require("corpus/nstg/processed_json/ACUTE OTITIS MEDIA.json"), folder.resolve("good.json"));
    org.galen.source.DocumentReader failing = new org.galen.source.DocumentReader() {
      @Override
      public String format() {
        return "boom";
      }

      @Override
      public boolean canRead(org.galen.source.FileHead head) {
        return head.hasExtension("boom");
      }

      @Override
      public void read(Path file, org.galen.source.DocumentSink sink) {
        throw new StackOverflowError();
      }
    };
    List<org.galen.source.DocumentReader> readers = List.of(failing, new org.galen.source.NstgReader());
    IngestSummary summary;
    try (Indexer indexer = new Indexer(temp.resolve("index"))) {
      summary = new Ingestion(new SourceFormats(readers), indexer, 2, IngestProgress.NONE).run(List.of(folder));
    }
    Map<String, FileOutcome> byName = summary.files().stream()
        .collect(Collectors.toMap(f -> f.file().getFileName().toString(), Function.identity()));
    assertThat(byName.get("a.boom").status()).isEqualTo(FileOutcome.Status.FAILED);
    assertThat(byName.get("a.boom").reason()).contains("StackOverflowError");
    assertThat(byName.get("good.json").status()).isEqualTo(FileOutcome.Status.INGESTED);
  }

  private static String medquad(String pairs) {
    return "<Document id=\"0000001\" source=\"GARD\" url=\"https://example.org/x\"><Focus>X</Focus><QAPairs>"
        + pairs + "</QAPairs></Document>";
  }
}
