package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A line that states a dose, told from one whose amounts are thresholds, ceilings or none given. */
class AmountsTest {
  @Test
  void anAmountToGiveIsADose() {
    assertThat(Amounts.statesDose("The first dose is 10 mg per kilogram, then 5 mg per kilogram daily.")).isTrue();
    assertThat(Amounts.statesDose("Adult: 500 mg orally 8 hourly")).isTrue();
  }

  @Test
  void aThresholdACeilingOrAnAmountNotGivenIsNoDose() {
    assertThat(Amounts.statesDose("Stop if the urine output falls below 0.6 mL/kg/hour.")).isFalse();
    assertThat(Amounts.statesDose("Do not exceed 4 g in 24 hours.")).isFalse();
    assertThat(Amounts.statesDose("Dilute in 50 mL of sodium chloride 0.9%.")).isFalse();
    assertThat(Amounts.statesDose("A course is three doses, given a day apart.")).as("doses with no amount").isFalse();
  }

  @Test
  void anAmountInBracketsQualifiesOrRestatesNoDose() {
    assertThat(Amounts.statesDose("No change is needed in mild impairment (clearance 50 to 80 mL/min).")).isFalse();
    assertThat(Amounts.statesDose("Give the tablets (see 2.1) with food (one 250 mg tablet) daily.")).isFalse();
    assertThat(Amounts.statesDose("1) For adults (the usual 250 mg tablet) see below.")).as("a list's number closes no bracket")
        .isFalse();
    assertThat(Amounts.statesDose("Give one 250 mg tablet (see Table 2) daily.")).isTrue();
  }

  @Test
  void aConcentrationALevelOrWhatAProductHoldsIsNoDose() {
    assertThat(Amounts.statesDose("The solution holds 10 mg/mL.")).isFalse();
    assertThat(Amounts.statesDose("Keep the serum potassium under 5.5 mmol/L.")).isFalse();
    assertThat(Amounts.statesDose("Each tablet contains 250 mg of the drug.")).isFalse();
    assertThat(Amounts.statesDose("Avoid when the creatinine clearance is 30 mL/min or less.")).isFalse();
    assertThat(Amounts.statesDose("Aim for a trough level of 10 mg.")).isFalse();
    assertThat(Amounts.statesDose("Give 250 mg twice daily; each tablet contains 250 mg.")).as("a dose beside a strength")
        .isTrue();
    assertThat(Amounts.statesDose("Give potassium chloride 20 mmol over an hour.")).as("an amount in millimoles")
        .isTrue();
  }

  @Test
  void anAmountWhoseUnitCannotBeReadWholeIsNoDose() {
    assertThat(Amounts.statesDose("Give 5 mL per 10 cm of wound.")).isFalse();
  }

  @Test
  void aLineSayingHowToChangeADoseIsToldApart() {
    for (String line : List.of("Reduce the dosage of the tablets by 50%.", "The dose should be halved in the elderly.",
        "Give half the usual dose.", "Use 50% of the adult dose.", "No dose adjustment is needed.",
        "Dosage modification is needed in hepatic impairment.", "the dosage must be reduced when the eGFR is low")) {
      assertThat(DosePatterns.CHANGES_DOSE.matcher(line).find()).as(line).isTrue();
    }
    for (String line : List.of("Give the first dose before breakfast.", "The dosing of extended-release tablets "
        + "is once daily.", "Doses of 5 mg were given; increasing numbers of patients responded.")) {
      assertThat(DosePatterns.CHANGES_DOSE.matcher(line).find()).as(line).isFalse();
    }
  }
}
