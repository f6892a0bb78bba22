package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.galen.source.ClinicalVocabulary;
import org.galen.source.DrugBankVocabulary;
import org.junit.jupiter.api.Test;

class DrugDictionaryTest {
  private static final DrugDictionary DRUGS = DrugDictionary.of(new ClinicalVocabulary(List.of(
      new DrugBankVocabulary.Entry("DB00118", "Ademetionine", List.of("SAMe", "S-adenosylmethionine")),
      new DrugBankVocabulary.Entry("DB00999", "Hydrochlorothiazide", List.of("HCTZ")),
      new DrugBankVocabulary.Entry("DB00316", "Acetaminophen", List.of("Paracetamol")),
      new DrugBankVocabulary.Entry("DB00025", "Antihemophilic factor", List.of("Factor VIII"))), List.of(), Map.of()));

  @Test
  void aNameWithCapitalsInsideIsADrugOnlyAsWritten() {
    assertThat(DRUGS.drugsIn("Give quinine at the same mg/kg dose")).isEmpty();
    assertThat(DRUGS.drugsIn("Same as for gonococcal infection")).isEmpty();
    assertThat(DRUGS.drugsIn("SAMe 400 mg orally twice daily")).extracting(DrugDictionary.Drug::name)
        .containsExactly("Ademetionine");
    assertThat(DRUGS.drugsIn("hctz is no way to write it; HCTZ 25 mg daily is")).extracting(DrugDictionary.Drug::name)
        .containsExactly("Hydrochlorothiazide");
  }

  @Test
  void onlyTheCapitalsInARowMustBeAsWritten() {
    assertThat(DRUGS.drugsIn("Give factor VIII before surgery")).extracting(DrugDictionary.Drug::name)
        .containsExactly("Antihemophilic factor");
    assertThat(DRUGS.drugsIn("the factor viii level")).isEmpty();
  }

  @Test
  void anyOtherNameIsADrugInAnyCase() {
    assertThat(DRUGS.drugsIn("PARACETAMOL 1 g, or paracetamol 500 mg, or s-adenosylmethionine"))
        .extracting(DrugDictionary.Drug::name).containsExactly("Acetaminophen", "Ademetionine");
  }
}
