package org.galen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.galen.embed.Embedder;
import org.galen.passage.Passage;
import org.galen.passage.Span;
import org.galen.source.Document;

/**
 * The second, resumable phase of ingest: embeds every passage whose vector is pending and
 * stores it in the same index. BM25 is usable before it starts; hybrid retrieval once it ends.
 *
 * <p>Works in batches of whole documents, committing every {@value #COMMIT_EVERY_SECONDS} s: a
 * killed run resumes where the last commit left it, because progress is the index itself (each
 * passage is {@code pending} or {@code done}), not a separate checkpoint that could disagree.
 */
public final class VectorPhase {
  public static final int BATCH_PASSAGES = 128;
  private static final long COMMIT_EVERY_SECONDS = 30;

  /** Receives progress in passages. */
  public interface Progress {
    void embedded(long done, long total);
  }

  private final Indexer indexer;
  private final Embedder embedder;
  private final Progress progress;

  public VectorPhase(Indexer indexer, Embedder embedder, Progress progress) {
    this.indexer = indexer;
    this.embedder = embedder;
    this.progress = progress;
  }

  /** Embeds every pending passage; returns how many were embedded. */
  public long run() throws IOException {
    DirectoryReader reader = indexer.openReader();
    long total = new IndexSearcher(reader).count(pendingQuery());
    long done = 0;
    long lastCommit = System.nanoTime();
    try {
      while (true) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs pending = searcher.search(pendingQuery(), BATCH_PASSAGES);
        if (pending.scoreDocs.length == 0) {
          break;
        }
        done += embedDocuments(searcher, docIds(searcher, pending));
        progress.embedded(Math.min(done, total), total);
        if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(COMMIT_EVERY_SECONDS)) {
          indexer.commit();
          lastCommit = System.nanoTime();
        }
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, indexer.writer());
        if (newer != null) {
          reader.close();
          reader = newer;
        }
      }
    } finally {
      reader.close();
    }
    indexer.commit();
    return done;
  }

  private static TermQuery pendingQuery() {
    return new TermQuery(new Term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING));
  }

  private static Set<String> docIds(IndexSearcher searcher, TopDocs hits) throws IOException {
    StoredFields fields = searcher.storedFields();
    Set<String> docIds = new LinkedHashSet<>();
    for (ScoreDoc hit : hits.scoreDocs) {
      docIds.add(fields.document(hit.doc).get(IndexSchema.DOC_ID));
    }
    return docIds;
  }

  /** Re-puts each document with vectors for all its passages, embedded in one batch. */
  private int embedDocuments(IndexSearcher searcher, Set<String> docIds) throws IOException {
    List<Stored> documents = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String docId : docIds) {
      Stored stored = load(searcher, docId);
      if (stored == null) {
        indexer.delete(docId); // passages without their document record: orphans, never citable
        continue;
      }
      documents.add(stored);
      for (Passage passage : stored.passages()) {
        texts.add(embeddingText(stored.document(), passage));
      }
    }
    List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedPassages(texts);
    int next = 0;
    for (Stored stored : documents) {
      int count = stored.passages().size();
      indexer.put(stored.document(), stored.passages(), stored.origin(), vectors.subList(next, next + count));
      next += count;
    }
    return texts.size();
  }

  /** The title travels with every passage: "Acute Otitis Media" is what a dose line is about. */
  static String embeddingText(Document document, Passage passage) {
    return document.title() + "\n" + passage.text(document.text());
  }

  private record Stored(Document document, String origin, List<Passage> passages) {}

  private static Stored load(IndexSearcher searcher, String docId) throws IOException {
    StoredFields fields = searcher.storedFields();
    TopDocs records = searcher.search(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.DOC_ID, docId)), Occur.FILTER)
        .build(), Integer.MAX_VALUE);
    Document document = null;
    String origin = "";
    List<Passage> passages = new ArrayList<>();
    for (ScoreDoc hit : records.scoreDocs) {
      org.apache.lucene.document.Document record = fields.document(hit.doc);
      if (record.get(IndexSchema.DOCUMENT_JSON) != null) {
        document = DocumentCodec.decode(record.get(IndexSchema.DOCUMENT_JSON));
        origin = record.get(IndexSchema.ORIGIN);
      } else {
        passages.add(new Passage(docId, record.getField(IndexSchema.ORDINAL).numericValue().intValue(),
            record.get(IndexSchema.SECTION),
            new Span(record.getField(IndexSchema.START).numericValue().intValue(),
                record.getField(IndexSchema.END).numericValue().intValue()),
            DocumentCodec.decodeSpans(record.get(IndexSchema.SENTENCES))));
      }
    }
    passages.sort(Comparator.comparingInt(Passage::ordinal));
    return document == null ? null : new Stored(document, origin, passages);
  }
}
