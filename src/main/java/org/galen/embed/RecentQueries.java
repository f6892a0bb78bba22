package org.galen.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedder that keeps the vectors of the last few queries it embedded: an article embeds its
 * question once for dense retrieval and again to tell its statements apart by meaning, and the
 * second costs a model run as long as the first. Passages are never kept (each is embedded once, in
 * the vector phase, or is a statement seldom seen twice). Thread-safe; closing closes the embedder
 * it wraps.
 */
public final class RecentQueries implements Embedder {
  /**
   * Queries kept: an article embeds its question (and, with dense retrieval, up to four searches for
   * its subject's sources; hybrid retrieval searches those by their words) before it orders its
   * statements; 8 serve one or two articles composed at once, and keep a benchmark repeating its
   * questions from finding them all kept (docs/benchmarks.md).
   */
  static final int KEPT = 8;

  private final Embedder embedder;
  private final Map<String, float[]> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > KEPT;
    }
  };

  public RecentQueries(Embedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public int dimension() {
    return embedder.dimension();
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    return embedder.embedPassages(passages);
  }

  @Override
  public float[] embedQuery(String query) {
    float[] kept;
    synchronized (recent) {
      kept = recent.get(query);
    }
    if (kept == null) {
      // Embedded outside the lock: two threads asking one new query both run the model, neither waits.
      kept = embedder.embedQuery(query);
      synchronized (recent) {
        recent.put(query, kept);
      }
    }
    return kept.clone();
  }

  @Override
  public void close() {
    embedder.close();
  }
}
