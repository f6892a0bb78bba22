package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NstgReaderTest {
  private final NstgReader reader = new NstgReader();

  @Test
  void keepsTheGuidelinePartsAsSectionsWithDosesVerbatim() throws Exception {
    Path file = SharedData.require("corpus/nstg/processed_json/ACUTE OTITIS MEDIA.json");
    Document guideline = Collected.read(reader, file).byId("nstg:acute-otitis-media");

    assertThat(guideline.title()).isEqualTo("Acute Otitis Media");
    assertThat(guideline.sourceKind()).isEqualTo(SourceKind.GUIDELINE);
    assertThat(guideline.evidenceLevel()).isEqualTo(EvidenceLevel.GUIDELINE);
    assertThat(guideline.year()).contains(2022);
    assertThat(guideline.properties()).containsEntry("edition", "NSTG 2022").containsEntry("country", "Nigeria");
    assertThat(guideline.sections()).extracting(Section::title).containsExactly("Introduction", "Clinical features",
        "Investigations", "Treatment goals", "Non-drug treatment", "Drug treatment", "Supportive measures",
        "Adverse reactions and cautions", "Differential diagnoses", "Complications", "Prevention");
    Section drugs = guideline.sections().get(5);
    assertThat(guideline.sectionText(drugs)).contains("Amoxicillin - Adult: 500 mg -1 g orally 8 hourly for 5 - 7 days");
  }

  @Test
  void idsComeFromFileNamesBecauseConditionSlugsRepeat() throws Exception {
    Path folder = SharedData.require("corpus/nstg/processed_json");
    Collected collected = new Collected();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        reader.read(file, collected);
      }
    }
    assertThat(collected.documents).hasSize(270);
    assertThat(collected.documents.stream().map(Document::docId).distinct()).hasSize(270);
    assertThat(collected.byId("nstg:cellulitis-2").text()).isNotEqualTo(collected.byId("nstg:cellulitis").text());
  }

  @Test
  void truncatedJsonIsMalformedWithItsPosition(@TempDir Path temp) throws Exception {
    Path source = SharedData.require("corpus/nstg/processed_json/ACUTE OTITIS MEDIA.json");
    String json = Files.readString(source);
    Path broken = temp.resolve("BROKEN.json");
    Files.writeString(broken, json.substring(0, json.length() / 2));

    assertThat(reader.canRead(FileHead.of(broken))).isTrue();
    assertThatThrownBy(() -> reader.read(broken, new Collected()))
        .isInstanceOf(MalformedSourceException.class).hasMessageContaining("invalid JSON").hasMessageContaining("line");
  }
}
