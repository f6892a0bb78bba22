package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A narrower form a source is about, written whole around the broad name the vocabulary knows
 * ("juvenile gingivosis" around "Gingivosis"), is the subject when retrieval weighs its sources
 * most; when retrieval weighs the broad condition's sources more, the broad condition stays.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NarrowerFormWrittenTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900030\tGingivosis\tC07.465.900"), List.of(
        guideline("nstg:gingivosis", "Gingivosis",
            "Gingivosis is an inflammation of the gums in adults. Scaling within three hours of a flare is an "
                + "option. Chlorhexidine mouthwash twice daily for two weeks."),
        guideline("nstg:juvenile-gingivosis", "Juvenile Gingivosis",
            "Juvenile gingivosis affects the incisors and first molars of children. Drifting teeth are common. "
                + "Child 7 - 10 years: oral tremacillin 100 mg every 8 hours for seven days.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theNarrowerFormRetrievalWeighsMostIsTheSubject() throws Exception {
    Topic topic = fixture.settle("Which oral antibiotic dose for juvenile gingivosis in a child of eight?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Juvenile Gingivosis");
  }

  @Test
  void theBroadConditionRetrievalWeighsMoreStays() throws Exception {
    Topic topic = fixture.settle("Is scaling an option within three hours of a flare of acute juvenile gingivosis in an adult?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Gingivosis");
  }

  private static Document guideline(String docId, String title, String text) {
    return new Document(docId, docId, "nstg", title, text, List.of(new Section("Treatment", 0, text.length())),
        SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of(title), Map.of());
  }
}
