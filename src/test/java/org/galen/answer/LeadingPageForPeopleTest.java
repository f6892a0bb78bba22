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
 * Of two collections' pages on a subject's treatment, both titled with the question asked, the one
 * that speaks of the people the question asks about leads, though the other names the sign the
 * question names too and scores higher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadingPageForPeopleTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D005334\tFever\tC23.888.119.344"), List.of(
        page("medquad:one-zorbitis-treatment", "Zorbitis is treated with an antiviral cream. Treatment of zorbitis "
            + "with the cream early shortens zorbitis; zorbitis treatment lasts a week. A fever settles."),
        page("medquad:other-zorbitis-treatment", "An antiviral cream treats zorbitis. During pregnancy, a "
            + "health care provider may prescribe a lower dose of the cream.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void thePageSpeakingOfThePeopleAskedAboutLeads() throws Exception {
    Article article = fixture.ask("What is the treatment of zorbitis with a fever in a pregnant woman?", Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("medquad:other-zorbitis-treatment");
    Article anyone = fixture.ask("What is the treatment of zorbitis with a fever in a woman?", Audience.PHYSICIAN);
    assertThat(anyone.references().get(0).docId()).isEqualTo("medquad:one-zorbitis-treatment");
  }

  private static Document page(String docId, String text) {
    return new Document(docId, docId, "medquad", "What are the treatments for Zorbitis ?", text,
        List.of(new Section("treatment", 0, text.length())), SourceKind.REFERENCE, EvidenceLevel.REFERENCE, List.of(),
        List.of(), "", Optional.empty(), "", "", "", List.of("Zorbitis"), Map.of());
  }
}
