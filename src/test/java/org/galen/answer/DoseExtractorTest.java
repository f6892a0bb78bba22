package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Dose lines as NSTG 2022 writes them (typos and all), against the real DrugBank vocabulary. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoseExtractorTest {
  private DoseExtractor extractor;

  @BeforeAll
  void loadDrugBank() throws Exception {
    Path vocabulary = SharedData.require("vocab");
    extractor = new DoseExtractor(DrugDictionary.load(vocabulary));
  }

  private List<Dose> doses(String sentence) {
    return extractor.extract(sentence, new SourceSpan("nstg:x", 0, sentence.length()), 1);
  }

  @Test
  void readsEveryFieldVerbatimAndNormalisesTheDrugToDrugBank() {
    List<Dose> doses = doses("Metronidazole - Adult: 200 mg orally every 8 hours for 3 - 7 days");
    assertThat(doses).singleElement().satisfies(dose -> {
      assertThat(dose.drug()).isEqualTo("Metronidazole");
      assertThat(dose.drugbankId()).isEqualTo("DB00916");
      assertThat(dose.amount()).isEqualTo("200");
      assertThat(dose.unit()).isEqualTo("mg");
      assertThat(dose.route()).isEqualTo("orally");
      assertThat(dose.frequency()).isEqualTo("every 8 hours");
      assertThat(dose.duration()).isEqualTo("for 3 - 7 days");
      assertThat(dose.population()).isEqualTo("Adult");
      assertThat(dose.citation()).isEqualTo(1);
    });
    assertThat(doses("Paracetamol - 6 - 12 years: 250-500 mg")).singleElement()
        .satisfies(dose -> assertThat(dose.drug()).isEqualTo("Acetaminophen"));
  }

  @Test
  void aRangeWhoseEndsHaveDifferentUnitsIsKeptWholeNeverCutToItsFirstNumber() {
    assertThat(doses("Amoxicillin - Adult: 500mg – 1 g orally every 8 hours for 5 – 7 days")).singleElement()
        .satisfies(dose -> {
          assertThat(dose.amount()).isEqualTo("500mg – 1 g");
          assertThat(dose.unit()).isEmpty();
        });
  }

  @Test
  void eachPopulationSegmentIsItsOwnDoseOfTheSameDrug() {
    List<Dose> doses = doses("Cloxacillin - Adult: 500 mg orally every 6 hours for 5 - 7 days; Child under 5 years: "
        + "125 mg orally every 6 hours for 5-7 days; 5 - 10 years: 250 mg orally every 6 hours for 5-7 days");
    assertThat(doses).extracting(Dose::drug).containsOnly("Cloxacillin");
    assertThat(doses).extracting(Dose::amount).containsExactly("500", "125", "250");
    assertThat(doses).extracting(Dose::population).containsExactly("Adult", "Child under 5 years", "5 - 10 years");
  }

  @Test
  void theDrugIsTheOneNamedNearestBeforeTheAmount() {
    assertThat(doses("Calcium channel blockers (e.g. tabs nifedipine 10-20 mg daily as tolerated)")).singleElement()
        .satisfies(dose -> assertThat(dose.drug()).isEqualTo("Nifedipine"));
    assertThat(doses("Metronidazole - Child: 1 month – 12 years: 7.5 mg/kg (maximum 400 mg) every 8 hours"))
        .singleElement().satisfies(dose -> {
          assertThat(dose.unit()).isEqualTo("mg/kg");
          assertThat(dose.population()).isEqualTo("Child: 1 month – 12 years");
        });
  }

  @Test
  void whatCannotBeReadCleanlyYieldsNoDose() {
    assertThat(doses("Inhaled corticosteroids: Fluticasone 50, 100, 125, 250 μg every 12 hours")).isEmpty();
    assertThat(doses("Paracetamol - Child over 50 kg: same as adult dosing")).isEmpty();
    assertThat(doses("Antibiotics")).isEmpty();
  }
}
