package org.galen.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Band;
import org.galen.answer.question.Patient;
import org.galen.answer.question.Populations;
import org.galen.answer.question.Stems;

/**
 * Asked about an infant or a newborn, a fixed dose of a drug whose dose for them the sources give is
 * an older patient's: under {@value #WEIGHED_DOSES_BELOW_MONTHS} months (MeSH's infants and
 * newborns) doses go by weight, and a dose line is an adult's unless it says otherwise
 * (populations.tsv). A fixed dose is one with no amount per kilogram or per square metre, no age or
 * weight band, and no group of people in the line or in its source's title or part; a line for them
 * is one with an amount per kilogram or naming infants or newborns. A fixed dose of a drug the
 * sources give no infant's dose of stays (it may be the mother's, or all there is), and so does
 * every line when the question is also about a pregnant or breastfeeding woman. Stateless.
 */
final class InfantDoses {
  /** The age below which doses go by weight: MeSH's infants (1 to 23 months) and newborns. */
  static final double WEIGHED_DOSES_BELOW_MONTHS = 24;
  /** An amount scaled to the patient: per kilogram of weight or per square metre of body surface. */
  private static final Pattern SCALED = Pattern.compile("(?i)(?:/|\\bper\\s+)\\s*(?:kg|kilograms?|m2|m²|sq\\.?\\s*m)"
      + "|mg/kgBW");

  private InfantDoses() {}

  /** The candidates, less the fixed doses of drugs the sources dose infants with otherwise. */
  static List<Candidate> withoutOlderPatientsDoses(List<Candidate> candidates, String question, DrugDictionary drugs) {
    Patient patient = Patient.describedIn(question);
    List<Populations.Group> asked = Populations.builtIn().askedIn(Stems.of(question), patient);
    if (!aboutAnInfantAlone(asked, patient)) {
      return candidates;
    }
    Set<String> dosedForInfants = new HashSet<>();
    for (Candidate c : candidates) {
      if (Amounts.statesDose(c.text()) && (SCALED.matcher(c.text()).find() || forInfants(c))) {
        drugs.mentionsIn(c.text()).stream().findFirst().ifPresent(first -> dosedForInfants.add(first.drug().name()));
      }
    }
    return candidates.stream().filter(c -> !isFixedDose(c) || drugs.mentionsIn(c.text()).stream().findFirst()
        .filter(first -> dosedForInfants.contains(first.drug().name())).isEmpty()).toList();
  }

  /**
   * Whether the question asks about an infant or a newborn and no one else: by an age under
   * {@value #WEIGHED_DOSES_BELOW_MONTHS} months or by the group's name, with no adult, pregnant or
   * breastfeeding woman named beside (a group no age implies is an adult's).
   */
  private static boolean aboutAnInfantAlone(List<Populations.Group> asked, Patient patient) {
    boolean adultToo = asked.stream().anyMatch(g -> g.role() == Populations.Role.DEFAULT
        || (g.role() == Populations.Role.PERSON && g.ages() == null));
    if (adultToo) {
      return false;
    }
    return patient.ageMonths().isPresent() ? patient.ageMonths().getAsDouble() < WEIGHED_DOSES_BELOW_MONTHS
        : asked.stream().anyMatch(InfantDoses::infants);
  }

  private static boolean isFixedDose(Candidate c) {
    return Amounts.statesDose(c.text()) && !SCALED.matcher(c.text()).find() && Band.statedIn(c.text()).isEmpty()
        && Populations.builtIn().namedIn(saidWith(c)).stream().noneMatch(g -> g.role() == Populations.Role.PERSON);
  }

  private static boolean forInfants(Candidate c) {
    return Populations.builtIn().namedIn(saidWith(c)).stream().anyMatch(InfantDoses::infants);
  }

  /** A line's words with its source's title and its part's heading, which may say whom it is for. */
  private static Set<String> saidWith(Candidate c) {
    Set<String> said = new HashSet<>(c.stems());
    said.addAll(Stems.of(c.passage().title() + " " + c.passage().section()));
    return said;
  }

  /** A group of people all younger than {@value #WEIGHED_DOSES_BELOW_MONTHS} months: infants, newborns. */
  private static boolean infants(Populations.Group group) {
    return group.role() == Populations.Role.PERSON && group.ages() != null
        && group.ages().to() <= WEIGHED_DOSES_BELOW_MONTHS;
  }
}
