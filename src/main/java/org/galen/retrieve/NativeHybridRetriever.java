package org.galen.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.galen.embed.Embedder;
import org.galen.index.NativeHybrid;
import org.galen.index.ScoredPassage;

/**
 * Hybrid retrieval fused by the backend itself ({@link NativeHybrid}): the same BM25 query (with
 * its expansions) and the same query vector as {@link HybridRetriever}, the same depth of
 * candidates and the same weights, in one request.
 */
public final class NativeHybridRetriever implements Retriever {
  private final Bm25Retriever lexical;
  private final NativeHybrid index;
  private final Embedder embedder;
  private final double lexicalWeight;

  public NativeHybridRetriever(Bm25Retriever lexical, NativeHybrid index, Embedder embedder, double lexicalWeight) {
    this.lexical = lexical;
    this.index = index;
    this.embedder = embedder;
    this.lexicalWeight = lexicalWeight;
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    List<ScoredPassage> fused = index.searchHybrid(lexical.toQuery(query), embedder.embedQuery(query),
        Math.max(k, HybridRetriever.CANDIDATES), k, lexicalWeight);
    List<PassageHit> hits = new ArrayList<>(Math.min(k, fused.size()));
    for (ScoredPassage found : fused.subList(0, Math.min(k, fused.size()))) {
      hits.add(new PassageHit(hits.size() + 1, found.score(), found.passage()));
    }
    return hits;
  }
}
