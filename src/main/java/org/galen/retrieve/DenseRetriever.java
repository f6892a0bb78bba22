package org.galen.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceReader;
import org.galen.index.ScoredPassage;

/** Nearest passages by embedding (an HNSW graph, cosine similarity). */
public final class DenseRetriever implements Retriever {
  private final EvidenceReader index;
  private final Embedder embedder;

  public DenseRetriever(EvidenceReader index, Embedder embedder) {
    this.index = index;
    this.embedder = embedder;
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    List<PassageHit> hits = new ArrayList<>(k);
    int rank = 1;
    for (ScoredPassage found : index.searchVector(embedder.embedQuery(query), k)) {
      hits.add(new PassageHit(rank++, found.score(), found.passage()));
    }
    return hits;
  }
}
