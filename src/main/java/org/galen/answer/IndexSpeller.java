package org.galen.answer;

import java.io.IOException;
import java.util.Optional;
import org.galen.answer.question.Initialisms;
import org.galen.answer.question.Speller;
import org.galen.index.EvidenceReader;
import org.galen.index.TextQuery;

/** The index's own words as the question reader's {@link Speller}. */
public final class IndexSpeller implements Speller {
  /** Passages read for an initialism's definition: enough for its sources to outvote a stray one. */
  private static final int DEFINING_PASSAGES = 20;

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

  /** Read from the passages retrieval ranks first for the initialism alone. */
  @Override
  public Optional<String> longForm(String initialism) throws IOException {
    TextQuery query = new TextQuery.Builder().add(TextQuery.Field.BODY, initialism, 1f).build();
    return Initialisms.definedIn(index.searchText(query, DEFINING_PASSAGES).stream()
        .map(hit -> hit.passage().text()).toList(), initialism);
  }
}
