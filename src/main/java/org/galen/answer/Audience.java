package org.galen.answer;

import java.util.Locale;
import org.galen.source.EvidenceLevel;

/**
 * Who an article is written for ("Which best describes you?"). An audience changes which sources
 * come first, how much dosing detail is shown, whether technical terms get glosses, and the
 * disclaimer; it never changes the words of a cited statement.
 */
public enum Audience {
  PHYSICIAN("Physician", true, false, 6, 6),
  NURSE("Nurse", true, false, 6, 4),
  PHARMACIST("Pharmacist", true, false, 6, 4),
  STUDENT("Student", false, true, 5, 4),
  PATIENT("Patient or caregiver", false, true, 4, 2);

  static final String PROFESSIONAL_DISCLAIMER = "For healthcare professionals. Galen quotes indexed sources "
      + "verbatim and has not been reviewed by a clinician; it is not a substitute for clinical judgement.";
  static final String PATIENT_DISCLAIMER = "General information quoted from medical sources, not medical advice, "
      + "and not yet reviewed by a clinician. Talk to a doctor, nurse or pharmacist about your own situation; "
      + "in an emergency, call your local emergency number.";

  private final String label;
  private final boolean fullDosing;
  private final boolean glossed;
  private final int statementsPerSection;
  private final int researchStatements;

  Audience(String label, boolean fullDosing, boolean glossed, int statementsPerSection, int researchStatements) {
    this.label = label;
    this.fullDosing = fullDosing;
    this.glossed = glossed;
    this.statementsPerSection = statementsPerSection;
    this.researchStatements = researchStatements;
  }

  /** Parses "patient", "PATIENT"; the error names the choices. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static Audience parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown audience '" + value + "': use physician, nurse, pharmacist, "
          + "student or patient");
    }
  }

  /** The lower-case name used in JSON, URLs and {@code --audience}. */
  @com.fasterxml.jackson.annotation.JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  /** Structured dose bullets (drug, amount, route, frequency, duration, population). */
  public boolean fullDosing() {
    return fullDosing;
  }

  /** Plain-language glosses of technical terms, in a note apart from the cited statements. */
  public boolean glossed() {
    return glossed;
  }

  public int statementsPerSection() {
    return statementsPerSection;
  }

  public int researchStatements() {
    return researchStatements;
  }

  public boolean isPatient() {
    return this == PATIENT;
  }

  public String disclaimer() {
    return isPatient() ? PATIENT_DISCLAIMER : PROFESSIONAL_DISCLAIMER;
  }

  /**
   * How much a source's evidence level lifts its sentences. Professionals get the evidence
   * hierarchy (guidelines 1.45×); patients get consumer reference pages first, written for them.
   */
  public double evidenceWeight(EvidenceLevel level) {
    if (isPatient()) {
      return switch (level) {
        case REFERENCE -> 1.6;
        case GUIDELINE -> 1.3;
        case SYSTEMATIC_REVIEW, RANDOMIZED_TRIAL -> 0.8;
        default -> 0.6;
      };
    }
    return 1 + 1.5 * level.rankingBonus();
  }
}
