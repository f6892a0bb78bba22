package org.galen.answer;

import java.util.Locale;

/**
 * The sections an article can have, in the order a clinician reads them. The JSON {@code kind} is
 * the lower-case name; the title is what readers see.
 */
public enum SectionKind {
  /** The bottom line, from the highest-level source that addresses the question. */
  GUIDELINES("From the Guidelines"),
  /** A drug label's boxed warning, right after the bottom line whenever the article is led by that label. */
  BOXED_WARNING("Boxed warning"),
  OVERVIEW("Overview"),
  URGENT_CARE("When to seek care urgently"),
  MANAGEMENT("Management"),
  MEDICATIONS("Medications"),
  CAUTIONS("Cautions and contraindications"),
  SUPPORTIVE("Supportive measures"),
  DIAGNOSIS("Diagnosis"),
  SYMPTOMS("Symptoms"),
  CAUSES("Causes"),
  RISK_FACTORS("Risk factors"),
  COMPLICATIONS("Complications"),
  PROGNOSIS("Prognosis"),
  PREVENTION("Prevention"),
  RESEARCH("From the Research"),
  CASE_REPORTS("Case reports");

  private final String title;

  SectionKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String kind() {
    return name().toLowerCase(Locale.ROOT);
  }
}
