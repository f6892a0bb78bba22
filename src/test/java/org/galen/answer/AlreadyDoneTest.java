package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.galen.source.DocumentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asked what helps apart from what the asker already does, the bottom line does not lead with what
 * was set aside: it says what else helps. Asked plainly, the same line may lead. A real index of one
 * reference page written for the test; the words set aside read on their own too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlreadyDoneTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090041\tFrothosis\tC06.902"),
        List.of(new DocumentBuilder("medquad:frothosis-treatments", "medquad")
            .title("What are the treatments for Frothosis ?")
            .section("treatment", "Resting after meals every day helps frothosis. Warm compresses ease "
                + "frothosis. A low-salt diet also helps frothosis.")
            .focus(List.of("Frothosis")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void whatTheQuestionSetsAsideDoesNotLead() throws Exception {
    Article article = fixture.ask("I have frothosis. Apart from resting after meals, what helps?", Audience.PATIENT);
    assertThat(article.sections().get(0).statements().get(0).text()).doesNotContain("Resting");
  }

  @Test
  void theWordsSetAsideRunToTheClausesEnd() {
    org.galen.answer.question.QuestionAnalysis asked = fixture.analyzer.analyze(
        "I have frothosis. Apart from resting after meals, what helps?");
    assertThat(AlreadyDone.in(asked)).contains("meal").doesNotContain("help", "frothosi");
    assertThat(AlreadyDone.in(fixture.analyzer.analyze("How is frothosis treated?"))).isEmpty();
    assertThat(AlreadyDone.in(fixture.analyzer.analyze("Apart from the belching she is well. What helps frothosis?")))
        .as("set aside in the scene, not in the clause that asks").isEmpty();
  }
}
