package org.galen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Finds a document's records (its own, or its passages') by their terms' postings. Stateless. */
final class RecordPostings {
  private RecordPostings() {}

  /**
   * Up to {@code max} live records of one kind holding {@code docId}, in index order, by the two
   * terms' postings. An answer reads a few dozen documents and their passages; a query for each
   * (weights, scorers, a top-docs collector over every segment) cost more than reading them.
   */
  static List<Integer> of(IndexSearcher searcher, String docId, String kindOf, int max) throws IOException {
    Term id = new Term(IndexSchema.DOC_ID, docId);
    Term kind = new Term(IndexSchema.KIND, kindOf);
    List<Integer> found = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum ids = leaf.reader().postings(id, PostingsEnum.NONE);
      PostingsEnum kinds = ids == null ? null : leaf.reader().postings(kind, PostingsEnum.NONE);
      if (kinds == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (kinds.docID() < doc) {
          kinds.advance(doc);
        }
        if (kinds.docID() == doc && (live == null || live.get(doc))) {
          found.add(leaf.docBase + doc);
          if (found.size() == max) {
            return found;
          }
        }
      }
    }
    return found;
  }
}
