package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.galen.source.DocumentBuilder;
import org.galen.source.DocumentReader;
import org.galen.source.DocumentSink;
import org.galen.source.DocumentVersion;
import org.galen.source.FileHead;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newest version of a document wins whichever file comes first: in one ingest, across ingests,
 * and an older copy ingested later changes nothing. A small format written for the test carries
 * the version: {@code id|version|effective date|text}.
 */
class NewestVersionsTest {
  @TempDir
  Path temp;

  /** Reads {@code .ver} files: one versioned document each. */
  private static final DocumentReader VERSIONED = new DocumentReader() {
    @Override
    public String format() {
      return "versioned";
    }

    @Override
    public boolean canRead(FileHead head) {
      return head.hasExtension("ver");
    }

    @Override
    public void read(Path file, DocumentSink sink) throws java.io.IOException {
      String[] fields = Files.readString(file).split("\\|", 4);
      sink.accept(new DocumentBuilder("label:" + fields[0], "test").title(fields[0]).section("Dosage", fields[3])
          .property(DocumentVersion.NUMBER, fields[1]).property(DocumentVersion.EFFECTIVE, fields[2]).build());
    }
  };

  private Map<String, FileOutcome> ingest(Path... inputs) throws Exception {
    try (Indexer indexer = new Indexer(temp.resolve("index"))) {
      IngestSummary summary = new Ingestion(new SourceFormats(List.of(VERSIONED)), indexer, 2, IngestProgress.NONE)
          .run(List.of(inputs));
      return summary.files().stream().collect(Collectors.toMap(f -> f.file().getFileName().toString(),
          Function.identity()));
    }
  }

  private String storedText(String docId) throws Exception {
    try (EvidenceIndex index = EvidenceIndex.open(temp.resolve("index"))) {
      return index.document(docId).orElseThrow().text();
    }
  }

  private Path file(String name, String content) throws Exception {
    Path file = temp.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void theNewestVersionWinsInOneIngestWhicheverFileIsReadFirst() throws Exception {
    // Two threads read the two files in either order; the newest wins both ways.
    Path older = file("a-old.ver", "naproxen|2|2019-07-18|Take 220 mg every 8 to 12 hours, an older wording of it.");
    Path newer = file("b-new.ver", "naproxen|3|2021-01-05|Take 220 mg every 12 hours.");
    Map<String, FileOutcome> outcomes = ingest(older, newer);
    assertThat(storedText("label:naproxen")).isEqualTo("Take 220 mg every 12 hours.");
    assertThat(outcomes.values()).as("the report says which version won").anyMatch(o -> o.reason().contains(
        "version 3 (effective 2021-01-05) replaces version 2") || o.reason().contains(
        "version 3 (effective 2021-01-05) from " + newer + " is newer than this file's version 2"));
  }

  @Test
  void anOlderVersionIngestedLaterChangesNothingAndIsReportedAsSuch() throws Exception {
    ingest(file("new.ver", "naproxen|3|2021-01-05|Take 220 mg every 12 hours."));
    Map<String, FileOutcome> outcomes = ingest(file("old.ver", "naproxen|2|2019-07-18|Take 220 mg every 8 hours."));
    assertThat(outcomes.get("old.ver").status()).isEqualTo(FileOutcome.Status.SKIPPED);
    assertThat(outcomes.get("old.ver").reason()).contains("version 3 (effective 2021-01-05) already stored is newer");
    assertThat(storedText("label:naproxen")).isEqualTo("Take 220 mg every 12 hours.");
  }

  @Test
  void aNewerVersionIngestedLaterReplacesTheStoredOneAndAnOlderFileRewrittenInPlaceDoesNotDeleteIt() throws Exception {
    Path same = file("label.ver", "naproxen|2|2019-07-18|Take 220 mg every 8 hours.");
    ingest(same);
    Map<String, FileOutcome> outcomes = ingest(file("label-2021.ver", "naproxen|3|2021-01-05|Take 220 mg every 12 hours."));
    assertThat(outcomes.get("label-2021.ver").status()).isEqualTo(FileOutcome.Status.INGESTED);
    assertThat(storedText("label:naproxen")).isEqualTo("Take 220 mg every 12 hours.");
    // The newest came from another file; the file of the old one, read again, leaves it in place.
    ingest(same);
    assertThat(storedText("label:naproxen")).isEqualTo("Take 220 mg every 12 hours.");
    // The same version again replaces itself: nothing to say.
    Map<String, FileOutcome> again = ingest(temp.resolve("in").resolve("label-2021.ver"));
    assertThat(again.get("label-2021.ver").reason()).isEmpty();
  }

  @Test
  void aDrugLabelsNewerVersionReplacesTheOlderAndItsNamesJoinTheVocabulary() throws Exception {
    String label = Files.readString(org.galen.SharedData.require(
        "labels/dailymed/00d2606e-449e-4258-93e6-fb0eaa1ce229.xml"));
    assertThat(label).contains("<versionNumber value=\"3\"/>");
    String newer = label.replace("<versionNumber value=\"3\"/>", "<versionNumber value=\"4\"/>")
        .replaceFirst("<paragraph>", "<paragraph>Revised in version four. ");
    Path current = file("ibuprofen-v3.xml", label);
    Path revised = file("ibuprofen-v4.xml", newer);
    Path vocabulary = temp.resolve("vocabulary");
    try (Indexer indexer = new Indexer(temp.resolve("index"))) {
      new Ingestion(SourceFormats.standard(), indexer, vocabulary, 2, IngestProgress.NONE).run(List.of(current, revised));
    }
    String docId = org.galen.source.Collected.read(new org.galen.source.SplReader(), current).documents.get(0).docId();
    assertThat(storedText(docId)).contains("Revised in version four.");
    try (Indexer indexer = new Indexer(temp.resolve("index"))) {
      IngestSummary again = new Ingestion(SourceFormats.standard(), indexer, vocabulary, 2, IngestProgress.NONE)
          .run(List.of(current));
      assertThat(again.files().get(0).status()).isEqualTo(FileOutcome.Status.SKIPPED);
      assertThat(again.files().get(0).reason()).contains("version 4").contains("is newer than this file's version 3");
    }
    assertThat(storedText(docId)).as("an older download ingested later").contains("Revised in version four.");
    assertThat(Files.readString(vocabulary.resolve(org.galen.source.LabelDrugs.FILE))).containsIgnoringCase("ibuprofen");
  }
}
