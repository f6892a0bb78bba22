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
 * Of a subject's reference pages, the one titled with the question asked leads: a collection that
 * writes one page per question type answers "what is used for it?" on its treatments page, even
 * when another of its pages shares more of the question's words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadingPageTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D005334\tFever\tC23.888.119.344"), List.of(
        page("medquad:zorbitis-todo", "What to do for Zorbitis ?", "treatment",
            "People with zorbitis should rest; medicines used for the fever and the aches help people with "
                + "zorbitis feel better while zorbitis runs its course."),
        page("medquad:zorbitis-treatment", "What are the treatments for Zorbitis ?", "treatment",
            "Zorbitis is treated with an antiviral cream started early, which shortens the illness.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void thePageTitledWithTheQuestionAskedLeads() throws Exception {
    Article article = fixture.ask("What medicines are used for zorbitis?", Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("medquad:zorbitis-treatment");
  }

  @Test
  void thePageTitledWithTheQuestionAskedLeadsOverOneNamingTheQuestionsOtherConcept() throws Exception {
    // Only the other page names the fever: what was asked, not a word shared, chooses the page.
    Article article = fixture.ask("What medicines help zorbitis when there is a fever?", Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("medquad:zorbitis-treatment");
  }

  private static Document page(String docId, String title, String questionType, String text) {
    return new Document(docId, docId, "medquad", title, text, List.of(new Section(questionType, 0, text.length())),
        SourceKind.REFERENCE, EvidenceLevel.REFERENCE, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of("Zorbitis"), Map.of());
  }
}
