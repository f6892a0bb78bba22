package org.galen.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps one passage of each text: the same words in several documents (the labels of one drug's
 * generic makers, a page republished under two collections) are one piece of evidence, and their
 * copies would take the places of other sources among the few an article reads. The best-ranked
 * copy stays; texts count as the same when they differ only in case and spacing.
 */
public final class DistinctPassages implements Retriever {
  /** How many more candidates than asked for are read, so that dropping copies still fills the list. */
  static final int EXTRA_CANDIDATES = 2;
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final Retriever inner;

  public DistinctPassages(Retriever inner) {
    this.inner = inner;
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    List<PassageHit> candidates = inner.retrieve(query, k * EXTRA_CANDIDATES);
    Set<String> seen = new HashSet<>();
    List<PassageHit> hits = new ArrayList<>(Math.min(k, candidates.size()));
    for (PassageHit hit : candidates) {
      if (hits.size() == k) {
        break;
      }
      if (seen.add(normalised(hit.passage().text()))) {
        hits.add(new PassageHit(hits.size() + 1, hit.score(), hit.passage()));
      }
    }
    return hits;
  }

  private static String normalised(String text) {
    return SPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
