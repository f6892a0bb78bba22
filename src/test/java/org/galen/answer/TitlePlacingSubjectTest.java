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
 * A reference page titled with the series it belongs to ("Zorbals - Quorbiasis"), whose series word
 * is that of a heading MeSH files the subject under two levels up, is about the subject: its
 * sentences that do not repeat the subject's name are the article's too. A page whose other title
 * word places nothing stays a narrower page. A real index and vocabulary written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TitlePlacingSubjectTest {
  private static final String PAGE = "Steps can be taken to reduce the risk of quorbiasis. "
      + "Wear long sleeves and long trousers outdoors. Apply repellent to exposed skin before going out.";

  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D900041\tZorbal Diseases\tC01.610", "D900042\tWenla Infections\tC01.610.752",
            "D900043\tQuorbiasis\tC01.610.752.250"),
        List.of(page("medquad:quorbiasis-1", "How to prevent Zorbals - Quorbiasis ?", "Zorbals - Quorbiasis"),
            page("medquad:quorbiasis-2", "How to prevent Feline Quorbiasis ?", "Feline Quorbiasis")));
  }

  private static Document page(String docId, String title, String focus) {
    String text = focus.startsWith("Feline")
        ? "Steps can be taken to reduce the risk of feline quorbiasis. Keep cats indoors at dusk."
        : PAGE;
    return new Document(docId, docId, "medquad", title, text, List.of(new Section("prevention", 0, text.length())),
        SourceKind.REFERENCE, EvidenceLevel.REFERENCE, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of(focus), Map.of());
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aPlacingWordInATitleNamingAnotherConditionPlacesNothing() {
    org.galen.answer.question.Concept infarct = new org.galen.answer.question.Concept("Quorb Infarction",
        org.galen.answer.question.Concept.Origin.MESH, "D900050", List.of("Quorb Infarction"), List.of(),
        org.galen.answer.question.Concept.Kind.CONDITION);
    org.galen.answer.question.QuestionAnalysis asked = new org.galen.answer.question.QuestionAnalysis(
        "how is quorb infarction treated", "how is quorb infarction treated", List.of(), infarct, List.of(),
        "quorb infarction", java.util.Set.of(), false);
    // "Zorbal Failure" is a condition of its own, though "zorbal" is a word of a heading above the subject.
    SubjectMatcher subject = new SubjectMatcher(asked, words -> words.toLowerCase(java.util.Locale.ROOT)
        .contains("zorbal failure"), words -> false, () -> org.galen.answer.question.Stems.of("Zorbal Diseases"));
    assertThat(subject.isTitleAbout("Zorbal Diseases - Quorb Infarction", false, false)).isTrue();
    assertThat(subject.isTitleAbout("Zorbal Failure after Quorb Infarction", true, true)).isFalse();
    assertThat(subject.isTitleAbout("Zorbal Failure after Quorb Infarction", false, false)).isFalse();
  }

  @Test
  void aSeriesWordOfAHeadingAboveTheSubjectPlacesItAndThePageIsAboutIt() throws Exception {
    Article article = fixture.ask("how can he avoid quorbiasis on a walking holiday?", Audience.PHYSICIAN);
    List<String> said = article.sections().stream().flatMap(s -> s.statements().stream()).map(Statement::text)
        .toList();
    assertThat(said).as(article.notes().toString()).contains("Apply repellent to exposed skin before going out.")
        .doesNotContain("Keep cats indoors at dusk.");
  }
}
