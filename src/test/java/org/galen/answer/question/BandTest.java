package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Age and weight bands as guidelines write them, and the patient a question describes. */
class BandTest {
  private static final double YEAR = 12;

  @Test
  void rangesHoldTheirWholeLastUnitAndMixUnits() {
    assertThat(Band.statedIn("Child 6 - 12 years: 250 mg")).containsExactly(
        new Band(Band.Measure.AGE_MONTHS, 6 * YEAR, 13 * YEAR));
    assertThat(Band.statedIn("Clindamycin - Child: 1 month – 18 years 3 - 6 mg/kg")).containsExactly(
        new Band(Band.Measure.AGE_MONTHS, 1, 19 * YEAR));
    assertThat(Band.statedIn("body weight 26 - 35 kg: 300 mg once daily")).containsExactly(
        new Band(Band.Measure.WEIGHT_KG, 26, 36));
  }

  @Test
  void openBandsAndSeveralInOneLine() {
    List<Band> bands = Band.statedIn("over 6 months (body weight 15 - 25 kg) 200 mg once daily for 3 days");
    assertThat(bands).containsExactlyInAnyOrder(new Band(Band.Measure.AGE_MONTHS, 6, Double.POSITIVE_INFINITY),
        new Band(Band.Measure.WEIGHT_KG, 15, 26));
    assertThat(Band.statedIn("6 months and above: 20 mg per day - Under 6 months old: 10 mg per day"))
        .containsExactlyInAnyOrder(new Band(Band.Measure.AGE_MONTHS, 6, Double.POSITIVE_INFINITY),
            new Band(Band.Measure.AGE_MONTHS, 0, 6));
    assertThat(Band.statedIn("Child: Less than, or 3 years: 600 microgram")).containsExactly(
        new Band(Band.Measure.AGE_MONTHS, 0, 4 * YEAR));
    assertThat(Band.statedIn("Child (> 10 kg): 0.25 mg/kg")).containsExactly(
        new Band(Band.Measure.WEIGHT_KG, 10, Double.POSITIVE_INFINITY));
  }

  @Test
  void durationsRatesAndIndicesAreNoBands() {
    assertThat(Band.statedIn("Interferon alpha 9 million units thrice weekly for 6 - 12 months")).isEmpty();
    assertThat(Band.statedIn("Benzathine penicillin 3 - 4 weekly until the age of 25 years")).isEmpty();
    assertThat(Band.statedIn("Hydrocortisone 2.5-5 mg/kg 12 hourly; immune globulins 0.4 g/kg body weight")).isEmpty();
    assertThat(Band.statedIn("ideal body weight (BMI 18.5 - 24.9 kg/m2)")).isEmpty();
  }

  @Test
  void bandsAsOtherSourcesWriteThem() {
    assertThat(Band.statedIn("Child from 1 month to 18 years: 5 mg/kg")).as("one band, not two")
        .containsExactly(new Band(Band.Measure.AGE_MONTHS, 1, 19 * YEAR));
    assertThat(Band.statedIn("Child 6—12 years (em dash)")).hasSize(1);
    assertThat(Band.statedIn("5 to < 15 kg: 1 tablet")).as("WHO's exclusive upper end")
        .containsExactly(new Band(Band.Measure.WEIGHT_KG, 5, 15));
    assertThat(Band.statedIn("15 - 24.9 kg: 2 tablets")).containsExactly(new Band(Band.Measure.WEIGHT_KG, 15, 24.9));
    assertThat(Band.statedIn("Neonate up to 28 days: 5 mg/kg")).hasSize(1);
    assertThat(Band.statedIn("Continue treatment for up to 6 months")).as("a duration").isEmpty();
    assertThat(Band.statedIn("6/12 to 5 years")).as("no empty or reversed band").allSatisfy(b ->
        assertThat(b.from()).isLessThan(b.to()));
  }

  @Test
  void aBandTheQuestionAsksAboutOrAChangeIsNoPatient() {
    assertThat(Patient.describedIn("amoxicillin for infants under 6 months old").described()).isFalse();
    assertThat(Patient.describedIn("lost 8 kg in 3 months").described()).isFalse();
    assertThat(Patient.describedIn("neonate aged 36 hours").ageMonths().getAsDouble()).isLessThan(0.1);
    assertThat(Patient.describedIn("child of 20 kgs").weightKg()).hasValue(20);
  }

