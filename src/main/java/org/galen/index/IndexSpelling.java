package org.galen.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.StringHelper;

/**
 * The embedded index's spell checking over the whole words of every passage ({@link
 * IndexSchema#SPELL}), with Lucene's {@link DirectSpellChecker}: the correction of a misspelt word
 * and whether a word is one. OpenSearch's term suggester does the same with the same settings
 * ({@code OpenSearchReader}). Stateless.
 */
final class IndexSpelling {
  /** Words shorter than this are too often abbreviations to correct. */
  private static final int MIN_CORRECTED_LENGTH = 5;
  private static final int TWO_EDITS_FROM = 8;
  private static final int CLEARLY_MORE_FREQUENT = 10;

  private IndexSpelling() {}

  /** Whether a word is long enough to be corrected at all. */
  static boolean correctable(Term term) {
    return term.text().length() >= MIN_CORRECTED_LENGTH;
  }

  /**
   * The indexed word a misspelt one most likely is, up to two edits away (a transposition is one).
   * Only an unambiguous correction is given: nearer than every other candidate, or as near and far
   * more frequent ({@value #CLEARLY_MORE_FREQUENT} times), or as near and indexed under the same
   * stems ("diabetes", "diabetic" for "diabetis"); never for a word the index has, nor for a long
   * word clipped to its start ({@link #beginsAWord}).
   */
  static Optional<String> correction(IndexReader reader, Term term) throws IOException {
    if (reader.docFreq(term) > 0) {
      return Optional.empty();
    }
    SuggestWord[] found = near(reader, term);
    if (found.length == 0 || term.text().startsWith(found[0].string) && beginsAWord(reader, term)) {
      return Optional.empty();
    }
    if (found.length > 1 && found[1].score >= found[0].score
        && found[0].freq < (long) CLEARLY_MORE_FREQUENT * found[1].freq
        && !Analysis.stemAlike(found[0].string, found[1].string)) {
      return Optional.empty();
    }
    return Optional.of(found[0].string);
  }

  /** Whether the index lacks the word and has words within the edits its length allows. */
  static boolean misspelt(IndexReader reader, Term term) throws IOException {
    return reader.docFreq(term) == 0 && near(reader, term).length > 0;
  }

  /** Whether the index lacks the word and has longer words beginning with it. */
  static boolean clipped(IndexReader reader, Term term) throws IOException {
    return reader.docFreq(term) == 0 && beginsAWord(reader, term);
  }

  /**
   * Whether an indexed word begins with the word: then, when the nearest word is the word with its
   * end cut off, it is a long word clipped ("chemo" of "chemotherapy") as people clip them, not a
   * misspelling of the shorter word ("chem"). A word short of its last letter is still corrected.
   */
  private static boolean beginsAWord(IndexReader reader, Term term) throws IOException {
    Terms words = MultiTerms.getTerms(reader, term.field());
    if (words == null) {
      return false;
    }
    TermsEnum each = words.iterator();
    return each.seekCeil(term.bytes()) != TermsEnum.SeekStatus.END && StringHelper.startsWith(each.term(), term.bytes());
  }

  /** The two indexed words nearest a word the index lacks, within the edits its length allows. */
  private static SuggestWord[] near(IndexReader reader, Term term) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    // Two edits make another word of a short one ("glorbic" is no typo of anything): one edit below
    // eight letters, two from there. A transposition is one edit.
    checker.setMaxEdits(term.text().length() < TWO_EDITS_FROM ? 1 : 2);
    return checker.suggestSimilar(term, 2, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
  }
}
