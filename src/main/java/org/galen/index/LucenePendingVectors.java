package org.galen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.galen.passage.Passage;
import org.galen.passage.Span;
import org.galen.source.Document;

/**
 * The embedded index's pending vectors: one reader for the whole phase — the documents to embed
 * are known up front, and reopening a near-real-time reader per batch would flush a tiny segment
 * each time (measured: a quarter of the phase's time went to that and the merges it caused).
 */
final class LucenePendingVectors implements PendingVectors {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  LucenePendingVectors(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  @Override
  public Map<String, Integer> documents() throws IOException {
    TermQuery pendingQuery = new TermQuery(new Term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING));
    StoredFields fields = searcher.storedFields();
    Map<String, Integer> passagesPerDoc = new LinkedHashMap<>();
    TopDocs pending = searcher.search(pendingQuery, Math.max(1, searcher.count(pendingQuery)), Sort.INDEXORDER);
    for (ScoreDoc hit : pending.scoreDocs) {
      passagesPerDoc.merge(fields.document(hit.doc, Set.of(IndexSchema.DOC_ID)).get(IndexSchema.DOC_ID), 1, Integer::sum);
    }
    return passagesPerDoc;
  }

  @Override
  public Optional<StoredDocument> load(String docId) throws IOException {
    StoredFields fields = searcher.storedFields();
    TopDocs records = searcher.search(new TermQuery(new Term(IndexSchema.DOC_ID, docId)), Integer.MAX_VALUE);
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
    return document == null ? Optional.empty() : Optional.of(new StoredDocument(document, origin, passages));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
