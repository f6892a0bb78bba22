package org.galen.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.galen.source.Document;

/**
 * What every later stage reads from the indexed evidence — the answer stage, the retrievers, the
 * web app and the CLI — whatever holds it: the embedded Lucene index ({@link EvidenceIndex}) or a
 * cluster. No search engine's types cross it: queries are {@link TextQuery} and vectors, results
 * are stored passages and documents. Implementations are thread-safe.
 */
public interface EvidenceReader extends Closeable {
  /** Neighbours an HNSW search explores at least, whatever {@code k}: recall at small {@code k}. */
  int MIN_VECTOR_CANDIDATES = 100;

  /** The {@code k} best passages by BM25 for a text query; empty when it has no searchable word. */
  List<ScoredPassage> searchText(TextQuery query, int k) throws IOException;

  /** The {@code k} passages nearest to a query vector (cosine), among those with vectors. */
  List<ScoredPassage> searchVector(float[] vector, int k) throws IOException;

  /** A document by its id. */
  Optional<Document> document(String docId) throws IOException;

  /** Every passage of one document, in document order. */
  List<StoredPassage> passages(String docId) throws IOException;

  /** Passages of the guidelines whose title has every word of {@code words}. */
  List<StoredPassage> guidelinePassagesTitled(String words, int max) throws IOException;

  /** The guideline passages whose text best matches {@code words} (BM25). */
  List<StoredPassage> guidelinePassagesMatching(String words, int max) throws IOException;

  /** Whether any passage's text or title has these words as a phrase, analysed as the index analyses them. */
  boolean hasPhrase(String words) throws IOException;

  /** Whether any passage's text or title has this analysed term (a stem, as {@link Analysis} makes it). */
  boolean hasTerm(String stem) throws IOException;

  /**
   * How telling each stem is of the passages holding it: its inverse document frequency over the
   * records' text ({@link #inverseFrequency}); 0 for a stem no text holds. The records are counted
   * once for all the stems.
   */
  java.util.Map<String, Double> rarities(java.util.Collection<String> stems) throws IOException;

  /** BM25's inverse document frequency: {@code ln(1 + (records − holding + ½) / (holding + ½))}; 0 when none holds it. */
  static double inverseFrequency(long records, long holding) {
    return holding <= 0 ? 0 : Math.log(1 + (records - holding + 0.5) / (holding + 0.5));
  }

  /** The indexed word a misspelt one most likely is; empty when unsure or when the word is indexed. */
  Optional<String> spellingCorrection(String word) throws IOException;

  /**
   * Whether a word no passage has is within the spell checker's edits of one that some passage has
   * ({@link #spellingCorrection}'s reach, however many words are as near): most likely that word
   * misspelt ("takin"), not a name the index lacks. Never for a word shorter than the spell checker
   * corrects (five letters), too often an abbreviation.
   */
  boolean misspelt(String word) throws IOException;

  /**
   * Whether a word no passage has is the start of words some passage has: a word clipped as people
   * clip them in notes ("abdo" of "abdominal"), not a name the index lacks. Never for a word
   * shorter than {@value #MIN_CLIPPED_LETTERS} letters, which begins too many words to say.
   */
  boolean clipped(String word) throws IOException;

  /** Letters a word needs to be read as another clipped ({@link #clipped}). */
  int MIN_CLIPPED_LETTERS = 4;

  /** Documents and passages, by source and by evidence level. */
  IndexStats stats() throws IOException;

  /** How many passages have their vector, and how many wait for one. */
  VectorStatus vectorStatus() throws IOException;
}
