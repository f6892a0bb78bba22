package org.galen.retrieve;

import java.io.IOException;
import java.util.List;
import org.galen.index.RankingBonus;

/**
 * A retriever that re-ranks its {@code depth} best passages by {@code score × (1 + bonus)} itself and
 * keeps the {@code k} best, as {@link EvidenceReranker} would: a backend that holds the evidence level
 * and year apart from the passages then reads only the passages kept.
 */
interface ReranksItself {
  List<PassageHit> retrieve(String query, int depth, int k, RankingBonus bonus) throws IOException;
}
