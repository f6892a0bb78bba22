package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

class SectionClassifierTest {
  @Test
  void aLabelsPartDecidesItsSectionNotTheWordsOfItsHeading() {
    assertThat(SectionClassifier.classify("Dosage and administration: 2.6 Patients with Renal Impairment",
        SourceKind.LABEL, EvidenceLevel.LABEL)).contains(SectionKind.MEDICATIONS);
    assertThat(SectionClassifier.classify("Overdosage", SourceKind.LABEL, EvidenceLevel.LABEL))
        .as("an overdose is a caution, though its heading holds \"dosage\"").contains(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.classify("Drug interactions: Table 5", SourceKind.LABEL, EvidenceLevel.LABEL))
        .contains(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.classify("Clinical pharmacology: 12.3 Pharmacokinetics", SourceKind.LABEL,
        EvidenceLevel.LABEL)).as("searchable, never quoted").isEmpty();
    assertThat(SectionClassifier.classify("Clinical pharmacology", SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE))
        .as("a guideline's heading is read by its words").contains(SectionKind.MEDICATIONS);
  }
}
