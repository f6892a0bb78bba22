package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence a page cuts where its list starts, with no colon ("A health care provider treats the
 * disease with" above its items), says nothing on its own: the bottom line quotes what does. A real
 * index of one reference page written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DanglingLeadInTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090031\tFrothosis\tC06.901"),
        List.of(new DocumentBuilder("medquad:frothosis-treatments", "medquad")
            .title("What are the treatments for Frothosis ?")
            .section("treatment", "A health care provider treats frothosis with\n\n- rest\n- fluids\n- small meals\n\n"
                + "Most people with frothosis get better with rest and fluids within a week. Frothosis that "
                + "lasts longer is treated by a doctor.")
            .focus(List.of("Frothosis")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aSentenceCutWhereItsListStartsIsNoBottomLine() throws Exception {
    Article article = fixture.ask("How is frothosis treated?", Audience.PATIENT);
    assertThat(article.sections().get(0).statements()).isNotEmpty()
        .noneMatch(statement -> statement.text().endsWith(" with"))
        .anyMatch(statement -> statement.text().startsWith("Most people with frothosis get better"));
  }
}
