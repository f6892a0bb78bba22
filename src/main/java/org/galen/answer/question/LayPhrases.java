package org.galen.answer.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.source.ClinicalVocabulary;

/**
 * Lay descriptions found in a question ("still fitting", "blood in my son's urine"), each with the
 * clinical words sources use and the concept they name. Matched on the words as written, never on
 * stems: "fitting" is a seizure, "fit for surgery" is not, and a hyphenated word is one word
 * ("loose-fitting"). Immutable; thread-safe.
 */
final class LayPhrases {
  /** A word as written: letters and apostrophes, hyphenated parts kept together. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+(?:-[\\p{L}\\p{N}'’]+)*");
  /** Written between two lay words, lets up to this many other words stand there. */
  private static final String GAP = "...";
  private static final int MAX_GAP_WORDS = 2;

  /** A lay description found: where, its clinical words, and their concept (null when none is known). */
  record Match(int start, int end, String clinicalWords, Concept concept) {}

  /** A lay term's words as matched, its clinical words, and their concept (null when none is known). */
  record Phrase(List<String> words, String clinicalWords, Concept concept) {
    int length() {
      return (int) words.stream().filter(w -> !w.equals(GAP)).count();
    }
  }

  private final List<Phrase> phrases;

  private LayPhrases(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /** Phrases as {@link #phrases()} gave them, in that order ({@link KeptConcepts}). */
  static LayPhrases restored(List<Phrase> phrases) {
    return new LayPhrases(phrases);
  }

  /** The phrases, longest first, as matched. */
  List<Phrase> phrases() {
    return phrases;
  }

  /** The lay terms, each with the concept {@code conceptOf} finds for its clinical words (or null). */
  static LayPhrases of(List<ClinicalVocabulary.LayTerm> terms, Function<String, Concept> conceptOf) {
    List<Phrase> phrases = new ArrayList<>();
    for (ClinicalVocabulary.LayTerm term : terms) {
      List<String> words = new ArrayList<>();
      for (String part : term.layWords().split("\\s+")) {
        words.add(part.equals(GAP) ? GAP : normal(part));
      }
      Concept concept = conceptOf.apply(term.clinicalWords());
      phrases.add(new Phrase(words, term.clinicalWords(), concept == null ? null : concept.describedInLayWords()));
    }
    // Longest first: "blood at the end of ... urine" before "blood ... urine".
    phrases.sort(Comparator.comparingInt(Phrase::length).reversed());
    return new LayPhrases(phrases);
  }

  /** The lay descriptions in a text, in text order; where two overlap, the longer. */
  List<Match> matches(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      spans.add(new int[] {word.start(), word.end()});
      words.add(normal(word.group()));
    }
    List<Match> found = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    for (Phrase phrase : phrases) {
      for (int first = 0; first < words.size(); first++) {
        int last = matchFrom(phrase.words(), words, first);
        if (last < 0 || anyTaken(taken, first, last)) {
          continue;
        }
        java.util.Arrays.fill(taken, first, last + 1, true);
        found.add(new Match(spans.get(first)[0], spans.get(last)[1], phrase.clinicalWords(), phrase.concept()));
      }
    }
    found.sort(Comparator.comparingInt(Match::start));
    return found;
  }

  /** The index of the last text word the phrase matches starting at {@code first}; -1 when it does not. */
  private static int matchFrom(List<String> phrase, List<String> words, int first) {
    int at = first;
    int gap = 0;
    for (String part : phrase) {
      if (part.equals(GAP)) {
        gap = MAX_GAP_WORDS;
        continue;
      }
      int found = -1;
      for (int i = at; i < words.size() && i <= at + gap; i++) {
        if (words.get(i).equals(part)) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      at = found + 1;
      gap = 0;
    }
    return at - 1;
  }

  private static boolean anyTaken(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
