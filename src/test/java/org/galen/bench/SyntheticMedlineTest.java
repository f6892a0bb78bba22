package org.galen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.galen.SharedData;
import org.galen.source.Collected;
import org.galen.source.Document;
import org.galen.source.FileHead;
import org.galen.source.MedlineReader;
import org.galen.source.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus is real MEDLINE XML Galen reads, labelled synthetic, repeatable, with a working update file. */
class SyntheticMedlineTest {
  private static SyntheticPools pools;

  @TempDir
  Path out;

  @BeforeAll
  static void readPools() throws Exception {
    pools = SyntheticPools.read(SharedData.require("corpus/medline").getParent().getParent());
  }

  @Test
  void writesBaselineFilesOfRealPubmedXmlThatSayTheyAreSynthetic() throws Exception {
    SyntheticMedline generator = new SyntheticMedline(pools, 26);
    assertThat(generator.writeBaseline(out, 120, 50)).isEqualTo(3);
    List<Document> documents = new ArrayList<>();
    for (int file = 1; file <= 3; file++) {
      Path path = out.resolve(String.format("synthetic-pubmed26n%04d.xml.gz", file));
      assertThat(new MedlineReader().canRead(FileHead.of(path))).isTrue();
      assertThat(text(path)).contains("<!-- SYNTHETIC MEDLINE").contains("Not real citations");
      documents.addAll(read(path).documents);
    }
    assertThat(documents).hasSize(120);
    assertThat(documents).extracting(Document::docId).doesNotHaveDuplicates()
        .contains("pmid:900000000", "pmid:900000119");
    assertThat(documents).allSatisfy(d -> {
      assertThat(d.title()).startsWith("[Synthetic] ");
      assertThat(d.journal()).startsWith("Synthetic MEDLINE: ");
      assertThat(d.publicationTypes()).isNotEmpty();
      assertThat(d.year()).isPresent();
    });
    // Real shapes: most have an abstract, some structured by labelled sections, some none at all.
    assertThat(documents).filteredOn(d -> d.sections().stream().map(Section::title).anyMatch("RESULTS"::equals))
        .isNotEmpty();
    assertThat(documents).filteredOn(d -> d.sections().stream().map(Section::title).allMatch("Title"::equals))
        .hasSizeBetween(1, 60);
  }

  @Test
  void citationsDependOnlyOnTheSeedAndTheirNumber() throws Exception {
    new SyntheticMedline(pools, 26).writeBaseline(out.resolve("small"), 50, 50);
    new SyntheticMedline(pools, 26).writeBaseline(out.resolve("large"), 120, 50);
    new SyntheticMedline(pools, 27).writeBaseline(out.resolve("other"), 50, 50);
    String file = "synthetic-pubmed26n0001.xml.gz";
    assertThat(text(out.resolve("small").resolve(file))).isEqualTo(text(out.resolve("large").resolve(file)))
        .isNotEqualTo(text(out.resolve("other").resolve(file)));
  }

  @Test
  void theUpdateFileRevisesAddsAndRetractsWhatItsManifestSays() throws Exception {
    SyntheticMedline generator = new SyntheticMedline(pools, 26);
    generator.writeBaseline(out, 100, 100);
    generator.writeUpdate(out, 100, 5, 4, 3);
    Collected update = read(out.resolve("synthetic-pubmed26n9001.xml.gz"));
    List<String> manifest = Files.readAllLines(out.resolve("update-manifest.tsv"));
    List<String> revised = ids(manifest, "revised");
    List<String> added = ids(manifest, "new");
    List<String> deleted = ids(manifest, "deleted");
    assertThat(revised).hasSize(5).doesNotContainAnyElementsOf(deleted);
    assertThat(added).containsExactly("pmid:900000100", "pmid:900000101", "pmid:900000102", "pmid:900000103");
    assertThat(update.documents).extracting(Document::docId).containsExactlyElementsOf(
        java.util.stream.Stream.concat(revised.stream(), added.stream()).toList());
    assertThat(update.deleted).containsExactlyElementsOf(deleted).hasSize(3);
    List<String> baseline = read(out.resolve("synthetic-pubmed26n0001.xml.gz")).documents.stream()
        .map(Document::docId).toList();
    assertThat(baseline).containsAll(revised).containsAll(deleted);
  }

  private static List<String> ids(List<String> manifest, String kind) {
    return manifest.stream().filter(line -> line.startsWith(kind + "\t")).map(line -> "pmid:" + line.split("\t")[1])
        .toList();
  }

  private static String text(Path gz) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Collected read(Path file) throws Exception {
    return Collected.read(new MedlineReader(), file);
  }
}
