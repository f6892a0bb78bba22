package org.galen.answer;

import java.util.List;
import org.galen.answer.question.Band;
import org.galen.answer.question.Patient;
import org.galen.answer.question.Populations;

/** How a statement's age, weight and clearance bands meet the patient a question describes. Stateless. */
final class PatientBands {
  /**
   * What a line's band holding the patient adds to its being for the asked population, so the
   * right band beats the group's other lines; bands excluding the patient take off twice that.
   */
  static final double PATIENT_FITS = 6;

  private PatientBands() {}

  /**
   * Whether a line states an age or weight band that does not hold the patient, when a line for
   * the patient's band is chosen: a dosing table splits its patients by age or by weight, and the
   * other rows are other patients' doses. A clearance band adjusts a dose for anyone: it stays.
   */
  static boolean otherBand(Candidate line, List<Candidate> chosen, Patient patient) {
    boolean dosingBand = Band.statedIn(line.text()).stream()
        .anyMatch(band -> band.measure() == Band.Measure.AGE_MONTHS || band.measure() == Band.Measure.WEIGHT_KG);
    return dosingBand && forPatient(line, patient) <= 0 && chosen.stream().anyMatch(c -> forPatient(c, patient) > 0);
  }

  /** A line for the people a dose is for unless it says otherwise (adults), and no one else. */
  static boolean forDefaultPeople(Candidate c) {
    List<Populations.Group> named = Populations.builtIn().namedIn(c.stems());
    return !named.isEmpty() && named.stream().allMatch(g -> g.role() == Populations.Role.DEFAULT)
        && Band.statedIn(c.text()).isEmpty();
  }

  /**
   * How a line's age and weight bands meet the patient described: a band holding the patient's age
   * or weight ranks the line over the group's other bands ("over 6 months (body weight 15 - 25 kg)"
   * for a five-year-old of 20 kg); bands that all exclude the patient, or a line only for people of
   * another age ("Adult:" for a child), rank it down, by about what naming the asked group adds.
   */
  static double forPatient(Candidate c, Patient patient) {
    if (!patient.described()) {
      return 0;
    }
    switch (patient.fit(Band.statedIn(c.text()))) {
      case FITS:
        return PATIENT_FITS;
      case CONFLICTS:
        return -2 * PATIENT_FITS;
      default:
        break;
    }
    if (patient.ageMonths().isEmpty()) {
      return 0;
    }
    double age = patient.ageMonths().getAsDouble();
    List<Populations.Group> aged = Populations.builtIn().namedIn(c.stems()).stream()
        .filter(g -> g.ages() != null).toList();
    return !aged.isEmpty() && aged.stream().noneMatch(g -> g.covers(age)) ? -2 * PATIENT_FITS : 0;
  }
}
