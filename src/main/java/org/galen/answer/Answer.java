package org.galen.answer;

import java.util.List;

/**
 * A first structured answer: statements taken verbatim from sources, each cited, and the
 * numbered references they cite.
 *
 * @param doses structured doses read from the guideline and reference statements, each citing
 *     the same reference as its statement
 * @param disclaimer the professional disclaimer, always present
 * @param abstained true when the indexed evidence does not address the question; {@code note}
 *     then says so and the statements are empty
 */
public record Answer(String question, List<Statement> statements, List<Dose> doses, List<Reference> references,
    boolean abstained, String note, String disclaimer) {
  public static final String DISCLAIMER = "For healthcare professionals. Galen quotes indexed sources verbatim and "
      + "has not been reviewed by a clinician; it is not a substitute for clinical judgement.";

  public Answer {
    statements = List.copyOf(statements);
    doses = List.copyOf(doses);
    references = List.copyOf(references);
    if (disclaimer == null || disclaimer.isBlank()) {
      throw new IllegalArgumentException("an answer always carries the professional disclaimer");
    }
  }

  static Answer cited(String question, List<Statement> statements, List<Dose> doses, List<Reference> references) {
    return new Answer(question, statements, doses, references, false, "", DISCLAIMER);
  }

  static Answer abstained(String question, String note) {
    return new Answer(question, List.of(), List.of(), List.of(), true, note, DISCLAIMER);
  }
}
