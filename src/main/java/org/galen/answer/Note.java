package org.galen.answer;

import java.util.List;

/**
 * Galen's own words in an article, always shown apart from cited statements: why it abstained,
 * where sources disagree, what the evidence does not cover. A note never states a clinical fact of
 * its own; it points at the references it is about.
 *
 * @param kind {@code abstention}, {@code scope}, {@code conflict} or {@code dosing}
 */
public record Note(String kind, String text, List<Integer> citations) {
  public Note {
    citations = List.copyOf(citations);
  }
}
