package org.galen.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.passage.Passage;
import org.galen.source.Document;
import org.galen.source.DocumentVersion;

/**
 * Puts a versioned document only when it is not older than the copy already stored or put in this
 * ingest: the newest version of a drug label wins whichever file comes first, in one ingest and
 * across ingests, and an older download ingested later never replaces it. Documents without a
 * version are put as they come. Thread-safe: deciding and putting a versioned document is one step,
 * so two files holding two versions of one label cannot both win.
 */
final class NewestVersions {
  /** What became of one document, and what ingest says about it ("" when nothing needs saying). */
  record Decision(boolean put, String note) {}

  private final EvidenceWriter writer;
  /** Versioned documents put in this ingest: their version and the file they came from. */
  private final Map<String, Kept> kept = new HashMap<>();

  private record Kept(DocumentVersion version, String origin) {}

  NewestVersions(EvidenceWriter writer) {
    this.writer = writer;
  }

  Decision put(Document document, List<Passage> passages, String origin) throws IOException {
    Optional<DocumentVersion> version = DocumentVersion.of(document);
    if (version.isEmpty()) {
      writer.put(document, passages, origin);
      return new Decision(true, "");
    }
    return putVersioned(document, version.get(), passages, origin);
  }

  private synchronized Decision putVersioned(Document document, DocumentVersion version, List<Passage> passages,
      String origin) throws IOException {
    String docId = document.docId();
    Optional<DocumentVersion> stored;
    String where;
    Kept inThisIngest = kept.get(docId);
    if (inThisIngest != null) {
      stored = Optional.of(inThisIngest.version());
      where = "from " + inThisIngest.origin();
    } else {
      stored = writer.committed(docId).flatMap(DocumentVersion::of);
      where = "already stored";
    }
    if (stored.isPresent() && stored.get().compareTo(version) > 0) {
      return new Decision(false, docId + ": " + stored.get() + " " + where + " is newer than this file's " + version
          + " and is kept");
    }
    writer.put(document, passages, origin);
    kept.put(docId, new Kept(version, origin));
    String note = stored.isPresent() && stored.get().compareTo(version) < 0
        ? docId + ": " + version + " replaces " + stored.get() + " " + where
        : "";
    return new Decision(true, note);
  }
}
