package org.galen.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The passages still waiting for vectors, as of one snapshot of the index: what the vector phase
 * works through. Closing it releases the snapshot.
 */
public interface PendingVectors extends Closeable {
  /** Documents with passages waiting, in index order, each with how many of its passages wait. */
  Map<String, Integer> documents() throws IOException;

  /** A waiting document with its passages; empty when its record is gone (orphaned passages). */
  Optional<StoredDocument> load(String docId) throws IOException;
}
