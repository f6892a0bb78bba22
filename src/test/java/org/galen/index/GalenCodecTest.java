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

  /**
   * As Galen lays out a document: its passages, then its record with the whole document, long
   * enough to be sliced, in the chunk behind them; merged, with documents deleted, and checked.
   */
  @Test
  void aLongRecordBehindShortPassagesSurvivesMergesAndDeletions() throws Exception {
    Random random = new Random(11);
    java.util.Set<String> written = new java.util.HashSet<>();
    Path path = temp.resolve("layout");
    try (Directory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(new GalenCodec())
            .setMaxBufferedDocs(50))) {
      for (int document = 0; document < 40; document++) {
        for (int passage = 0; passage <= document % 5; passage++) {
          written.add(add(writer, "d" + document + "p" + passage, 50 + random.nextInt(900), random));
        }
        written.add(add(writer, "d" + document, 9_000 + random.nextInt(40_000), random));
        if (document % 7 == 3) {
          String deleted = "d" + (document - 1);
          writer.deleteDocuments(new org.apache.lucene.index.Term("id", deleted));
          written.removeIf(entry -> entry.startsWith(deleted + "\t"));
        }
      }
      writer.commit();
      writer.forceMerge(1);
      writer.commit();
    }
    try (Directory directory = FSDirectory.open(path); DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields fields = reader.storedFields();
      java.util.Set<String> read = new java.util.HashSet<>();
      org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      for (int doc = reader.maxDoc() - 1; doc >= 0; doc--) {
        if (live == null || live.get(doc)) {
          Document record = fields.document(doc);
          read.add(record.get("id") + "\t" + record.get("text"));
        }
      }
      assertThat(read).isEqualTo(written);
      try (org.apache.lucene.index.CheckIndex check = new org.apache.lucene.index.CheckIndex(directory)) {
        check.setInfoStream(null);
        assertThat(check.checkIndex().clean).isTrue();
      }
    }
  }

  /** Random bytes in the stored fields, as a failing disk writes them: a damaged index, never garbage fields. */
  @Test
  void aDamagedChunkIsACorruptIndexNotGarbageFields() throws Exception {
    Random random = new Random(3);
    Path path = temp.resolve("damaged");
    try (Directory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(new GalenCodec())
            .setUseCompoundFile(false))) {
      for (int n = 0; n < 100; n++) {
        add(writer, "d" + n, 200 + random.nextInt(2_000), random);
      }
      writer.commit();
    }
    Path storedFields;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(path)) {
      storedFields = files.filter(file -> file.getFileName().toString().endsWith(".fdt")).findFirst().orElseThrow();
    }
    byte[] noise = new byte[64];
    random.nextBytes(noise);
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(storedFields.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(noise);
    }
    try (Directory directory = FSDirectory.open(path); DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields fields = reader.storedFields();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          fields.document(doc);
        }
      }).isInstanceOf(org.apache.lucene.index.CorruptIndexException.class).hasMessageContaining("checksum");
    }
  }

  /** Adds a document of that id with a text of that length; returns "id\ttext". */
  private static String add(IndexWriter writer, String id, int length, Random random) throws Exception {
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    Document document = new Document();
    document.add(new StringField("id", id, Field.Store.YES));
    document.add(new StoredField("text", text.toString()));
    writer.addDocument(document);
    return id + "\t" + text;
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
