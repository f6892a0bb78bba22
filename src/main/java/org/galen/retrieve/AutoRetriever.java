package org.galen.retrieve;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.galen.index.EvidenceReader;

/**
 * {@code auto} retrieval for a long-running server: BM25 while passages still lack vectors, hybrid
 * from the first query after they are all embedded (by {@code serve --embed}, or a {@code galen
 * embed} beside it). The vector count is checked at most once per {@link #CHECK_INTERVAL}; the
 * hybrid retriever (and the embedding model it loads) is built once, on the switch. Thread-safe.
 */
public final class AutoRetriever implements Retriever, AutoCloseable {
  /** How soon after the last vector is committed the server answers with hybrid retrieval. */
  public static final Duration CHECK_INTERVAL = Duration.ofSeconds(5);

  /** Builds the hybrid retriever once vectors are complete; closing it frees what it loaded. */
  public interface HybridFactory {
    Retriever open() throws IOException;

    void close();
  }

  private final Retriever lexical;
  private final EvidenceReader index;
  private final HybridFactory hybridFactory;
  private final LongSupplier nanoClock;
  private volatile Retriever hybrid;
  private volatile long lastCheck;

  public AutoRetriever(Retriever lexical, EvidenceReader index, HybridFactory hybridFactory, LongSupplier nanoClock) {
    this.lexical = lexical;
    this.index = index;
    this.hybridFactory = hybridFactory;
    this.nanoClock = nanoClock;
    this.lastCheck = nanoClock.getAsLong();
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    return current().retrieve(query, k);
  }

  /** "hybrid" once switched (checked now, as a query would), else "bm25". */
  public String mode() {
    try {
      current();
    } catch (IOException e) {
      // The mode is as it was; the next query meets the failure.
    }
    return hybrid != null ? "hybrid" : "bm25";
  }

  private Retriever current() throws IOException {
    Retriever switched = hybrid;
    if (switched != null) {
      return switched;
    }
    long now = nanoClock.getAsLong();
    if (now - lastCheck < CHECK_INTERVAL.toNanos()) {
      return lexical;
    }
    synchronized (this) {
      if (hybrid == null && now - lastCheck >= CHECK_INTERVAL.toNanos()) {
        lastCheck = now;
        if (index.vectorStatus().complete()) {
          hybrid = hybridFactory.open();
        }
      }
      return hybrid != null ? hybrid : lexical;
    }
  }

  @Override
  public void close() {
    hybridFactory.close();
  }
}
