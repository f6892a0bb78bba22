package org.galen.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.galen.index.EvidenceReader;
import org.galen.index.ScoredPassage;
import org.galen.index.TextQuery;
import org.galen.index.TextQuery.Field;

/**
 * BM25 over passage body, document title and section title, each analysed in English. The
 * query is free text, never query syntax, so a user's "?" or "AND" cannot break it.
 *
 * <p>Optionally expands the query with a {@link Vocabulary}'s synonyms, at a low weight.
 *
 * <p>Field weights: the body carries the evidence; a title match says the whole document is
 * about the query's subject, a section match says what kind of statement it is, and a subject-name
 * match (a synonym the source lists, a citation's major MeSH heading) says the same as a title's by
 * another name, at a fifth of the body's weight: enough to bring a page found only by a synonym
 * among the best-ranked, little enough that a name the question gives in passing ("(... Movement
 * Disorder)") does not outrank the page about its subject (ArticleQualityTest).
 */
public final class Bm25Retriever implements Retriever {
  static final float BODY_WEIGHT = 1.0f;
  static final float TITLE_WEIGHT = 0.6f;
  static final float SECTION_WEIGHT = 0.3f;
  static final float SUBJECT_WEIGHT = 0.2f;

  /** Weight of a synonym's terms next to the user's own words: a hint, never the main signal. */
  static final float EXPANSION_WEIGHT = 0.3f;

  private final EvidenceReader index;
  private final Vocabulary expansion;

  public Bm25Retriever(EvidenceReader index) {
    this(index, Vocabulary.empty());
  }

  /** With query expansion: other names of the drugs and abbreviations the query mentions also match. */
  public Bm25Retriever(EvidenceReader index, Vocabulary expansion) {
    this.index = index;
    this.expansion = expansion;
  }

  @Override
  public List<PassageHit> retrieve(String query, int k) throws IOException {
    List<PassageHit> hits = new ArrayList<>();
    int rank = 1;
    for (ScoredPassage found : index.searchText(toQuery(query), k)) {
      hits.add(new PassageHit(rank++, found.score(), found.passage()));
    }
    return hits;
  }

  /** The BM25 query for free text, with its expansions. */
  TextQuery toQuery(String text) {
    TextQuery.Builder query = new TextQuery.Builder()
        .add(Field.BODY, text, BODY_WEIGHT)
        .add(Field.TITLE, text, TITLE_WEIGHT)
        .add(Field.SECTION, text, SECTION_WEIGHT)
        .add(Field.SUBJECT, text, SUBJECT_WEIGHT);
    for (String alternative : expansion.alternativesIn(text)) {
      query.add(Field.BODY, alternative, EXPANSION_WEIGHT).add(Field.TITLE, alternative, EXPANSION_WEIGHT * TITLE_WEIGHT);
    }
    return query.build();
  }
}
