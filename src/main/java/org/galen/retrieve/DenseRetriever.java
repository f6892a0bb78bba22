package org.galen.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceIndex;
import org.galen.index.IndexSchema;

/** Nearest passages by embedding (Lucene's HNSW graph, cosine similarity). */
public final class DenseRetriever implements Retriever {
  private final EvidenceIndex index;
  private final Embedder embedder;

  public DenseRetriever(EvidenceIndex index, Embedder embedder) {
    this.index = index;
    this.embedder = embedder;
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    List<PassageHit> hits = new ArrayList<>(k);
    int rank = 1;
    for (EvidenceIndex.ScoredPassage found
        : index.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, embedder.embedQuery(query), k), k)) {
      hits.add(new PassageHit(rank++, found.score(), found.passage()));
    }
    return hits;
  }
}
