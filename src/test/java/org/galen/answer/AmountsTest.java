package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(Amounts.statesDose("Give the tablets [see 2.1] with food (one 250 mg tablet) daily.")).isFalse();
    assertThat(Amounts.statesDose("Give one 250 mg tablet (see Table 2) daily.")).isTrue();
  }

  @Test
  void anAmountWhoseUnitCannotBeReadWholeIsNoDose() {
    assertThat(Amounts.statesDose("Give 5 mL per 10 cm of wound.")).isFalse();
  }
}
