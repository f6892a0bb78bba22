package org.galen.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;

/**
 * Field names and analysis of Galen's Lucene index, in one place for the writer and the readers.
 *
 * <p>The index holds two kinds of Lucene documents, kept in one block per Galen document so an
 * update replaces both atomically: one {@code doc} record (the whole document as JSON, for
 * {@code show} and citations) and its {@code passage}s (BM25-searchable text with offsets).
 */
public final class IndexSchema {
  public static final String KIND = "kind";
  public static final String KIND_DOC = "doc";
  public static final String KIND_PASSAGE = "passage";

  public static final String DOC_ID = "docId";
  public static final String ORIGIN = "origin";
  public static final String SOURCE_ID = "sourceId";
  public static final String COLLECTION = "collection";
  public static final String SOURCE_KIND = "sourceKind";
  public static final String EVIDENCE_LEVEL = "evidenceLevel";
  public static final String DOCUMENT_JSON = "document";

  public static final String TITLE = "title";
  public static final String SECTION = "section";
  /** The names of what the passage's document is about ({@link SubjectNames}), with their synonyms. */
  public static final String SUBJECT = "subject";
  public static final String BODY = "body";
  /**
   * The whole words, unstemmed, of the passage's document title and subject names and of its body
   * ({@link #spellingText}): the dictionary typo correction draws from.
   */
  public static final String SPELL = "spell";
  public static final String ORDINAL = "ordinal";
  public static final String START = "start";
  public static final String END = "end";
  public static final String SENTENCES = "sentences";
  public static final String YEAR = "year";
  /** The passage's embedding (HNSW graph, cosine). */
  public static final String VECTOR = "vector";
  /** {@link #VECTOR_PENDING} until the vector phase has embedded the passage, then {@link #VECTOR_DONE}. */
  public static final String VECTOR_STATE = "vectorState";
  public static final String VECTOR_PENDING = "pending";
  public static final String VECTOR_DONE = "done";

  private IndexSchema() {}

  /** Galen's English analysis ({@link Analysis}) for the searchable text fields; whole words for spelling; ids stay whole. */
  public static Analyzer analyzer() {
    Analyzer english = Analysis.english();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of(TITLE, english, SECTION, english, SUBJECT, NAMES, BODY, english, SPELL, Analysis.words()));
  }

  /** A search cluster's gap between the values of a field: no phrase runs from one subject name into the next. */
  public static final int NAME_GAP = 100;

  /** The English analysis with {@link #NAME_GAP} positions between names, as a search cluster indexes them. */
  private static final Analyzer NAMES = new org.apache.lucene.analysis.DelegatingAnalyzerWrapper(
      Analyzer.PER_FIELD_REUSE_STRATEGY) {
    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return Analysis.english();
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return NAME_GAP;
    }
  };

  /** Refuses an index whose last commit was made with another analysis ({@link Analysis#VERSION}). */
  static void checkAnalysis(Map<String, String> commitData, java.nio.file.Path indexDirectory)
      throws IndexVersionException {
    String found = commitData.getOrDefault(Analysis.VERSION_KEY, "1");
    if (!found.equals(Analysis.VERSION)) {
      throw new IndexVersionException(indexDirectory, found);
    }
  }

  /**
   * What a passage gives the spelling dictionary: its document's title and subject names, then its
   * body. A source may name its subject only in its title ("Hyperemesis Gravidarum" over lines on
   * vomiting in pregnancy), and a misspelt name must be corrected to it, not to a nearer word.
   */
  public static String spellingText(org.galen.source.Document document, String body) {
    return String.join("\n", document.title(), String.join("\n", SubjectNames.of(document)), body);
  }
}
