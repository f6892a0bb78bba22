package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.ConceptVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A label's brand and generic names join the drug vocabulary, so a question by brand names the drug. */
class LabelDrugsTest {
  @TempDir
  Path directory;

  private static Document label(String setId, String generic, String brand) {
    return new DocumentBuilder("spl:" + setId, "dailymed").title(generic).section("Dosage and administration",
        "Take one tablet every 8 to 12 hours.").kind(SourceKind.LABEL, EvidenceLevel.LABEL)
        .property(LabelDrugs.GENERIC, generic).property(LabelDrugs.BRAND, brand).build();
  }

  @Test
  void aBrandJoinsTheDrugBankEntryOfItsGenericAndAnUnknownGenericIsADrugOfItsOwn() throws Exception {
    Files.writeString(directory.resolve(VocabularyFiles.DRUGBANK), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB00788,APRD00396,Naproxen,22204-53-1,57Y76R9ATQ,Naproxen | Naproxen sodium,X"));
    LabelDrugs.keep(directory, List.of(LabelDrugs.of(label("a1", "Naproxen Sodium", "Aleve")).orElseThrow(),
        LabelDrugs.of(label("b2", "Zorbafen", "Zorba; Zorba Max")).orElseThrow()));

    ConceptVocabulary vocabulary = ConceptVocabulary.load(directory);
    assertThat(vocabulary.mentionsIn("max daily dose of Aleve?")).extracting(m -> m.concept().name())
        .containsExactly("Naproxen");
    assertThat(vocabulary.mentionsIn("is Zorba Max safe in pregnancy")).extracting(m -> m.concept().name())
        .containsExactly("Zorbafen");
  }

  @Test
  void storingALabelAgainRewritesItsRowAndKeepsTheOthers() throws Exception {
    LabelDrugs.keep(directory, List.of(LabelDrugs.of(label("a1", "Naproxen Sodium", "Aleve")).orElseThrow(),
        LabelDrugs.of(label("b2", "Ibuprofen", "Advil")).orElseThrow()));
    LabelDrugs.keep(directory, List.of(LabelDrugs.of(label("a1", "Naproxen Sodium", "Aleve; Aleve Arthritis"))
        .orElseThrow()));
    assertThat(LabelDrugs.read(directory.resolve(LabelDrugs.FILE))).containsExactly(
        new LabelDrugs.Names("spl:a1", List.of("Naproxen Sodium"), List.of("Aleve", "Aleve Arthritis")),
        new LabelDrugs.Names("spl:b2", List.of("Ibuprofen"), List.of("Advil")));
  }

  @Test
  void onlyLabelsNameDrugs() {
    Document page = new DocumentBuilder("medquad:x", "medquad").title("Gout").section("information", "Gout.")
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).property(LabelDrugs.GENERIC, "Colchicine").build();
    assertThat(LabelDrugs.of(page)).isEmpty();
  }
}
