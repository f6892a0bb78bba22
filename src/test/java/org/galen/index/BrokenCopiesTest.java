package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.galen.SharedData;
import org.galen.source.SourceFiles;
import org.galen.source.SourceFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every real format, cut in half, turned to junk and emptied: each copy is reported as failed
 * with a reason, none crashes the run, and the intact original beside it still ingests.
 */
class BrokenCopiesTest {
  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {
      "corpus/medline/pubmed-29768149.xml",
      "corpus/medline/test_current_medline.xml.gz",
      "corpus/pmc/pone.0000217.nxml",
      "corpus/medquad/6_NINDS_QA/0000007.xml",
      "corpus/nstg/processed_json/ACUTE OTITIS MEDIA.json",
      "corpus/pubmedqa/ori_pqal.json",
      "corpus/cdc-mmwr/mmsu_art_en_txt_json.zip",
      "eval/scifact/corpus_train.csv"})
  void brokenCopiesFailWithAReasonWhileTheOriginalIngests(String relative) throws Exception {
    Path original = SharedData.require(relative);
    String name = original.getFileName().toString();
    Path folder = Files.createDirectories(temp.resolve("in"));
    Files.copy(original, folder.resolve(name));
    Files.write(folder.resolve("truncated-" + name), truncated(original));
    Files.write(folder.resolve("junk-" + name), junk());
    Files.write(folder.resolve("empty-" + name), new byte[0]);

    IngestSummary summary;
    try (Indexer indexer = new Indexer(temp.resolve("index"))) {
      summary = new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(List.of(folder));
    }

    for (FileOutcome outcome : summary.files()) {
      String file = outcome.file().getFileName().toString();
      if (file.equals(name)) {
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(outcome.documents()).isPositive();
      } else {
        assertThat(outcome.status()).as(file).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcome.reason()).as(file).isNotBlank();
      }
    }
    assertThat(summary.count(FileOutcome.Status.FAILED)).isEqualTo(3);
  }

  /** The first half of the content; for .gz and .zip, of the compressed bytes (a cut download). */
  private static byte[] truncated(Path original) throws Exception {
    byte[] bytes = Files.readAllBytes(original);
    if (original.toString().endsWith(".gz") || original.toString().endsWith(".zip")) {
      return Arrays.copyOf(bytes, bytes.length / 2);
    }
    try (InputStream in = SourceFiles.open(original)) {
      byte[] content = in.readAllBytes();
      return Arrays.copyOf(content, content.length / 2);
    }
  }

  private static byte[] junk() {
    byte[] junk = new byte[4096];
    new java.util.Random(42).nextBytes(junk);
    return junk;
  }
}
