package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.retrieve.PassageHit;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/** The topics of the best-ranked sources and the support each gets from its rank. */
class EvidenceTopicsTest {
  @Test
  void sourcesWithEqualScoresShareARankWhateverTheirOrder() throws Exception {
    EvidenceTopics topics = new EvidenceTopics(null); // guidelines are read from their titles alone
    List<EvidenceTopics.Condition> found = topics.of(List.of(hit(1, "nstg:a", "Back Pain", 7.9f),
        hit(2, "nstg:b", "Deep Vein Thrombosis", 7.9f), hit(3, "nstg:c", "Gout", 5.0f)));
    assertThat(found).extracting(EvidenceTopics.Condition::name)
        .containsExactly("Back Pain", "Deep Vein Thrombosis", "Gout");
    assertThat(found).extracting(EvidenceTopics.Condition::support).containsExactly(1.0, 1.0, 1.0 / 3);
  }

  private static PassageHit hit(int rank, String docId, String title, float score) {
    return new PassageHit(rank, score, new StoredPassage(docId, docId, "nstg", title, "Treatment", SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, Optional.empty(), 0, new Span(0, 4), List.of(new Span(0, 4)), "text"));
  }
}
