package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name that the pages of three different conditions each list among their other names is the
 * name of a class they are filed under, not a synonym of any one of them: a guideline titled with
 * it is about the class, and does not lead an article on one of them. A name only one condition's
 * page lists is still its synonym, and so is one that the pages of one condition list under names
 * spelt apart, each listing another's own name. A real index written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassNamesTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        page("medquad:zentin-1", List.of("Zentin Fasciitis", "Shulberg disease", "Quorbal Myopathy"),
            "Zentin fasciitis is treated with glorbonol tablets for some months."),
        page("medquad:pelmar-1", List.of("Pelmar Myositis", "Quorbal Myopathy"),
            "Pelmar myositis is treated with rest and stretching."),
        page("medquad:drent-1", List.of("Drent Syndrome", "Quorbal Myopathy"),
            "Drent syndrome is treated with a low salt diet."),
        new DocumentBuilder("nstg:quorbal-myopathy", "nstg").title("Quorbal Myopathy")
            .section("Drug treatment", "Tabs quellan 20 mg daily for quorbal myopathy.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        // The class's own page: its members each list its name, which links none to another.
        page("medquad:quorbal-1", List.of("Quorbal Myopathy", "Quorbal myopathies"),
            "Quorbal myopathies are a group of muscle diseases."),
        // One condition's pages in three collections, its first name mangled in one of them: each
        // lists a name of another, so the name they share is a synonym, not a class's.
        page("medquad:vanor-1", List.of("Vanor disease", "Vantor disease", "Vantor syndrome"),
            "These resources address the diagnosis or management of Vanor disease."),
        page("medquad:vantor-1", List.of("Vantor's disease", "Vantor disease", "Vantor syndrome"),
            "Vantor's disease is treated with zelbamide rinses for the sores."),
        page("medquad:vantor-2", List.of("Vantor's Syndrome", "Vantor's disease"),
            "Vantor's syndrome is an inflammation of the blood vessels.")));
  }

  private static Document page(String docId, List<String> names, String text) {
    return new DocumentBuilder(docId, "medquad").title("What are the treatments for " + names.get(0) + " ?")
        .section("treatment", text).focus(names).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build();
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aClassManyPagesListIsNoSynonymAndItsGuidelineDoesNotLead() throws Exception {
    String question = "how is zentin fasciitis treated?";
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().names()).as(topic.reasons().toString())
        .contains("Shulberg disease").doesNotContain("Quorbal Myopathy");
    Article article = fixture.ask(question, Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("medquad:zentin-1");
    assertThat(article.statements()).extracting(Statement::text).noneMatch(text -> text.contains("quellan"));
  }

  @Test
  void aNameOneConditionsPagesListUnderNamesSpeltApartIsItsSynonym() throws Exception {
    String question = "how is vanor disease treated?";
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().names()).as(topic.reasons().toString()).contains("Vantor disease");
    Article article = fixture.ask(question, Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.statements()).extracting(Statement::text).anyMatch(text -> text.contains("zelbamide"));
  }
}
