package org.galen.answer;

import java.io.IOException;
import java.util.Optional;
import org.galen.answer.question.Speller;
import org.galen.index.EvidenceReader;

/** The index's own words as the question reader's {@link Speller}. */
public final class IndexSpeller implements Speller {
  private final EvidenceReader index;

  public IndexSpeller(EvidenceReader index) {
    this.index = index;
  }

  @Override
  public boolean indexed(String stem) throws IOException {
    return index.hasTerm(stem);
  }

  @Override
  public Optional<String> correction(String word) throws IOException {
    return index.spellingCorrection(word);
  }
}
