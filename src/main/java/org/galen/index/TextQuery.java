package org.galen.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A BM25 query in terms every backend can run: weighted free-text clauses over the passage
 * fields, any of which may match (their scores add). The text is analysed as the index analyses
 * it ({@link Analysis}); it is never query syntax, so a user's "?" or "AND" cannot break it.
 */
public record TextQuery(List<Clause> clauses) {
  /** The passage fields a clause can search. */
  public enum Field { BODY, TITLE, SECTION, SUBJECT }

  /** Free text searched in one field, its score multiplied by {@code weight}. */
  public record Clause(Field field, String text, float weight) {}

  public TextQuery {
    clauses = List.copyOf(clauses);
  }

  /** Builds a query clause by clause. */
  public static final class Builder {
    private final List<Clause> clauses = new ArrayList<>();

    public Builder add(Field field, String text, float weight) {
      clauses.add(new Clause(field, text, weight));
      return this;
    }

    public TextQuery build() {
      return new TextQuery(clauses);
    }
  }
}
