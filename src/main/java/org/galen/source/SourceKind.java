package org.galen.source;

/** What kind of publication a document is; decides how an article presents and types its reference. */
public enum SourceKind {
  /** A clinical practice guideline (e.g. NSTG 2022). */
  GUIDELINE,
  /** A research article or abstract (MEDLINE, PMC, PubMedQA, SciFact). */
  RESEARCH,
  /** Consumer or reference pages (MedQuAD's NIH pages, a user's local protocol). */
  REFERENCE,
  /** A public-health report (CDC MMWR). */
  REPORT,
  /** A drug's label as its regulator approved it (FDA Structured Product Labeling from DailyMed). */
  LABEL
}
