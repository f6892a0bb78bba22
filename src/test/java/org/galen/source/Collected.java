package org.galen.source;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what a reader hands it, for assertions. */
public final class Collected implements DocumentSink {
  public final List<Document> documents = new ArrayList<>();
  public final List<String> deleted = new ArrayList<>();

  @Override
  public void accept(Document document) {
    documents.add(document);
  }

  @Override
  public void delete(String docId) {
    deleted.add(docId);
  }

  public Document byId(String docId) {
    return documents.stream().filter(d -> d.docId().equals(docId)).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + docId));
  }

  public static Collected read(DocumentReader reader, java.nio.file.Path file) throws Exception {
    Collected collected = new Collected();
    reader.read(file, collected);
    return collected;
  }
}
