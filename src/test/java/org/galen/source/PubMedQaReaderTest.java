package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;

class PubMedQaReaderTest {
  @Test
  void readsAllAbstractsWithTheConclusionAsTheLastSection() throws Exception {
    Path file = SharedData.require("corpus/pubmedqa/ori_pqal.json");
    PubMedQaReader reader = new PubMedQaReader();
    assertThat(reader.canRead(FileHead.of(file))).isTrue();
    Collected collected = Collected.read(reader, file);

    assertThat(collected.documents).hasSize(1000);
    Document first = collected.byId("pmid:21645374");
    assertThat(first.sourceId()).isEqualTo("21645374");
    assertThat(first.title()).startsWith("Do mitochondria play a role in remodelling lace plant leaves");
    assertThat(first.sections()).extracting(Section::title).containsExactly("BACKGROUND", "RESULTS", "CONCLUSIONS");
    assertThat(first.sectionText(first.sections().get(2))).startsWith("Results depicted mitochondrial dynamics");
    assertThat(first.year()).contains(2011);
    assertThat(first.journal()).isEmpty();
    assertThat(first.evidenceLevel()).isEqualTo(EvidenceLevel.UNKNOWN);
    assertThat(collected.documents.stream().filter(d -> d.year().isEmpty())).hasSize(58);
  }
}
