package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedQuadReaderTest {
  private final MedQuadReader reader = new MedQuadReader();

  @Test
  void readsTheDocumentLayoutWithFocusSynonymsAndSourceIdAsMedQuadJudgesIt() throws Exception {
    Path file = SharedData.require("corpus/medquad/2_GARD_QA/0000093.xml");
    Collected collected = Collected.read(reader, file);

    Document first = collected.documents.get(0);
    assertThat(first.docId()).startsWith("medquad:GARD-0000093-");
    assertThat(first.sourceId()).matches("GARD_0000093_Sec\\d+");
    assertThat(first.sourceKind()).isEqualTo(SourceKind.REFERENCE);
    assertThat(first.evidenceLevel()).isEqualTo(EvidenceLevel.REFERENCE);
    assertThat(first.focus()).contains("Acromesomelic dysplasia");
    assertThat(first.properties()).containsKey("questionType");
    assertThat(first.url()).startsWith("http");
  }

  @Test
  void readsTheOlderNindsDocLayout() throws Exception {
    Path file = SharedData.require("corpus/medquad/6_NINDS_QA/0000007.xml");
    Collected collected = Collected.read(reader, file);

    assertThat(collected.documents).isNotEmpty();
    Document first = collected.byId("medquad:NINDS-0000007-1");
    assertThat(first.title()).isEqualTo("what is holmes-adie syndrome ?");
    assertThat(first.text()).startsWith("Holmes-Adie syndrome (HAS) is a neurological disorder");
    assertThat(first.focus()).containsExactly("Holmes-Adie");
  }

  @Test
  void readsTheCdcDiseaseFileLayout() throws Exception {
    Path file = SharedData.require("corpus/medquad/9_CDC_QA/0000397.xml");
    Collected collected = Collected.read(reader, file);

    assertThat(collected.documents).hasSize(5);
    assertThat(collected.byId("medquad:CDC-0000397-1").text()).startsWith("Taeniasis in humans is a parasitic infection");
    assertThat(collected.byId("medquad:CDC-0000397-1").focus()).as("the site's section is no name of the topic")
        .containsExactly("Taeniasis");
  }

  @Test
  void aCdcFocusNamesItsTopicLastAfterTheSectionsItIsFiledUnder(@TempDir Path temp) throws Exception {
    Path lice = temp.resolve("0000001.xml");
    Files.writeString(lice, cdcPage("http://www.cdc.gov/parasites/lice/head/", "Parasites - Lice - Head Lice"));
    assertThat(Collected.read(reader, lice).documents.get(0).focus()).containsExactly("Head Lice", "Lice");
    Path whipworm = temp.resolve("0000002.xml");
    Files.writeString(whipworm, cdcPage("http://www.cdc.gov/parasites/whipworm/",
        "Parasites - Trichuriasis (also known as Whipworm Infection)"));
    assertThat(Collected.read(reader, whipworm).documents.get(0).focus())
        .containsExactly("Trichuriasis", "Whipworm Infection");
    Path pubic = temp.resolve("0000004.xml");
    Files.writeString(pubic, cdcPage("http://www.cdc.gov/parasites/lice/pubic/",
        "Parasites - Lice -  - Pubic &quot;Crab&quot; Lice"));
    assertThat(Collected.read(reader, pubic).documents.get(0).focus()).as("a nickname's two names; no empty name")
        .containsExactly("Pubic \"Crab\" Lice", "Pubic Lice", "Crab Lice", "Lice");
    Path syndrome = temp.resolve("0000003.xml");
    Files.writeString(syndrome, cdcPage("https://rarediseases.info.nih.gov/gard/1/ventricular",
        "Ventricular extrasystoles - perodactyly - Robin sequence"));
    assertThat(Collected.read(reader, syndrome).documents.get(0).focus()).as("a name with hyphens, no section's path")
        .containsExactly("Ventricular extrasystoles - perodactyly - Robin sequence");
  }

  private static String cdcPage(String url, String focus) {
    return "<DiseaseFile fid=\"1\" source=\"CDC\" url=\"" + url + "\"><Focus>" + focus + "</Focus><QAPairs>"
        + "<QAPair pid=\"1\"><Question qid=\"1-1\" qtype=\"information\">What is it?</Question>"
        + "<Answer>A parasite of people.</Answer></QAPair></QAPairs></DiseaseFile>";
  }

  @Test
  void everyAnsweredPairOfTheWholeCollectionBecomesOneDocumentWithAUniqueId() throws Exception {
    Path folder = SharedData.require("corpus/medquad");
    Collected collected = new Collected();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        reader.read(file, collected);
      }
    }
    assertThat(collected.documents).hasSize(16_423);
    Set<String> ids = new HashSet<>();
    collected.documents.forEach(d -> ids.add(d.docId()));
    assertThat(ids).hasSize(16_423);
  }

  @Test
  void fileWithoutQuestionAnswerPairsIsMalformed(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("0000001.xml");
    Files.writeString(file, "<Document id=\"1\" source=\"GARD\"><Focus>X</Focus></Document>");
    assertThatThrownBy(() -> reader.read(file, new Collected()))
        .isInstanceOf(MalformedSourceException.class).hasMessageContaining("QAPairs");
  }
}
