package org.galen.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A question's terms, stemmed as the index stems them, split into the <em>focus</em> (what the
 * question is about: "myoclonus") and the <em>intent</em> words (what it asks: "treatment").
 *
 * <p>A statement must mention the focus to be worth citing; intent words only rank.
 */
public record QuestionTerms(Set<String> focus, Set<String> intent) {
  /** Analyzers are thread-safe and costly to build; this one is never reconfigured. */
  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  /** Stems of words that say what kind of answer is wanted, not what it is about. */
  private static final Set<String> INTENT_STEMS = stems("treatment treat treated therapy therapies therapeutic manage "
      + "management managed drug drugs medication medications medicine dose doses dosing diagnosis diagnose diagnosed "
      + "diagnostic test tests symptom symptoms sign signs cause causes caused risk risks factor factors prognosis "
      + "outlook prevent prevention prevented complication complications side effect effects adverse best option "
      + "options first line recommended recommendation guideline guidelines patient patients people person adult "
      + "adults child children what which how who when why does do can should used use type types");

  public static QuestionTerms of(String question) {
    Set<String> focus = new LinkedHashSet<>();
    Set<String> intent = new LinkedHashSet<>();
    for (String stem : stems(question)) {
      (INTENT_STEMS.contains(stem) ? intent : focus).add(stem);
    }
    return new QuestionTerms(focus, intent);
  }

  /** English-analysed stems of a text, as {@link org.galen.index.IndexSchema} indexes it. */
  public static Set<String> stems(String text) {
    Set<String> stems = new LinkedHashSet<>();
    try (TokenStream tokens = ENGLISH.tokenStream("body", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stems.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
