package org.galen.answer.question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English stems, exactly as {@link org.galen.index.Analysis} indexes body text: questions, concept names
 * and sentences are compared in one form, so "treated" meets "treatment" and "Myoclonic" does not
 * need its own synonym.
 */
public final class Stems {
  /** The index's own analysis: a question's stems are the terms the index holds. */
  private static final Analyzer ENGLISH = org.galen.index.Analysis.english();

  /** A stem and where the word it came from is in the text. */
  public record Token(String stem, int start, int end) {}

  private Stems() {}

  public static Set<String> of(String text) {
    Set<String> stems = new LinkedHashSet<>();
    tokens(text).forEach(token -> stems.add(token.stem()));
    return stems;
  }

  /** The stems in text order, with offsets; stop words are dropped, as the index drops them. */
  public static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = ENGLISH.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String stem = term.toString();
        tokens.add(new Token(stem, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The stems of a name joined by spaces: the key concept names are looked up by. */
  public static String key(String name) {
    return String.join(" ", tokens(name).stream().map(Token::stem).toList());
  }
}
