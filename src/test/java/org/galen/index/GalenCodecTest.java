package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import java.util.Optional;
import org.galen.passage.PassageSplitter;
import org.galen.source.Section;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalenCodecTest {
  @TempDir
  Path temp;

  /**
   * Stored values of every size read back as written, in any order: empty, within a chunk, one
   * chunk exactly, several chunks (Lucene slices a document that long), beside each other.
   */
  @Test
  void storedValuesOfEverySizeReadBackAsWrittenInAnyOrder() throws Exception {
    Random random = new Random(7);
    int[] sizes = {0, 1, 100, 8191, 8192, 8193, 20_000, 300_000, 5, 1_000, 1_000, 1_000};
    List<String> written = new ArrayList<>();
    try (Directory directory = FSDirectory.open(temp.resolve("plain"));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(new GalenCodec()))) {
      for (int n = 0; n < 200; n++) {
        StringBuilder text = new StringBuilder();
        int size = sizes[n % sizes.length];
        while (text.length() < size) {
          text.append((char) ('a' + random.nextInt(26)));
          if (random.nextInt(7) == 0) {
            text.append("é ");
          }
        }
        written.add(text.toString());
        Document document = new Document();
        document.add(new StringField("id", Integer.toString(n), Field.Store.YES));
        document.add(new StoredField("text", text.toString()));
        writer.addDocument(document);
      }
      writer.commit();
    }
    try (Directory directory = FSDirectory.open(temp.resolve("plain"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      List<Integer> order = new ArrayList<>();
      for (int n = 0; n < reader.maxDoc(); n++) {
        order.add(n);
      }
      java.util.Collections.shuffle(order, random);
      StoredFields fields = reader.storedFields();
      for (int doc : order) {
        Document read = fields.document(doc);
        assertThat(read.get("text")).isEqualTo(written.get(Integer.parseInt(read.get("id"))));
      }
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
        assertThat(segment.info.getCodec().getName()).isEqualTo(GalenCodec.NAME);
      }
    }
  }

  /** The codec is found by its name, as Lucene finds a segment's codec when it opens an index. */
  @Test
  void theCodecIsFoundByTheNameItsSegmentsRecord() {
    assertThat(Codec.forName(GalenCodec.NAME)).isInstanceOf(GalenCodec.class);
  }

  /**
   * Galen's index writes its segments with the codec and reads its passages back; an index written
   * before, with Lucene's default codec, stays readable beside them (no re-ingest is needed).
   */
  @Test
  void theIndexerWritesWithTheCodecAndReadsSegmentsWrittenBefore() throws Exception {
    Path index = temp.resolve("index");
    try (Indexer indexer = new Indexer(index)) {
      indexer.put(guideline("test:before"), new PassageSplitter().split(guideline("test:before")), "test");
      indexer.commit();
      indexer.put(guideline("test:also-before"), new PassageSplitter().split(guideline("test:also-before")), "test");
      indexer.commit();
    }
    // As an index from before the codec: its two segments merged into one by Lucene's default codec.
    try (Directory directory = FSDirectory.open(index); IndexWriter writer = new IndexWriter(directory,
        new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCodec(Codec.getDefault()))) {
      writer.forceMerge(1);
      writer.commit();
    }
    assertThat(codecs(index)).containsExactly(Codec.getDefault().getName());
    try (Indexer indexer = new Indexer(index)) {
      indexer.put(guideline("test:after"), new PassageSplitter().split(guideline("test:after")), "test");
      indexer.commit();
    }
    assertThat(codecs(index)).containsExactlyInAnyOrder(Codec.getDefault().getName(), GalenCodec.NAME);
    try (EvidenceIndex read = EvidenceIndex.open(index)) {
      assertThat(read.document("test:before")).isPresent();
      assertThat(read.document("test:after")).isPresent();
      assertThat(read.passages("test:before")).extracting(StoredPassage::text)
          .isEqualTo(read.passages("test:after").stream().map(StoredPassage::text).toList()).isNotEmpty();
    }
  }

  private static List<String> codecs(Path index) throws Exception {
    try (Directory directory = FSDirectory.open(index)) {
      List<String> names = new ArrayList<>();
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
        names.add(segment.info.getCodec().getName());
      }
      return names;
    }
  }

  private static org.galen.source.Document guideline(String id) {
    String text = "A first codec sentence of the passage. A second sentence follows it.";
    return new org.galen.source.Document(id, id, "test", "Plain stored fields", text,
        List.of(new Section("Overview", 0, text.length())), SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE,
        List.of(), List.of(), "", Optional.empty(), "", "", "", List.of(), java.util.Map.of());
  }
}
