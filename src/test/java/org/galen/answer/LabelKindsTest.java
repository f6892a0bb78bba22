package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.DocumentVersion;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.galen.source.SplReader;
import org.junit.jupiter.api.Test;

/** Whose use a cited label is for, in its reference, and the note when both kinds are cited. */
class LabelKindsTest {
  @Test
  void prescriptionAndOtcLabelsCitedTogetherGetANoteSayingWhichIsWhich() {
    Map<Integer, Document> cited = new LinkedHashMap<>();
    cited.put(1, label("spl:rx", "prescription"));
    cited.put(2, guideline());
    cited.put(3, label("spl:otc", "otc"));
    cited.put(4, label("spl:rx2", "prescription"));

    Optional<Note> note = LabelKinds.differing(cited);
    assertThat(note).hasValueSatisfying(n -> {
      assertThat(n.kind()).isEqualTo("labels");
      assertThat(n.text()).contains("[1][4] are prescription labels, [3] an OTC (Drug Facts) label");
      assertThat(n.citations()).containsExactly(1, 3, 4);
    });
    cited.remove(3);
    assertThat(LabelKinds.differing(cited)).as("one kind only").isEmpty();
  }

  @Test
  void aLabelsReferenceSaysItsKindBeforeItsVersion() {
    assertThat(Reference.of(1, label("spl:otc", "otc")).source())
        .isEqualTo("Acme Labs, OTC (Drug Facts) label, effective 2020-01-02");
    assertThat(Reference.of(1, guideline()).source()).isEqualTo("NSTG");
  }

  private static Document label(String docId, String type) {
    return new DocumentBuilder(docId, "dailymed").title("Naproxen tablets").kind(SourceKind.LABEL, EvidenceLevel.LABEL)
        .journal("Acme Labs").property(SplReader.LABEL_TYPE, type).property(DocumentVersion.EFFECTIVE, "2020-01-02")
        .section("Dosage and administration", "Take 1 tablet.").build();
  }

  private static Document guideline() {
    return new DocumentBuilder("nstg:x", "nstg").title("Pain").kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE)
        .journal("NSTG").section("Treatment", "Rest.").build();
  }
}
