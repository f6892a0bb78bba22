package org.galen.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.galen.passage.Passage;
import org.galen.source.Document;

/**
 * Writes documents and their passages to the on-disk Lucene index. Thread-safe (Lucene's
 * {@link IndexWriter} is); owns the writer and its lock until {@link #close()}.
 *
 * <p>Nothing is visible to readers until {@link #commit()}: a killed ingest leaves the last
 * committed index intact, which is Lucene's guarantee and the reason commits are explicit.
 */
public final class Indexer implements EvidenceWriter {
  /**
   * Titles and section names are scored by BM25 but never phrase-searched or highlighted, so
   * they skip positions: less to write for every passage.
   */
  private static final FieldType LABEL = labelType();

  /** Whole words for typo correction: indexed (documents only), never stored. */
  private static final FieldType SPELLING = spellingType();
  private static final FieldType NAMES = namesType();

  private final IndexWriter writer;
  /** The last commit, read for {@link #committed}; opened on first use, reopened after commits. */
  private DirectoryReader committedReader;

  /**
   * Subject names: positions (a synonym is phrase-searched) but no length norms — a page listing
   * ten synonyms is no less about each of them than a page giving one.
   */
  private static FieldType namesType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType spellingType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType labelType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  public Indexer(Path indexDirectory) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCodec(new GalenCodec())
        .setRAMBufferSizeMB(128);
    FSDirectory directory = FSDirectory.open(indexDirectory);
    if (DirectoryReader.indexExists(directory)) {
      try (DirectoryReader existing = DirectoryReader.open(directory)) {
        IndexSchema.checkAnalysis(existing.getIndexCommit().getUserData(), indexDirectory);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
    }
    this.writer = new IndexWriter(directory, config);
    // Every commit says which analysis made its terms; readers refuse another one.
    writer.setLiveCommitData(Map.of(Analysis.VERSION_KEY, Analysis.VERSION).entrySet());
  }

  /** Adds or replaces (by docId) one document and its passages, their vectors still pending. */
  @Override
  public void put(Document document, List<Passage> passages, String origin) throws IOException {
    put(document, passages, origin, null);
  }

  /**
   * Adds or replaces one document with its passages and, when {@code vectors} is given (one per
   * passage, in order), their embeddings. Lucene cannot add a field to a stored document, so the
   * vector phase re-puts the whole block.
   */
  @Override
  public void put(Document document, List<Passage> passages, String origin, List<float[]> vectors) throws IOException {
    if (vectors != null && vectors.size() != passages.size()) {
      throw new IllegalArgumentException(vectors.size() + " vectors for " + passages.size() + " passages of "
          + document.docId());
    }
    List<org.apache.lucene.document.Document> block = new ArrayList<>(passages.size() + 1);
    for (int i = 0; i < passages.size(); i++) {
      block.add(passageRecord(document, passages.get(i), origin, vectors == null ? null : vectors.get(i)));
    }
    block.add(documentRecord(document, origin));
    writer.updateDocuments(new Term(IndexSchema.DOC_ID, document.docId()), block);
  }

  /** A near-real-time view of this writer's changes, uncommitted ones included. */
  @Override
  public PendingVectors pendingVectors() throws IOException {
    return new LucenePendingVectors(DirectoryReader.open(writer));
  }

  @Override
  public void delete(String docId) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.DOC_ID, docId));
  }

  /** Removes what an earlier ingest of {@code origin} stored and this one no longer produced. */
  @Override
  public void deleteStale(String origin, Collection<String> keptDocIds) throws IOException {
    List<BytesRef> kept = keptDocIds.stream().map(BytesRef::new).toList();
    writer.deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.ORIGIN, origin)), Occur.FILTER)
        .add(new TermInSetQuery(IndexSchema.DOC_ID, kept), Occur.MUST_NOT)
        .build());
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public synchronized java.util.Optional<Document> committed(String docId) throws IOException {
    if (!DirectoryReader.indexExists(writer.getDirectory())) {
      return java.util.Optional.empty();
    }
    if (committedReader == null) {
      committedReader = DirectoryReader.open(writer.getDirectory());
    } else {
      DirectoryReader newer = DirectoryReader.openIfChanged(committedReader);
      if (newer != null) {
        committedReader.close();
        committedReader = newer;
      }
    }
    org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(committedReader);
    org.apache.lucene.search.TopDocs top = searcher.search(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.DOC_ID, docId)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), Occur.FILTER)
        .build(), 1);
    if (top.scoreDocs.length == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(DocumentCodec.decode(
        searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexSchema.DOCUMENT_JSON)));
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (committedReader != null) {
        committedReader.close();
      }
    } finally {
      writer.close();
    }
  }

  private static org.apache.lucene.document.Document documentRecord(Document document, String origin) {
    org.apache.lucene.document.Document record = common(document, origin, IndexSchema.KIND_DOC);
    record.add(new StoredField(IndexSchema.DOCUMENT_JSON, DocumentCodec.encode(document)));
    return record;
  }

  private static org.apache.lucene.document.Document passageRecord(Document document, Passage passage, String origin,
      float[] vector) {
    org.apache.lucene.document.Document record = common(document, origin, IndexSchema.KIND_PASSAGE);
    if (vector != null) {
      record.add(new KnnFloatVectorField(IndexSchema.VECTOR, vector, VectorSimilarityFunction.COSINE));
    }
    record.add(new StringField(IndexSchema.VECTOR_STATE,
        vector == null ? IndexSchema.VECTOR_PENDING : IndexSchema.VECTOR_DONE, Field.Store.NO));
    record.add(new Field(IndexSchema.TITLE, document.title(), LABEL));
    record.add(new Field(IndexSchema.SECTION, passage.section(), LABEL));
    for (String name : SubjectNames.of(document)) {
      record.add(new Field(IndexSchema.SUBJECT, name, NAMES));
    }
    String body = passage.text(document.text());
    record.add(new TextField(IndexSchema.BODY, body, Field.Store.YES));
    record.add(new Field(IndexSchema.SPELL, IndexSchema.spellingText(document, body), SPELLING));
    record.add(new StoredField(IndexSchema.ORDINAL, passage.ordinal()));
    record.add(new StoredField(IndexSchema.START, passage.span().start()));
    record.add(new StoredField(IndexSchema.END, passage.span().end()));
    record.add(new StoredField(IndexSchema.SENTENCES, DocumentCodec.encodeSpans(passage.sentences())));
    document.year().ifPresent(year -> {
      record.add(new IntPoint(IndexSchema.YEAR, year));
      record.add(new StoredField(IndexSchema.YEAR, year));
    });
    return record;
  }

  private static org.apache.lucene.document.Document common(Document document, String origin, String kind) {
    org.apache.lucene.document.Document record = new org.apache.lucene.document.Document();
    record.add(new StringField(IndexSchema.KIND, kind, Field.Store.NO));
    record.add(new StringField(IndexSchema.DOC_ID, document.docId(), Field.Store.YES));
    record.add(new StringField(IndexSchema.ORIGIN, origin, Field.Store.YES));
    record.add(new StringField(IndexSchema.SOURCE_ID, document.sourceId(), Field.Store.YES));
    record.add(new StringField(IndexSchema.COLLECTION, document.collection(), Field.Store.YES));
    record.add(new StringField(IndexSchema.SOURCE_KIND, document.sourceKind().name(), Field.Store.YES));
    record.add(new StringField(IndexSchema.EVIDENCE_LEVEL, document.evidenceLevel().name(), Field.Store.YES));
    return record;
  }
}
