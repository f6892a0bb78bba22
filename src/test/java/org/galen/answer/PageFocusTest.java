package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/** A booklet series' title kept as a page's focus names the subject the title is about. */
class PageFocusTest {
  @Test
  void aSeriesTitleNamesItsSubjectAnyOtherFocusIsItsOwnName() {
    assertThat(PageFocus.subjectOf("What I need to know about Kellan Ague")).isEqualTo("Kellan Ague");
    assertThat(PageFocus.subjectOf("Kellan Ague: What Farm Workers Need to Know")).isEqualTo("Kellan Ague");
    assertThat(PageFocus.subjectOf("Kellan Ague")).isEqualTo("Kellan Ague");
    assertThat(PageFocus.subjectOf("What I need to know about")).as("a title naming nothing stays as written")
        .isEqualTo("What I need to know about");
  }

  @Test
  void thePageLendsTheSubjectsNameFirst() throws Exception {
    String text = "Kellan ague is a fever of farm workers.";
    Document page = new Document("medquad:kellan-1", "medquad:kellan-1", "medquad", "What is Kellan ague?", text,
        List.of(new Section("information", 0, text.length())), SourceKind.REFERENCE, EvidenceLevel.REFERENCE,
        List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of("What I need to know about Kellan Ague", "Farm ague"), Map.of());
    assertThat(VotingSources.lentNames(page)).containsExactly("Kellan Ague", "Farm ague");
    org.galen.retrieve.PassageHit hit = new org.galen.retrieve.PassageHit(1, 5f, new org.galen.index.StoredPassage(
        page.docId(), page.docId(), "medquad", page.title(), "information", SourceKind.REFERENCE,
        EvidenceLevel.REFERENCE, Optional.empty(), 0, new org.galen.passage.Span(0, text.length()),
        List.of(new org.galen.passage.Span(0, text.length())), text));
    assertThat(new EvidenceTopics(null).of(List.of(hit), Map.of(page.docId(), page)))
        .extracting(EvidenceTopics.Condition::name).as("the condition the page votes for").containsExactly("Kellan Ague");
  }
}
