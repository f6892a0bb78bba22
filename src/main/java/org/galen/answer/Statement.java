package org.galen.answer;

import java.util.List;

/**
 * One sentence of an answer: verbatim source text, the reference numbers it cites, and the spans
 * it was taken from.
 */
public record Statement(String text, List<Integer> citations, List<SourceSpan> sources) {
  public Statement {
    citations = List.copyOf(citations);
    sources = List.copyOf(sources);
  }
}
