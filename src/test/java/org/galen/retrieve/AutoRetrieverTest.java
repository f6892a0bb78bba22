package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.galen.index.EvidenceIndex;
import org.galen.index.Indexer;
import org.galen.passage.Passage;
import org.galen.passage.PassageSplitter;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Auto retrieval in a running server: BM25 while vectors are pending, hybrid once they are all committed. */
class AutoRetrieverTest {
  @Test
  void bm25UntilTheLastVectorIsCommittedThenHybridBuiltOnce(@TempDir Path directory) throws Exception {
    Path indexDirectory = directory.resolve("index");
    Document scabies = document();
    List<Passage> passages = new PassageSplitter().split(scabies);
    try (Indexer indexer = new Indexer(indexDirectory)) {
      indexer.put(scabies, passages, "test");
      indexer.commit();
    }
    AtomicLong clock = new AtomicLong(0);
    AtomicInteger built = new AtomicInteger();
    List<PassageHit> fromHybrid = List.of();
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      Retriever lexical = new Bm25Retriever(index);
      AutoRetriever auto = new AutoRetriever(lexical, index, new AutoRetriever.HybridFactory() {
        @Override
        public Retriever open() {
          built.incrementAndGet();
          return (query, k) -> fromHybrid;
        }

        @Override
        public void close() {}
      }, clock::get);
      assertThat(auto.retrieve("scabies permethrin", 3)).isNotEmpty();
      assertThat(auto.mode()).isEqualTo("bm25");

      try (Indexer indexer = new Indexer(indexDirectory)) {
        // What serve --embed does: the same passages, now with their vectors.
        indexer.put(scabies, passages, "test", passages.stream().map(p -> unit(384)).toList());
        indexer.commit();
      }
      Thread.sleep(EvidenceIndex.REFRESH_INTERVAL.toMillis() + 100);
      assertThat(auto.retrieve("scabies permethrin", 3)).as("checked at most once per interval").isNotEmpty();
      assertThat(built).hasValue(0);
      clock.addAndGet(AutoRetriever.CHECK_INTERVAL.toNanos());
      assertThat(auto.retrieve("scabies permethrin", 3)).isSameAs(fromHybrid);
      assertThat(auto.mode()).isEqualTo("hybrid");
      auto.retrieve("scabies", 3);
      assertThat(built).as("built once").hasValue(1);
    }
  }

  private static float[] unit(int dimension) {
    float[] vector = new float[dimension];
    vector[0] = 1;
    return vector;
  }

  private static Document document() {
    String text = "Permethrin 5% cream applied to the whole body treats scabies.";
    return new Document("nstg:scabies", "scabies", "nstg", "Scabies", text, List.of(new Section("Drug treatment", 0,
        text.length())), SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "",
        "", "", List.of("Scabies"), Map.of());
  }
}