  @Test
  void aPatientsAgeAndWeightAsQuestionsGiveThem() {
    Patient described = Patient.describedIn("5 yr old, 20 kg, sore eyes - dose?");
    assertThat(described.ageMonths()).hasValue(5 * YEAR);
    assertThat(described.weightKg()).hasValue(20);
    assertThat(described.written()).isEqualTo("5 yr old 20 kg");
    assertThat(Patient.describedIn("a 4-month-old with diarrhoea").ageMonths()).hasValue(4);
    assertThat(Patient.describedIn("14 yo girl").ageMonths()).hasValue(14 * YEAR);
    assertThat(Patient.describedIn("man aged 70 with gout").ageMonths()).hasValue(70 * YEAR);
    assertThat(Patient.describedIn("baby 30 hrs old, jaundiced").ageMonths().getAsDouble()).isLessThan(0.1);
    assertThat(Patient.describedIn("infusion raised to 8 mg/kg/min after a 5% bolus").described()).isFalse();
    assertThat(Patient.describedIn("taken for 5 years").described()).isFalse();
  }

  @Test
  void aLineFitsWhenOneOfItsBandsHoldsThePatient() {
    Patient child = Patient.describedIn("5 yr old, 20 kg");
    assertThat(child.fit(Band.statedIn("over 6 months (body weight 15 - 25 kg) 200 mg"))).isEqualTo(Patient.Fit.FITS);
    assertThat(child.fit(Band.statedIn("body weight 26 - 35 kg: 300 mg"))).isEqualTo(Patient.Fit.CONFLICTS);
    assertThat(child.fit(Band.statedIn("Child: under 6 months: 10 mg/kg"))).isEqualTo(Patient.Fit.CONFLICTS);
    assertThat(child.fit(Band.statedIn("Azithromycin 500 mg orally once daily"))).isEqualTo(Patient.Fit.NONE);
  }

  @Test
  void aKidneyFunctionIsAPatientsValueAndALabelsBand() {
    assertThat(Band.statedIn("In patients whose eGFR later falls below 45 mL/min/1.73 m2, assess the benefit"))
        .containsExactly(new Band(Band.Measure.CLEARANCE_ML_MIN, 0, 45));
    assertThat(Band.statedIn("with an eGFR between 30 and 60 mL/minute/1.73 m2")).as("a clearance's ends are exact")
        .containsExactly(new Band(Band.Measure.CLEARANCE_ML_MIN, 30, 60));
    assertThat(Band.statedIn("Infuse no more than 10 mL/min")).as("a rate, no clearance").isEmpty();
    assertThat(Patient.describedIn("her eGFR has just dropped from 55 to 35 - keep the dose?").clearance())
        .as("the latest value").hasValue(35);
    assertThat(Patient.describedIn("max starting dose if CrCl is 35?").clearance()).hasValue(35);
    assertThat(Patient.describedIn("dose when the creatinine clearance is 25 mL/min").clearance()).hasValue(25);
    assertThat(Patient.describedIn("dose for a CrCl below 30?").described()).as("a band asked about").isFalse();
    assertThat(Patient.describedIn("eGFR unknown, 25 kg child").clearance()).as("another unit's number").isEmpty();
    assertThat(Patient.describedIn("CKD with eGFR stage 3").clearance()).isEmpty();
    Patient kidney = Patient.describedIn("eGFR 40");
    assertThat(kidney.fit(Band.statedIn("eGFR below 45 mL/min: assess"))).isEqualTo(Patient.Fit.FITS);
    assertThat(kidney.fit(Band.statedIn("eGFR below 30 mL/min: stop"))).isEqualTo(Patient.Fit.CONFLICTS);
  }

  @Test
  void anAgeImpliesTheGroupsThatCoverItButNeverTheDefaultOne() {
    Populations populations = Populations.builtIn();
    List<String> child = populations.askedIn(java.util.Set.of(), Patient.describedIn("5 yr old")).stream()
        .map(Populations.Group::name).toList();
    assertThat(child).contains("child").doesNotContain("infant", "neonate", "adult", "pregnancy");
    List<String> elder = populations.askedIn(java.util.Set.of(), Patient.describedIn("aged 80")).stream()
        .map(Populations.Group::name).toList();
    assertThat(elder).containsExactly("elderly");
    assertThat(populations.namedIn(Stems.of("children aged 2 months to 5 years")).stream()
        .map(Populations.Group::name)).as("\"aged\" names no elderly").doesNotContain("elderly");
    assertThat(populations.askedIn(Stems.of("renal failure"), Patient.describedIn("no age")).stream()
        .map(Populations.Group::name)).containsExactly("renal");
  }
}
