package org.galen.answer.question;

import java.util.List;
import java.util.Set;
import org.galen.answer.SectionKind;

/**
 * What a question asks for, recognised from its wording ("treat", "dose", "symptoms"...), and the
 * article sections that answer it. A question with no recognisable intent asks for an overview.
 */
public enum Intent {
  TREATMENT("treatment", List.of(SectionKind.MANAGEMENT, SectionKind.MEDICATIONS, SectionKind.SUPPORTIVE,
      SectionKind.CAUTIONS), "treat treatment treatments therapy therapies therapeutic manage management managed "
      + "cure cured option options drug drugs medication medications medicine medicines prescribe prescribing give "
      + "start help helps control work works cream creams ointment antibiotic antibiotics antimalarial antimalarials"),
  DOSING("dosing", List.of(SectionKind.MEDICATIONS, SectionKind.CAUTIONS), "dose doses dosage dosing dosed mg "
      + "regimen"),
  // Diagnosing is also finding the cause ("opioid-induced"): what a condition develops in response to.
  DIAGNOSIS("diagnosis", List.of(SectionKind.DIAGNOSIS, SectionKind.SYMPTOMS, SectionKind.CAUSES), "diagnosis diagnose "
      + "diagnosed "
      + "diagnostic test tests testing investigation investigations workup screening screen confirm"),
  SYMPTOMS("symptoms", List.of(SectionKind.SYMPTOMS), "symptom symptoms sign signs feature features presentation "
      + "present presents"),
  CAUSES("causes and risk factors", List.of(SectionKind.CAUSES, SectionKind.RISK_FACTORS), "cause causes caused "
      + "causing risk risks factor factors etiology aetiology trigger triggers inherited inheritance susceptible"),
  PROGNOSIS("prognosis", List.of(SectionKind.PROGNOSIS, SectionKind.COMPLICATIONS), "prognosis outlook survival "
      + "outcome outcomes expectancy complication complications"),
  // Prophylaxis and vaccines are given as drugs: their regimens are in the medication list.
  PREVENTION("prevention", List.of(SectionKind.PREVENTION, SectionKind.MEDICATIONS), "prevent prevention prevented "
      + "preventing avoid "
      + "prophylaxis vaccine vaccination"),
  CAUTIONS("adverse effects and cautions", List.of(SectionKind.CAUTIONS), "adverse side+effect side+effects contraindication "
      + "contraindications contraindicated caution cautions safe safety toxicity interaction interactions warning"),
  MECHANISM("mechanism", List.of(SectionKind.OVERVIEW), "mechanism mechanisms pathophysiology pathogenesis "
      + "action"),
  COMPARISON("comparison", List.of(SectionKind.MANAGEMENT), "versus vs compare compared comparison better "
      + "difference differ");

  private final String label;
  private final List<SectionKind> sections;
  /** Each cue: one stem, or stems that must come together ("side+effect": "one side of my chest" is no caution). */
  private final List<Set<String>> cues;
  private final Set<String> cueStems;

  Intent(String label, List<SectionKind> sections, String cueWords) {
    this.label = label;
    this.sections = List.copyOf(sections);
    List<Set<String>> cues = new java.util.ArrayList<>();
    for (String cue : cueWords.split("\\s+")) {
      Set<String> stems = Stems.of(cue.replace('+', ' '));
      if (!stems.isEmpty() && !cues.contains(stems)) {
        cues.add(stems);
      }
    }
    this.cues = List.copyOf(cues);
    this.cueStems = cues.stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** How the intent reads in a sentence: "causes and risk factors". */
  public String label() {
    return label;
  }

  /** The sections that answer this intent, most direct first. */
  public List<SectionKind> sections() {
    return sections;
  }

  /** Whether the stemmed words of a question ask for this intent. */
  boolean askedBy(Set<String> questionStems) {
    return cues.stream().anyMatch(questionStems::containsAll);
  }

  /** The intents a text's words ask for, in this enum's order. */
  public static List<Intent> askedIn(String text) {
    Set<String> stems = Stems.of(text);
    return java.util.Arrays.stream(values()).filter(intent -> intent.askedBy(stems)).toList();
  }

  boolean isCue(String stem) {
    return cueStems.contains(stem);
  }
}
