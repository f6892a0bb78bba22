package org.galen.index;

import java.util.List;
import org.galen.passage.Passage;
import org.galen.source.Document;

/** A document as the index holds it: its record, the source file it came from, and its passages in order. */
public record StoredDocument(Document document, String origin, List<Passage> passages) {
  public StoredDocument {
    passages = List.copyOf(passages);
  }
}
