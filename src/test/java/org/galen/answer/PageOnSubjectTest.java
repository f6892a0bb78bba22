package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference page whose focus is the subject is about it, though its title puts a site's series
 * before the name and its sentences name only the organism's species: its lines answer. A real
 * index written for the test.
 */
class PageOnSubjectTest {
  @Test
  void aPageWhoseFocusIsTheSubjectAnswersWhateverItsTitleAdds(@TempDir Path directory) throws Exception {
    try (ComposerFixture fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        new DocumentBuilder("medquad:quellosporiasis-8", "medquad")
            .title("How to prevent Parasites - Quellosporiasis (also known as Quellospora Infection) ?")
            .section("prevention", "Prevention of Q. marina infections involves not eating raw snails. "
                + "Vegetables should be washed well before they are eaten raw.")
            .focus(List.of("Quellosporiasis", "Quellospora Infection"))
            .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()))) {
      Article article = fixture.ask("how do we prevent quellosporiasis?", Audience.PATIENT);
      assertThat(article.abstained()).as(article.notes().toString()).isFalse();
      assertThat(article.statements()).extracting(Statement::text)
          .anyMatch(text -> text.contains("Vegetables should be washed"));
    }
  }
}
