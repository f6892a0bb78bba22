package org.galen.index;

import java.util.Optional;
import org.galen.source.EvidenceLevel;

/**
 * A bonus by a passage's evidence level and year: the re-ranking of {@code retrieve.EvidenceReranker}
 * multiplies a passage's score by one plus it. Given to a search ({@link
 * EvidenceReader#searchText(TextQuery, int, int, RankingBonus)}), it lets the index read only the
 * passages it keeps.
 */
@FunctionalInterface
public interface RankingBonus {
  double of(EvidenceLevel level, Optional<Integer> year);
}
