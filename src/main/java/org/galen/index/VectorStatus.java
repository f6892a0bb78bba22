package org.galen.index;

/** How many passages have their embedding, and how many still wait for the vector phase. */
public record VectorStatus(long done, long pending) {
  /** Hybrid retrieval needs every passage embedded: a half-embedded index would rank unfairly. */
  public boolean complete() {
    return pending == 0 && done > 0;
  }
}
