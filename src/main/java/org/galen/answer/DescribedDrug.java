package org.galen.answer;

import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;

/**
 * A drug named as part of a description, not as what is asked about: the question tells what is
 * felt (a symptom) and asks nothing of a drug — not how to treat or give it, nor its dose,
 * cautions, action, prevention or label — so the drug is what was tried or what eases it ("better
 * with antacids"), and the evidence settles what the description is. Stateless.
 */
final class DescribedDrug {
  /** What a question asks of a drug it names: how to use it, its dose, its cautions, how it works, prevention with it. */
  private static final Set<Intent> DRUG_QUESTIONS = Set.of(Intent.TREATMENT, Intent.DOSING, Intent.CAUTIONS,
      Intent.MECHANISM, Intent.PREVENTION);

  private DescribedDrug() {}

  static boolean isCircumstance(QuestionAnalysis analysis) {
    boolean felt = analysis.others().stream().anyMatch(c -> c.kind() == Concept.Kind.SYMPTOM);
    return felt && !askedOf(analysis);
  }

  /**
   * Whether what the question asks, it asks of the drug it names (its primary concept): how to use
   * it, its dose, cautions, action, prevention with it, or a part of its label. A treatment asked
   * after the scene names a drug ("…, a little better on drug X. how is it treated?") asks what
   * treats the complaint, not how the drug is used: a treatment is asked of the drug only in the
   * clause that names it.
   */
  static boolean askedOf(QuestionAnalysis analysis) {
    boolean treatmentOfDrug = analysis.asksOf(analysis.primary());
    return analysis.mainIntents().stream()
        .anyMatch(intent -> DRUG_QUESTIONS.contains(intent) && (intent != Intent.TREATMENT || treatmentOfDrug))
        || !SectionClassifier.labelPartsNamedIn(analysis.question()).isEmpty();
  }

}
