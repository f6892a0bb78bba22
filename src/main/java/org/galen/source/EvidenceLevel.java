package org.galen.source;

import java.util.Collection;
import java.util.Locale;

/**
 * How strong a document is as evidence, derived from its metadata and never guessed.
 *
 * <p>Declaration order is rank order for research ({@link #GUIDELINE} strongest); {@link #REFERENCE},
 * {@link #REPORT} and {@link #LABEL} stand apart from that hierarchy, and {@link #UNKNOWN} means the source gave
 * nothing to derive a level from.
 */
public enum EvidenceLevel {
  GUIDELINE,
  SYSTEMATIC_REVIEW,
  RANDOMIZED_TRIAL,
  OBSERVATIONAL,
  CASE_REPORT,
  REVIEW_OR_OPINION,
  REFERENCE,
  REPORT,
  /**
   * A drug's approved label: the authority on that drug's doses, limits and cautions, though not on
   * how a condition is managed.
   */
  LABEL,
  UNKNOWN;

  /**
   * How much ranking should favour this level when relevance is otherwise close: one scale shared
   * by retrieval's re-ranking and the answer's choice of statements, so the two never disagree
   * about what counts as stronger evidence. Consumer reference pages sit between trials and
   * observational studies: vetted, but not primary evidence.
   */
  public double rankingBonus() {
    return switch (this) {
      case GUIDELINE -> 0.30;
      case SYSTEMATIC_REVIEW -> 0.20;
      case RANDOMIZED_TRIAL -> 0.15;
      case REFERENCE -> 0.10;
      case LABEL -> 0.25;
      case OBSERVATIONAL, REPORT -> 0.05;
      case CASE_REPORT, REVIEW_OR_OPINION, UNKNOWN -> 0.0;
    };
  }

  /**
   * Derives the level of a research article from its MEDLINE publication types (e.g. "Randomized
   * Controlled Trial", "Case Reports", "Meta-Analysis"). The strongest type present wins; a plain
   * "Journal Article" says nothing about design, so it gives {@link #UNKNOWN}.
   */
  public static EvidenceLevel fromPublicationTypes(Collection<String> publicationTypes) {
    EvidenceLevel best = UNKNOWN;
    for (String type : publicationTypes) {
      EvidenceLevel level = ofPublicationType(type);
      if (level.ordinal() < best.ordinal()) {
        best = level;
      }
    }
    return best;
  }

  private static EvidenceLevel ofPublicationType(String publicationType) {
    String type = publicationType.toLowerCase(Locale.ROOT).trim();
    if (type.equals("practice guideline") || type.equals("guideline") || type.equals("consensus development conference")) {
      return GUIDELINE;
    }
    if (type.equals("systematic review") || type.equals("meta-analysis")) {
      return SYSTEMATIC_REVIEW;
    }
    if (type.equals("randomized controlled trial") || type.startsWith("clinical trial, phase iii")
        || type.equals("pragmatic clinical trial") || type.equals("equivalence trial")) {
      return RANDOMIZED_TRIAL;
    }
    if (type.equals("observational study") || type.equals("comparative study") || type.equals("multicenter study")
        || type.startsWith("clinical trial") || type.equals("controlled clinical trial") || type.equals("validation study")
        || type.equals("evaluation study") || type.equals("twin study")) {
      return OBSERVATIONAL;
    }
    if (type.equals("case reports")) {
      return CASE_REPORT;
    }
    if (type.equals("review") || type.equals("editorial") || type.equals("comment") || type.equals("letter")
        || type.equals("historical article") || type.equals("lecture")) {
      return REVIEW_OR_OPINION;
    }
    return UNKNOWN;
  }
}
