package org.galen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Maximal marginal relevance over candidate sentences: each pick is the best trade between its own
 * score and its similarity to what is already chosen, so a section does not say the same thing
 * three times from three pages. Near-copies (most words shared) are never picked at all.
 */
final class StatementSelector {
  /** Relevance against novelty; 0.7 keeps the best sentence first and still spreads the rest. */
  private static final double LAMBDA = 0.7;
  private static final double DUPLICATE_SIMILARITY = 0.6;
  /** One source may not fill a section: the rest of the evidence gets a say. */
  private static final int MAX_PER_DOCUMENT = 3;
  /** Filler is worse than a short section: a sentence scoring under 40 % of the section's best stays out. */
  private static final double MIN_SHARE_OF_BEST = 0.4;

  private StatementSelector() {}

  static List<Candidate> select(List<Candidate> ranked, int limit, List<Candidate> alreadyChosen,
      Predicate<Candidate> documentUncapped) {
    List<Candidate> pool = new ArrayList<>(ranked);
    List<Candidate> chosen = new ArrayList<>();
    Map<String, Integer> perDocument = new java.util.HashMap<>();
    double top = ranked.isEmpty() ? 1 : ranked.get(0).score();
    while (chosen.size() < limit && !pool.isEmpty()) {
      Candidate best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Candidate candidate : pool) {
        if (candidate.score() < MIN_SHARE_OF_BEST * top) {
          continue;
        }
        double similarity = Math.max(maxSimilarity(candidate, chosen), maxSimilarity(candidate, alreadyChosen));
        double value = LAMBDA * candidate.score() / top - (1 - LAMBDA) * similarity;
        if (similarity <= DUPLICATE_SIMILARITY && value > bestValue) {
          best = candidate;
          bestValue = value;
        }
      }
      if (best == null) {
        break;
      }
      pool.remove(best);
      int fromDocument = perDocument.getOrDefault(best.docId(), 0);
      if (fromDocument < MAX_PER_DOCUMENT || documentUncapped.test(best)) {
        chosen.add(best);
        perDocument.merge(best.docId(), 1, Integer::sum);
      }
    }
    return chosen;
  }

  /** Guidelines first, then by evidence level; within a level, the selection order stands. */
  static List<Candidate> inEvidenceOrder(List<Candidate> chosen) {
    List<Candidate> ordered = new ArrayList<>(chosen);
    ordered.sort(Comparator.comparingInt(c -> c.passage().evidenceLevel().ordinal()));
    return ordered;
  }

  static double similarity(Set<String> a, Set<String> b) {
    long shared = a.stream().filter(b::contains).count();
    int smaller = Math.min(a.size(), b.size());
    return smaller == 0 ? 0 : shared / (double) smaller;
  }

  private static double maxSimilarity(Candidate candidate, List<Candidate> others) {
    double max = 0;
    for (Candidate other : others) {
      max = Math.max(max, similarity(candidate.stems(), other.stems()));
    }
    return max;
  }
}
