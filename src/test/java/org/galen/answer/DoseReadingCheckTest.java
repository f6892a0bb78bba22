package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.galen.passage.Span;
import org.junit.jupiter.api.Test;

/**
 * The second reader catches each kind of misread dose, on the lines and the readings the dose reader
 * gave before it read whole expressions (issue 10): so the test over every NSTG line can fail.
 */
class DoseReadingCheckTest {

  @Test
  void aFrequencyCutFromItsMultiplierOrItsAlternativeIsCaught() {
    assertThat(problems("Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days", "frequency", "daily"))
        .anyMatch(problem -> problem.contains("multiplier"));
    assertThat(problems("Pregabalin: start with 75 mg twice or thrice daily", "frequency", "daily")).isNotEmpty();
    assertThat(problems("Salbutamol - Adult: 1 – 2 puffs (100 – 200 μg) 3 – 4 times daily", "frequency", "daily"))
        .isNotEmpty();
    assertThat(problems("Albendazole - Child over 2 years: 400 mg once or twice daily for 3 days", "frequency",
        "twice daily")).isNotEmpty();
    assertThat(problems("Alpha methyldopa: 250 - 500 mg orally twice, three or four times daily", "frequency",
        "four times daily")).isNotEmpty();
    assertThat(problems("Captopril: 6.25 - 50 mg orally once or every 8 - 12 hours", "frequency", "every 8 - 12 hours"))
        .isNotEmpty();
  }

  @Test
  void aUnitWithoutItsDenominatorIsCaught() {
    assertThat(problems("IV cyclophosphamide 500 - 750 mg/m2", "unit", "mg")).anyMatch(p -> p.contains("denominator"));
    assertThat(problems("Vincristine 1.4 mg/m2", "unit", "mg")).isNotEmpty();
    assertThat(problems("(of 50 mg/mL preparations)", "unit", "mg")).isNotEmpty();
    assertThat(problems("Gentamicin 5 mg per kilogram", "unit", "mg")).anyMatch(p -> p.contains("denominator"));
    assertThat(problems("Diazepam 10 mg per rectum", "unit", "mg")).as("a route in Latin is no denominator")
        .noneMatch(p -> p.contains("denominator"));
  }

  @Test
  void aRangeCutToOneEndIsCaught() {
    assertThat(problems("Paracetamol - Child: 1 - 5 years 120 - 250 mg", "amount", "250"))
        .anyMatch(problem -> problem.contains("first end"));
    assertThat(problems("Antiplatelet: Low-dose aspirin 81 to 325 mg/day", "amount", "325")).isNotEmpty();
    assertThat(problems("Haloperidol 1.5 to 3 mg orally 2 - 3 times daily", "amount", "3")).isNotEmpty();
  }

  @Test
  void aCeilingShownAsTheDoseIsCaught() {
    assertThat(problems("Chlorpheniramine - Adult: 4 mg orally 4 - 6 hourly; maximum 24 mg daily", "amount", "24"))
        .anyMatch(problem -> problem.contains("ceiling"));
    assertThat(problems("Simple analgesics such as paracetamol up to 1 g three times daily", "amount", "1")).isNotEmpty();
    assertThat(problems("Clindamycin - Adult: 150 - 300 mg every 6 hours; up to 450 mg every 6 hours", "amount", "450"))
        .isNotEmpty();
  }

  @Test
  void aPopulationOtherThanTheOneTheLineNamesIsCaught() {
    String line = "Clindamycin - Adult: 150 mg every 6 hours, Neonate Under 14 days 3-6 mg/kg 3 times daily";
    Map<String, Span> spans = new LinkedHashMap<>();
    spans.put("population", span(line, "Adult"));
    spans.put("amount", span(line, "3-6"));
    Dose dose = new Dose("Clindamycin", "DB01190", "3-6", "", "", "", "", "Adult", "", spans, line,
        new SourceSpan("nstg:x", 0, line.length()), 1);
    assertThat(DoseReadingCheck.problems(dose)).anyMatch(problem -> problem.contains("not the one named"));
  }

  @Test
  void aDoseReadWholeHasNoProblem() {
    String line = "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days";
    Map<String, Span> spans = new LinkedHashMap<>();
    spans.put("population", span(line, "Adult"));
    spans.put("amount", span(line, "800"));
    spans.put("unit", span(line, "mg"));
    spans.put("frequency", span(line, "five times daily"));
    spans.put("duration", span(line, "for 5 - 7 days"));
    Dose dose = new Dose("Acyclovir", "DB00787", "800", "mg", "", "five times daily", "for 5 - 7 days", "Adult", "",
        spans, line, new SourceSpan("nstg:x", 0, line.length()), 1);
    assertThat(DoseReadingCheck.problems(dose)).isEmpty();
  }

  @Test
  void aDilutionVolumeAStepABareNumberAndACutBracketAreCaught() {
    assertThat(problems("Children weighing 10 - 25 kg: dilute in 100 mL of water for injection.", "amount", "100"))
        .anyMatch(problem -> problem.contains("dilute in"));
    assertThat(problems("Adult: 500 mg daily; increase by 250 mg at intervals of 5 - 7 days", "amount", "250"))
        .anyMatch(problem -> problem.contains("step"));
    assertThat(problems("Trimethoprim 80 mg/sulfamethoxazole 400 mg, 2 tablets orally", "amount", "80"))
        .anyMatch(problem -> problem.contains("bare number"));
    assertThat(problems("Child (1 month - 12 years): initially 5 mg/kg every 12 hours", "population",
        "Child (1 month - 12 years")).anyMatch(problem -> problem.contains("bracket is cut"));
    assertThat(problems("Child (1 month - 12 years): initially 5 mg/kg every 12 hours", "population",
        "Child (1 month - 12 years)")).noneMatch(problem -> problem.contains("bracket"));
  }

  /** The problems of a dose whose one field was read as {@code value}, at its first place in the line. */
  private static java.util.List<String> problems(String line, String field, String value) {
    Map<String, Span> spans = Map.of(field, span(line, value));
    Dose dose = new Dose("Drug", "DB00000", field.equals("amount") ? value : "", field.equals("unit") ? value : "", "",
        field.equals("frequency") ? value : "", "", "", "", spans, line, new SourceSpan("nstg:x", 0, line.length()), 1);
    return DoseReadingCheck.problems(dose);
  }

  private static Span span(String line, String value) {
    int start = line.indexOf(value);
    assertThat(start).as(value + " in " + line).isNotNegative();
    return new Span(start, start + value.length());
  }
}
