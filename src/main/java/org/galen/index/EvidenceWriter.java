package org.galen.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.galen.passage.Passage;
import org.galen.source.Document;

/**
 * Writes the evidence, whatever holds it: ingest and the vector phase go only through this. A
 * document is replaced whole by its id, never duplicated; nothing is visible to readers before
 * {@link #commit()}, so a killed ingest leaves the last committed evidence intact. Thread-safe.
 */
public interface EvidenceWriter extends Closeable {
  /** Puts (or replaces) a document and its passages; their vectors are pending. */
  void put(Document document, List<Passage> passages, String origin) throws IOException;

  /** Puts (or replaces) a document and its passages with one vector per passage, in order. */
  void put(Document document, List<Passage> passages, String origin, List<float[]> vectors) throws IOException;

  /** Deletes a document and its passages. */
  void delete(String docId) throws IOException;

  /** Deletes the documents that came from {@code origin} (a source file) and are not in {@code keptDocIds}. */
  void deleteStale(String origin, Collection<String> keptDocIds) throws IOException;

  /**
   * The document stored under this id as of the last commit, if any: what an ingest compares a
   * new version of a document with before replacing it.
   */
  java.util.Optional<Document> committed(String docId) throws IOException;

  /** Makes everything written so far visible and durable. */
  void commit() throws IOException;

  /** The passages waiting for vectors as of the last commit; the caller closes it. */
  PendingVectors pendingVectors() throws IOException;
}
