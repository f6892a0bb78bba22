package org.galen.answer.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A heading's inverted parts in the order they are spoken: "Pulmonary Disease, Chronic
 * Obstructive" → "Chronic Obstructive Pulmonary Disease", "Lymphoma, Large B-Cell, Diffuse" →
 * "Diffuse Large B-Cell Lymphoma" (the qualifier MeSH puts last comes first). MeSH writes its
 * headings so, and the sources that list a subject's names copy them ("Albinism, Ocular"); a
 * question writes the spoken order. Parts that are a list or a phrase of their own ("Amino Acids,
 * Peptides, and Proteins", "… with Excess of Blasts") and chemical names (digits, brackets) have no
 * such order. Stateless.
 */
public final class SpokenOrder {
  /** A three-part heading whose parts are words and hyphens only, none a list or a phrase of its own. */
  private static final Pattern INVERTIBLE_PARTS = Pattern.compile(
      "(?i)(?!.*\\b(?:and|or|with|without|of|in|for|to|by)\\b)[\\p{L}' -]+(?:, [\\p{L}' -]+){2}");

  private SpokenOrder() {}

  /** The heading in spoken order, if it is an inverted one. */
  public static Optional<String> of(String heading) {
    List<String> parts = List.of(heading.split(", "));
    if (parts.size() < 2 || parts.size() > 3 || parts.size() == 3 && !INVERTIBLE_PARTS.matcher(heading).matches()) {
      return Optional.empty();
    }
    List<String> reversed = new ArrayList<>(parts.subList(1, parts.size()));
    Collections.reverse(reversed);
    reversed.add(parts.get(0));
    return Optional.of(String.join(" ", reversed));
  }
}
