package org.galen.answer.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.galen.index.Analysis;

/**
 * English stems, exactly as {@link Analysis} indexes body text: questions, concept names and
 * sentences are compared in one form, so "treated" meets "treatment" and "Myoclonic" does not need
 * its own synonym. The index's own analysis, reached through {@link Analysis#stems}: a question's
 * stems are the terms the index holds.
 */
public final class Stems {
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
    Analysis.stems(text, (stem, start, end) -> tokens.add(new Token(stem, start, end)));
    return tokens;
  }

  /** The stems of a name joined by spaces: the key concept names are looked up by. */
  public static String key(String name) {
    return String.join(" ", tokens(name).stream().map(Token::stem).toList());
  }
}
