package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
  void aCombinationByItsBritishNameIsTheDrugOfItsLineWithNoIngredientsDrugBankId() {
    List<Dose> doses = doses("Co-trimoxazole - Adult: 960 mg orally every 12 hours for 5 days");
    assertThat(doses).singleElement().satisfies(dose -> {
      assertThat(dose.drug()).isEqualTo("co-trimoxazole");
      assertThat(dose.drugbankId()).isEmpty();
      assertThat(dose.amount()).isEqualTo("960");
      assertThat(dose.frequency()).isEqualTo("every 12 hours");
    });
  }

  @Test
  void anAmountOfAPreparationNamingItsOwnDrugIsNoDoseOfTheDrugAbove() {
    String line = "10 mL of 2% chlorhexidine gluconate solution for mouth wash three times daily";
    List<Dose> doses = extractor.extract(line, Optional.of(new DrugDictionary.Drug("Amoxicillin", "DB01060")),
        new SourceSpan("nstg:x", 0, line.length()), 1);
    assertThat(doses).isEmpty();
    // Nor is an amount after it on the line the drug above's.
    String then = "10 mL of 2% chlorhexidine gluconate solution; then 5 mL twice daily";
    assertThat(extractor.extract(then, Optional.of(new DrugDictionary.Drug("Amoxicillin", "DB01060")),
        new SourceSpan("nstg:x", 0, then.length()), 1)).isEmpty();
    // The same drug as above, named after its amount, is still that drug's dose.
    String same = "In children, 3 mg/kg of elemental zinc daily";
    assertThat(extractor.extract(same, Optional.of(new DrugDictionary.Drug("Zinc", "DB01593")),
        new SourceSpan("nstg:x", 0, same.length()), 1)).extracting(Dose::drug, Dose::amount)
        .containsExactly(tuple("Zinc", "3"));
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
  void countsListedWithACommaAndOrAreOneFrequencyAndACeilingInTwoMeasuresIsOneMaximum() {
    assertThat(doses("Flurbiprofen 200 mg per day, divided for administration two, three, or four times a day"))
        .singleElement().satisfies(dose -> assertThat(dose.frequency()).isEqualTo("two, three, or four times a day"));
    assertThat(doses("The maximum daily dose of aspirin should not exceed 4 grams or 12 tablets."))
        .singleElement().satisfies(dose -> assertThat(dose.maximum()).endsWith("4 grams or 12 tablets"));
  }

  @Test
  void aVolumeToDiluteInAndAStepToRaiseTheDoseByAreNoDoses() {
    assertThat(doses("Quinine in children under 20 kg: dilute in 60 mL of glucose 5%.")).isEmpty();
    assertThat(doses("Phenytoin - Adult: 150 mg daily; increase by 50 mg every 2 weeks")).singleElement()
        .satisfies(dose -> assertThat(dose.amount()).isEqualTo("150"));
    assertThat(doses("Carbamazepine - Child: 5 mg/kg at night, increased as necessary by 2.5 mg/kg every week"))
        .singleElement().satisfies(dose -> assertThat(dose.amount()).isEqualTo("5"));
  }

  @Test
  void eachDrugOfAListWithItsOwnAmountIsADoseOfItsOwnAndTheCombinationsSecondPartIsNot() {
    assertThat(doses("ACE inhibitors: Captopril (6.25 - 12.5 mg daily), lisinopril (2.5 - 10 mg daily)"))
        .extracting(Dose::drug, Dose::amount, Dose::frequency)
        .containsExactly(tuple("Captopril", "6.25 - 12.5", "daily"), tuple("Lisinopril", "2.5 - 10", "daily"));
    assertThat(doses("High risk - Adult: 1 g amoxicillin plus 120 mg gentamicin intravenously at induction"))
        .extracting(Dose::drug, Dose::amount, Dose::population)
        .containsExactly(tuple("Amoxicillin", "1", "Adult"), tuple("Gentamicin", "120", "Adult"));
    assertThat(doses("Artemether 20 mg/lumefantrine 120 mg tablets: 4 tablets twice daily for 3 days"))
        .extracting(Dose::drug).doesNotContain("Lumefantrine");
  }

  @Test
  void aFurtherDrugIsOnlyOneListedWithItsOwnAmountNeverADiluentADrugInPassingOrARestatedAmount() {
    assertThat(doses("Aspirin 300 mg stat, or if taking warfarin, 75 mg daily")).extracting(Dose::drug)
        .containsExactly("Acetylsalicylic acid");
    assertThat(doses("Ceftriaxone 1 g IM, dissolved in 3.5 mL of lidocaine 1%")).extracting(Dose::drug)
        .containsExactly("Ceftriaxone");
    assertThat(doses("Vancomycin 1 g in 250 mL sodium chloride 0.9% over 2 hours")).extracting(Dose::drug)
        .containsExactly("Vancomycin");
    assertThat(doses("Calcium carbonate 1.25 g (equivalent to 500 mg calcium) twice daily")).hasSize(1);
  }

  @Test
  void aFurtherDrugTakesItsOwnRouteAndWhomTheLineNamesBeforeItAndTheNextLineKeepsTheFirstDrug() {
    assertThat(doses("Ceftriaxone 1 g IV daily until afebrile then oral amoxicillin 500 mg 8 hourly"))
        .extracting(Dose::drug, Dose::route).containsExactly(tuple("Ceftriaxone", "IV"), tuple("Amoxicillin", "oral"));
    assertThat(doses("Amoxicillin - Adult: 1 g orally 8 hourly, Child: 25 mg/kg 8 hourly, or erythromycin 12.5 "
        + "mg/kg 6 hourly")).filteredOn(dose -> dose.drug().equals("Erythromycin")).singleElement()
        .satisfies(dose -> assertThat(dose.population()).isEqualTo("Child"));
    assertThat(doses("Paracetamol 1 g 6 hourly, with codeine 30 mg if needed; Child: 15 mg/kg 6 hourly"))
        .extracting(Dose::drug, Dose::amount)
        .containsExactly(tuple("Acetaminophen", "1"), tuple("Codeine", "30"), tuple("Acetaminophen", "15"));
  }

  @Test
  void aNumberWhoseUnitCannotBeReadIsNoAmountAndTheLineIsKept() {
    assertThat(doses("Trimethoprim 160 mg/sulfamethoxazole 800 mg orally every 12 hours")).singleElement()
        .satisfies(dose -> {
          assertThat(dose.drug()).isEqualTo("Trimethoprim");
          assertThat(dose.amount()).isEmpty();
          assertThat(dose.unit()).isEmpty();
          assertThat(dose.text()).contains("160 mg/sulfamethoxazole 800 mg");
        });
  }

  @Test
  void aPopulationKeepsTheBracketItOpensAndLeavesOneOpenedBeforeIt() {
    assertThat(doses("Child (2 - 12 years): initially 250 mg of valproate orally twice daily")).singleElement()
        .satisfies(dose -> assertThat(dose.population()).isEqualTo("Child (2 - 12 years)"));
    assertThat(doses("Carbimazole (preferred in pregnancy): Adult 15 mg orally daily")).singleElement()
        .satisfies(dose -> assertThat(dose.population()).isEqualTo("Adult"));
    // A bracket the source itself leaves open is quoted as written, never dropped with the population.
    assertThat(doses("Amoxicillin oral, Child (1 - 11 months: 62.5 mg 8 hourly")).singleElement()
        .satisfies(dose -> assertThat(dose.population()).isEqualTo("Child (1 - 11 months"));
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
  void amountsToChooseFromAreKeptWholeNeverCutToTheFirst() {
    assertThat(doses("Sertraline: the recommended dose is 25 mg, 50 mg, or 100 mg orally once daily"))
        .singleElement().satisfies(dose -> {
          assertThat(dose.amount()).isEqualTo("25 mg, 50 mg, or 100 mg");
          assertThat(dose.frequency()).isEqualTo("once daily");
        });
    assertThat(doses("Sertraline 25 mg or 50 mg or 100 mg at night")).singleElement()
        .satisfies(dose -> assertThat(dose.amount()).isEqualTo("25 mg or 50 mg or 100 mg"));
    assertThat(Amounts.statesDose("Sertraline: 25 mg, 50 mg, or 100 mg once daily")).as("a choice states a dose").isTrue();
    // Amounts of different units are for different people or measures: two, never one choice.
    assertThat(doses("Ceftriaxone 2 g, or 50 mg/kg for children, intravenously once daily"))
        .extracting(Dose::amount).first().isEqualTo("2");
    // A volume to choose from is what the dose is given in, never a dose of the diluent.
    assertThat(doses("Ceftriaxone 2 g in 100 mL or 250 mL sodium chloride 0.9% intravenously once daily"))
        .extracting(Dose::drug).doesNotContain("sodium chloride");
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

  @Test
  void aFrequencyKeepsItsMultiplierAndItsAlternatives() {
    assertThat(frequency("Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days")).isEqualTo("five times daily");
    assertThat(frequency("Pregabalin: start with 75 mg twice or thrice daily, gradually increase dose"))
        .isEqualTo("twice or thrice daily");
    assertThat(frequency("Salbutamol - Adult: 1 – 2 puffs (100 – 200 μg) 3 – 4 times daily")).isEqualTo("3 – 4 times daily");
    assertThat(frequency("Clindamycin - Neonate Under 14 days 3-6 mg/kg 3 times daily")).isEqualTo("3 times daily");
    assertThat(frequency("NSAIDs at higher doses above normal e.g: Naproxen: 500mg 2-3 times daily"))
        .isEqualTo("2-3 times daily");
    assertThat(frequency("Albendazole - Child over 2 years: 400 mg once or twice daily for 3 days"))
        .isEqualTo("once or twice daily");
    assertThat(frequency("Centrally acting drugs: Alpha methyldopa: 250 - 500 mg orally twice, three or four times daily"))
        .isEqualTo("twice, three or four times daily");
    assertThat(frequency("Captopril: 6.25 - 50 mg orally once or every 8 - 12 hours")).isEqualTo("once or every 8 - 12 hours");
    assertThat(frequency("Metronidazole 400 mg orally 8 hourly")).isEqualTo("8 hourly");
    assertThat(frequency("Azithromycin 1 g orally stat")).isEqualTo("stat");
    assertThat(frequency("Bisacodyl suppositories 10 mg at night")).isEqualTo("at night");
    assertThat(frequency("Orlistat 120 mg with each meal")).isEqualTo("with each meal");
    assertThat(frequency("Tabs methotrexate 10 - 25 mg once weekly")).isEqualTo("once weekly");
    assertThat(frequency("Chlorpheniramine 6 - 12 years 2 mg orally q4 - 6 hr")).isEqualTo("q4 - 6 hr");
  }

  @Test
  void aUnitKeepsItsDenominatorAndARangeBothItsEnds() {
    assertThat(doses("IV cyclophosphamide 500 - 750 mg/m2")).singleElement()
        .satisfies(dose -> assertThat(dose.amount() + "|" + dose.unit()).isEqualTo("500 - 750|mg/m2"));
    assertThat(doses("Vincristine 1.4 mg/m2")).singleElement()
        .satisfies(dose -> assertThat(dose.unit()).isEqualTo("mg/m2"));
    assertThat(doses("Dopamine 2 - 5 micrograms/kg/minute by intravenous infusion")).singleElement()
        .satisfies(dose -> assertThat(dose.unit()).isEqualTo("micrograms/kg/minute"));
    assertThat(doses("Iron sucrose 20 mg/mL solution")).singleElement()
        .satisfies(dose -> assertThat(dose.unit()).isEqualTo("mg/mL"));
    assertThat(doses("Antiplatelet: Low-dose aspirin 81 to 325 mg/day")).singleElement()
        .satisfies(dose -> assertThat(dose.amount() + "|" + dose.unit()).isEqualTo("81 to 325|mg/day"));
    assertThat(doses("Haloperidol 1.5 to 3 mg orally 2 - 3 times daily")).singleElement()
        .satisfies(dose -> assertThat(dose.amount()).isEqualTo("1.5 to 3"));
    assertThat(doses("Paracetamol dose: Adults: 1 g three times daily; Child: 1 - 5 years 120 - 250 mg; 6 - 12 years 250 - "
        + "500 mg")).extracting(Dose::population, Dose::amount).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Adults", "1"),
            org.assertj.core.groups.Tuple.tuple("Child: 1 - 5 years", "120 - 250"),
            org.assertj.core.groups.Tuple.tuple("6 - 12 years", "250 - 500"));
    // A unit whose denominator this reader does not know is left empty, never cut to "mg".
    assertThat(doses("Amoxicillin suspension 125 mg/5 mL")).singleElement().satisfies(dose -> assertThat(dose.unit()).isEmpty());
    // Written for the test: a denominator in words is read whole, or the unit is left empty.
    assertThat(doses("Gentamicin: an initial dose of 5 mg per kilogram intravenously")).singleElement()
        .satisfies(dose -> assertThat(dose.unit()).isEqualTo("mg per kilogram"));
    assertThat(doses("Mupirocin ointment 20 mg per gram applied twice daily")).singleElement()
        .satisfies(dose -> assertThat(dose.unit()).isEmpty());
    assertThat(doses("Amoxicillin suspension 125 mg per 5 mL three times daily")).singleElement()
        .satisfies(dose -> assertThat(dose.unit()).isEmpty());
    // A route said in Latin is where the dose goes, not what its unit is per.
    assertThat(doses("Metronidazole 1 g per rectum every 8 hours")).singleElement().satisfies(dose -> {
      assertThat(dose.unit()).isEqualTo("g");
      assertThat(dose.route()).isEqualTo("per rectum");
      assertThat(dose.frequency()).isEqualTo("every 8 hours");
    });
  }

  @Test
  void aLimitSaidInOtherWordsBeforeTheAmountIsNoDose() {
    // Written for the test in a label's manner: the amount is the most that may be given, and its
    // lead words are not next to it, so it is neither the dose nor a maximum read whole.
    assertThat(doses("The maximum recommended daily dose of metronidazole in adults is 4000 mg.")).isEmpty();
    assertThat(doses("With a strong inhibitor, the daily dose of metronidazole should not exceed the lowest dose, 200 mg."))
        .isEmpty();
    assertThat(doses("In adults, metronidazole should be limited to 500 mg per day.")).isEmpty();
    // The limit after the dose is its maximum; the dose stays.
    assertThat(doses("Metronidazole - Adult: 200 mg orally every 8 hours; maximum 4 g daily")).singleElement()
        .satisfies(dose -> assertThat(dose.amount()).isEqualTo("200"));
  }

  @Test
  void aCeilingIsTheDosesMaximumNeverTheDose() {
    assertThat(doses("Chlorpheniramine - Adult: 4 mg orally 4 - 6 hourly; maximum 24 mg daily")).singleElement()
        .satisfies(dose -> {
          assertThat(dose.amount()).isEqualTo("4");
          assertThat(dose.frequency()).isEqualTo("4 - 6 hourly");
          assertThat(dose.maximum()).isEqualTo("maximum 24 mg daily");
        });
    // Written for the test: what the ceiling is per, in words, is part of it.
    assertThat(doses("Sumatriptan - Adult: 50 mg orally; maximum 300 mg per attack")).singleElement()
        .satisfies(dose -> assertThat(dose.maximum()).isEqualTo("maximum 300 mg per attack"));
    assertThat(doses("Atropine - Child: 0.02 mg/kg; maximum 0.1 mg per year of age")).singleElement()
        .satisfies(dose -> assertThat(dose.maximum()).isEqualTo("maximum 0.1 mg per year of age"));
    assertThat(doses("Simple analgesics such as paracetamol up to 1 g three times daily")).singleElement()
        .satisfies(dose -> {
          assertThat(dose.amount()).isEmpty();
          assertThat(dose.maximum()).isEqualTo("up to 1 g");
          assertThat(dose.frequency()).isEqualTo("three times daily");
        });
    assertThat(doses("Clindamycin - Adult: 150 - 300 mg every 6 hours; up to 450 mg every 6 hours in severe infections"))
        .singleElement().satisfies(dose -> {
          assertThat(dose.amount()).isEqualTo("150 - 300");
          assertThat(dose.maximum()).isEqualTo("up to 450 mg");
        });
    assertThat(doses("Clindamycin - Child: 1 month – 18 years 3 - 6 mg/kg (max. 450 mg) every 6 hours")).singleElement()
        .satisfies(dose -> {
          assertThat(dose.maximum()).isEqualTo("max. 450 mg");
          assertThat(dose.frequency()).isEqualTo("every 6 hours");
        });
    // A threshold in a condition is neither: "single doses above 600 mg by intravenous infusion only".
    assertThat(doses("Clindamycin: single doses above 600 mg by intravenous infusion only")).isEmpty();
  }

  @Test
  void theCeilingOfAnotherPopulationStaysItsOwn() {
    List<Dose> doses = doses("Ceftriaxone: Adult 500mg – 1 g 12 hourly IM/IV for 5 – 10 days, Child: 20 – 50 mg/kg daily; "
        + "up to 80 mg/kg daily in severe infections");
    assertThat(doses).extracting(Dose::amount, Dose::maximum).containsExactly(
        org.assertj.core.groups.Tuple.tuple("500mg – 1 g", ""), org.assertj.core.groups.Tuple.tuple("", "up to 80 mg/kg daily"));
  }

  @Test
  void thePopulationIsTheOneTheLineNames() {
    assertThat(doses("Clindamycin - Neonate Under 14 days 3-6 mg/kg 3 times daily")).singleElement()
        .satisfies(dose -> assertThat(dose.population()).isEqualTo("Neonate Under 14 days"));
    assertThat(doses("Alternative regimen for penicillin-allergic pregnant patients: Erythromycin 500 mg orally, every 6 "
        + "hours for 14 days")).singleElement()
        .satisfies(dose -> assertThat(dose.population()).isEqualTo("pregnant patients"));
  }

  @Test
  void aDrugNamedRightAfterTheAmountIsThatAmountsDrug() {
    assertThat(doses("Amoxicillin plus gentamicin intravenously Adult: 1 g amoxicillin plus 120 mg gentamicin at induction"))
        .first().satisfies(dose -> assertThat(dose.drug()).isEqualTo("Amoxicillin"));
    assertThat(doses("Allopurinol: xanthine oxidase inhibitor – gradual increase from 100 mg daily up to 600 mg daily"))
        .singleElement().satisfies(dose -> {
          assertThat(dose.drug()).isEqualTo("Allopurinol");
          assertThat(dose.maximum()).isEqualTo("up to 600 mg daily");
        });
  }

  @Test
  void everyFieldRecordsItsSpanInTheLine() {
    String line = "Metronidazole - Child: 1 month – 12 years: 7.5 mg/kg (maximum 400 mg) every 8 hours for 7 days";
    Dose dose = doses(line).get(0);
    assertThat(dose.spans()).containsOnlyKeys("drug", "population", "amount", "unit", "frequency", "duration", "maximum");
    dose.spans().forEach((field, span) -> {
      if (!field.equals("drug")) {
        assertThat(span.of(line)).isEqualTo(fieldValue(dose, field));
      }
    });
    assertThat(dose.asWritten("drug")).isEqualTo("Metronidazole");
    assertThat(DoseReadingCheck.problems(dose)).isEmpty();
  }

  private String frequency(String line) {
    List<Dose> doses = doses(line);
    assertThat(doses).as(line).isNotEmpty();
    return doses.get(0).frequency();
  }

  private static String fieldValue(Dose dose, String field) {
    return switch (field) {
      case "amount" -> dose.amount();
      case "unit" -> dose.unit();
      case "route" -> dose.route();
      case "frequency" -> dose.frequency();
      case "duration" -> dose.duration();
      case "population" -> dose.population();
      case "maximum" -> dose.maximum();
      default -> throw new IllegalArgumentException(field);
    };
  }
}
