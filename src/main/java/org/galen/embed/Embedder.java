package org.galen.embed;

import java.util.List;

/**
 * Turns text into vectors for dense retrieval. Implementations are thread-safe and parallelise a
 * batch over the machine's cores themselves.
 */
public interface Embedder extends AutoCloseable {
  /** Length of every vector this embedder returns. */
  int dimension();

  /** Vectors for passages, in order. */
  List<float[]> embedPassages(List<String> passages);

  /** The vector for a search query (some models want queries phrased differently from passages). */
  float[] embedQuery(String query);

  @Override
  void close();
}
