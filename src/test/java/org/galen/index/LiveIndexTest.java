package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.passage.PassageSplitter;
import org.galen.retrieve.Bm25Retriever;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index held open (as a running server holds it) follows the writer's commits: a removed
 * document stops being served, an ingested one starts, each within the refresh interval.
 */
class LiveIndexTest {
  @Test
  void aRemovalOrAnIngestIsSeenByAnIndexAlreadyOpen(@TempDir Path directory) throws Exception {
    Path indexDirectory = directory.resolve("index");
    try (Indexer indexer = new Indexer(indexDirectory)) {
      put(indexer, "nstg:scabies", "Scabies", "Permethrin 5% cream applied to the whole body treats scabies.");
      put(indexer, "nstg:gout", "Gout", "Colchicine treats an acute gout attack.");
      indexer.commit();
    }
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      Bm25Retriever retriever = new Bm25Retriever(index);
      assertThat(retriever.retrieve("scabies permethrin", 5)).isNotEmpty();

      try (Indexer indexer = new Indexer(indexDirectory)) {
        indexer.delete("nstg:scabies");
        put(indexer, "nstg:malaria", "Malaria", "Artemether-lumefantrine treats uncomplicated malaria.");
        indexer.commit();
      }
      long deadline = System.nanoTime() + EvidenceIndex.REFRESH_INTERVAL.multipliedBy(4).toNanos();
      while (index.document("nstg:scabies").isPresent() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(index.document("nstg:scabies")).as("removed, no longer served").isEmpty();
      assertThat(retriever.retrieve("scabies permethrin", 5)).isEmpty();
      assertThat(index.document("nstg:malaria")).as("ingested, served").isPresent();
      assertThat(retriever.retrieve("malaria artemether", 5)).extracting(hit -> hit.passage().docId())
          .contains("nstg:malaria");
      assertThat(index.stats().documents()).isEqualTo(2);
    }
  }

  private static void put(Indexer indexer, String docId, String title, String text) throws Exception {
    Document document = new Document(docId, docId, "nstg", title, text, List.of(new Section("Drug treatment", 0,
        text.length())), SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "",
        "", "", List.of(title), Map.of());
    indexer.put(document, new PassageSplitter().split(document), "test");
  }
}
