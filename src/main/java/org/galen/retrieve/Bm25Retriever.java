package org.galen.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.galen.index.EvidenceIndex;
import org.galen.index.IndexSchema;

/**
 * BM25 over passage body, document title and section title, each analysed in English. The
 * query is free text, never Lucene syntax, so a user's "?" or "AND" cannot break it.
 *
 * <p>Optionally expands the query with a {@link Vocabulary}'s synonyms, at a low weight.
 *
 * <p>Field weights: the body carries the evidence; a title match says the whole document is
 * about the query's subject, a section match says what kind of statement it is.
 */
public final class Bm25Retriever implements Retriever {
  static final float BODY_WEIGHT = 1.0f;
  static final float TITLE_WEIGHT = 0.6f;
  static final float SECTION_WEIGHT = 0.3f;

  /** Weight of a synonym's terms next to the user's own words: a hint, never the main signal. */
  static final float EXPANSION_WEIGHT = 0.3f;

  private final EvidenceIndex index;
  private final QueryBuilder queryBuilder;
  private final Vocabulary expansion;

  public Bm25Retriever(EvidenceIndex index) {
    this(index, Vocabulary.empty());
  }

  /** With query expansion: other names of the drugs and abbreviations the query mentions also match. */
  public Bm25Retriever(EvidenceIndex index, Vocabulary expansion) {
    this.index = index;
    this.queryBuilder = new QueryBuilder(IndexSchema.analyzer());
    this.expansion = expansion;
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    Query lucene = toQuery(query);
    List<PassageHit> hits = new ArrayList<>();
    if (lucene == null) {
      return hits;
    }
    int rank = 1;
    for (EvidenceIndex.ScoredPassage found : index.search(EvidenceIndex.passagesOnly(lucene), k)) {
      hits.add(new PassageHit(rank++, found.score(), found.passage()));
    }
    return hits;
  }

  /** The BM25 query for free text; null when it has no searchable term (only stop words). */
  Query toQuery(String text) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    boolean any = false;
    any |= addField(fields, IndexSchema.BODY, text, BODY_WEIGHT);
    any |= addField(fields, IndexSchema.TITLE, text, TITLE_WEIGHT);
    any |= addField(fields, IndexSchema.SECTION, text, SECTION_WEIGHT);
    for (String alternative : expansion.alternativesIn(text)) {
      addField(fields, IndexSchema.BODY, alternative, EXPANSION_WEIGHT);
      addField(fields, IndexSchema.TITLE, alternative, EXPANSION_WEIGHT * TITLE_WEIGHT);
    }
    return any ? fields.build() : null;
  }

  private boolean addField(BooleanQuery.Builder fields, String field, String text, float weight) {
    Query query = queryBuilder.createBooleanQuery(field, text, Occur.SHOULD);
    if (query == null) {
      return false;
    }
    fields.add(new BoostQuery(query, weight), Occur.SHOULD);
    return true;
  }
}
