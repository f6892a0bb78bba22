package org.galen.editorial;

/**
 * Where an article is in editorial review. Every article starts {@link #SUBMITTED} ("pending human
 * review"); the advisory board's workflow moves it on.
 */
public enum ReviewStatus {
  SUBMITTED("Submitted"),
  UNDER_REVIEW("Under Review"),
  APPROVED("Approved"),
  CHANGES_REQUESTED("Changes requested"),
  REJECTED("Rejected"),
  RETIRED("Retired");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Until a board approves it, an article is shown as pending human review. */
  public boolean pendingReview() {
    return this != APPROVED;
  }
}
