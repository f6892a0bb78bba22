package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

class DistinctPassagesTest {
  private static PassageHit hit(int rank, String docId, String text) {
    StoredPassage passage = new StoredPassage(docId, docId, "test", "T", "S", SourceKind.LABEL, EvidenceLevel.UNKNOWN,
        Optional.empty(), 0, new Span(0, text.length()), List.of(new Span(0, text.length())), text);
    return new PassageHit(rank, 10f - rank, passage);
  }

  @Test
  void twoMakersLabelsWithTheSameWordsTakeOnePlaceAndTheListIsStillFilled() throws Exception {
    List<Integer> asked = new ArrayList<>();
    Retriever inner = (query, k) -> {
      asked.add(k);
      return List.of(
          hit(1, "spl:maker-a", "Take 200 mg every 4 to 6 hours."),
          hit(2, "spl:maker-b", "take 200 mg  every 4 to 6\nhours."),
          hit(3, "nstg:pain", "Paracetamol 1 g six hourly."),
          hit(4, "spl:maker-c", "Take 200 mg every 4 to 6 hours with food."));
    };
    List<PassageHit> hits = new DistinctPassages(inner).retrieve("q", 3);

    assertThat(hits).extracting(h -> h.passage().docId()).containsExactly("spl:maker-a", "nstg:pain", "spl:maker-c");
    assertThat(hits).extracting(PassageHit::rank).containsExactly(1, 2, 3);
    assertThat(hits.get(1).score()).as("scores are the ranking's own").isEqualTo(7f);
    assertThat(asked).as("more candidates are read than asked for, to fill the list").containsExactly(6);
  }
}
