package org.galen.source;

import java.io.IOException;

/** Where a {@link DocumentReader} hands each document as soon as it is read (streaming). */
public interface DocumentSink {
  void accept(Document document) throws IOException;

  /** A source retracts a document (MEDLINE {@code DeleteCitation}). */
  void delete(String docId) throws IOException;
}
