package org.galen.retrieve;

import java.io.IOException;
import java.util.List;

/**
 * Finds the passages most relevant to a query. The answer stage depends only on this interface,
 * so BM25 today and hybrid dense + lexical retrieval later are interchangeable.
 */
public interface Retriever {
  List<PassageHit> retrieve(String query, int k) throws IOException;
}
