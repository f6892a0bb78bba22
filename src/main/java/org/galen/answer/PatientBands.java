package org.galen.answer;

import java.util.List;
import java.util.regex.Pattern;
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
  /** The age below which doses go by weight: MeSH's infants (1 to 23 months) and newborns. */
  static final double WEIGHED_DOSES_BELOW_MONTHS = 24;
  /** An amount per kilogram: a dose scaled to the patient, a child's as much as an adult's. */
  private static final Pattern PER_KILOGRAM = Pattern.compile("(?i)(?:/|\\bper\\s+)\\s*(?:kg|kilograms?)\\b");

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

  /**
   * Whether a line gives a fixed dose — no amount per kilogram, no age or weight band, no group of
   * people, in a source and part titled for no group — while the question asks about an infant or a
   * newborn: under {@value #WEIGHED_DOSES_BELOW_MONTHS} months (MeSH's infants and newborns) doses go
   * by weight, and a dose line is an adult's unless it says otherwise (populations.tsv), so a fixed
   * dose is another patient's ("40 mg with each unit of blood" beside a newborn's transfusion). An
   * older child's fixed doses often are an adult's: they stay.
   *
   * @param asked the groups of people the question asks about
   */
  static boolean fixedDoseForAnInfant(Candidate c, List<Populations.Group> asked, Patient patient) {
    boolean infant = patient.ageMonths().isPresent() ? patient.ageMonths().getAsDouble() < WEIGHED_DOSES_BELOW_MONTHS
        : asked.stream().anyMatch(PatientBands::infants)
            && asked.stream().allMatch(g -> infants(g) || g.role() != Populations.Role.PERSON
                && g.role() != Populations.Role.DEFAULT);
    if (!infant || !Amounts.statesDose(c.text()) || PER_KILOGRAM.matcher(c.text()).find()
        || !Band.statedIn(c.text()).isEmpty()) {
      return false;
    }
    java.util.Set<String> said = new java.util.HashSet<>(c.stems());
    said.addAll(org.galen.answer.question.Stems.of(c.passage().title() + " " + c.passage().section()));
    return Populations.builtIn().namedIn(said).stream().noneMatch(g -> g.role() == Populations.Role.PERSON);
  }

  /** A group of people all younger than {@value #WEIGHED_DOSES_BELOW_MONTHS} months: infants, newborns. */
  private static boolean infants(Populations.Group group) {
    return group.role() == Populations.Role.PERSON && group.ages() != null
        && group.ages().to() <= WEIGHED_DOSES_BELOW_MONTHS;
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
