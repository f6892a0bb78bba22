package org.galen.answer.question;

import java.io.IOException;
import java.util.Optional;

/**
 * What the evidence knows of a question's words: whether a stem is indexed, the indexed word a
 * misspelt one most likely is, and what an initialism stands for. The answer stage gives one over
 * the index's read side; {@link #NONE} knows nothing and corrects nothing.
 */
public interface Speller {
  Speller NONE = new Speller() {
    @Override
    public boolean indexed(String stem) {
      return true;
    }

    @Override
    public Optional<String> correction(String word) {
      return Optional.empty();
    }
  };

  /** Whether any indexed passage has this stem (as {@link Stems} makes it). */
  boolean indexed(String stem) throws IOException;

  /** Whether every one of these stems is indexed (each possibly in another passage). */
  default boolean indexedAll(java.util.Set<String> stems) throws IOException {
    for (String stem : stems) {
      if (!indexed(stem)) {
        return false;
      }
    }
    return true;
  }

  /** The indexed word {@code word} was most likely meant to be, when that is unambiguous. */
  Optional<String> correction(String word) throws IOException;

  /**
   * The long form the evidence defines an initialism by ({@link Initialisms#definedIn}), when it
   * does; none by default.
   */
  default Optional<String> longForm(String initialism) throws IOException {
    return Optional.empty();
  }
}
