package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
  @Test
  void strongestPublicationTypeDecidesTheEvidenceLevel() {
    assertThat(EvidenceLevel.fromPublicationTypes(List.of("Journal Article", "Randomized Controlled Trial", "Review")))
        .isEqualTo(EvidenceLevel.RANDOMIZED_TRIAL);
    assertThat(EvidenceLevel.fromPublicationTypes(List.of("Meta-Analysis", "Journal Article")))
        .isEqualTo(EvidenceLevel.SYSTEMATIC_REVIEW);
    assertThat(EvidenceLevel.fromPublicationTypes(List.of("Case Reports"))).isEqualTo(EvidenceLevel.CASE_REPORT);
    assertThat(EvidenceLevel.fromPublicationTypes(List.of("Journal Article"))).isEqualTo(EvidenceLevel.UNKNOWN);
    assertThat(EvidenceLevel.fromPublicationTypes(List.of())).isEqualTo(EvidenceLevel.UNKNOWN);
  }

  @Test
  void slugsAreSafeInUrlsAndFileNames() {
    assertThat(DocIds.slug("HEPATOCELLULAR CARCINOMA (HCC)")).isEqualTo("hepatocellular-carcinoma-hcc");
    assertThat(DocIds.slug("CELLULITIS_2")).isEqualTo("cellulitis-2");
    assertThat(DocIds.slug("Café au lait")).isEqualTo("cafe-au-lait");
    assertThat(DocIds.of("medquad", "GARD-0004375-1")).isEqualTo("medquad:GARD-0004375-1");
    assertThat(DocIds.isSafe(DocIds.of("local", "/home/me/my protocol.md"))).isTrue();
  }

  @Test
  void builderComputesSectionOffsetsIntoTheText() {
    Document document = new DocumentBuilder("x:1", "test")
        .section("A", "  first   part \n\n\n second line ")
        .section("Empty", "   ")
        .section("B", "third")
        .build();
    assertThat(document.text()).isEqualTo("first part\n\nsecond line\n\nthird");
    assertThat(document.sections()).hasSize(2);
    assertThat(document.sectionText(document.sections().get(0))).isEqualTo("first part\n\nsecond line");
    assertThat(document.sectionText(document.sections().get(1))).isEqualTo("third");
  }
}
