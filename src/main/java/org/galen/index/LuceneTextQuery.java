package org.galen.index;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/** A {@link TextQuery} as the embedded index runs it. */
final class LuceneTextQuery {
  private LuceneTextQuery() {}

  /**
   * A text query as one flat disjunction, and no filter on the record kind: only passage records
   * have the text fields, so none is needed, and a pure disjunction is what Lucene's MaxScore
   * scorer skips through fastest (the same sum of BM25 scores; at 900 k passages the nested,
   * filtered form took twice as long, docs/scale.md). Empty when no clause has a word to search.
   */
  static java.util.Optional<Query> of(TextQuery query) {
    org.apache.lucene.util.QueryBuilder builder = new org.apache.lucene.util.QueryBuilder(IndexSchema.analyzer());
    BooleanQuery.Builder clauses = new BooleanQuery.Builder();
    boolean any = false;
    for (TextQuery.Clause clause : query.clauses()) {
      Query match = builder.createBooleanQuery(field(clause.field()), clause.text(), Occur.SHOULD);
      if (match != null) {
        for (Query part : disjuncts(match)) {
          clauses.add(new org.apache.lucene.search.BoostQuery(part, clause.weight()), Occur.SHOULD);
        }
        any = true;
      }
    }
    return any ? java.util.Optional.of(clauses.build()) : java.util.Optional.empty();
  }

  /** The clauses of a pure disjunction, or the query itself. */
  private static java.util.List<Query> disjuncts(Query query) {
    if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
      return bool.clauses().stream().map(org.apache.lucene.search.BooleanClause::getQuery).toList();
    }
    return java.util.List.of(query);
  }

  private static String field(TextQuery.Field field) {
    return switch (field) {
      case BODY -> IndexSchema.BODY;
      case TITLE -> IndexSchema.TITLE;
      case SECTION -> IndexSchema.SECTION;
      case SUBJECT -> IndexSchema.SUBJECT;
    };
  }

}
