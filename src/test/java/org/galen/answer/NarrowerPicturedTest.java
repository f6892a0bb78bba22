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
 * A description whose words a page on a narrower form of a condition holds most (a long page on a
 * rare form), while retrieval weighs the condition itself more (its guideline first), is about the
 * condition: the form's page and the guideline are about one thing, and the guideline leads. A real
 * index of a guideline and three pages written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NarrowerPicturedTest {
  private ComposerFixture fixture;

  private ComposerFixture classFixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory.resolve("condition"), List.of(), List.of(), corpus("Ember Rash"));
    classFixture = ComposerFixture.of(directory.resolve("class"), List.of(), List.of(), corpus("Rash"));
  }

  /** The guideline titled as given, a page on a form of ember rash, a rival page and a page below them. */
  private static List<org.galen.source.Document> corpus(String guidelineTitle) {
    return List.of(
        new DocumentBuilder("nstg:ember", "nstg").title(guidelineTitle)
            .section("Introduction", "Shins burn and weep after shifts underground. Burning, weeping shins in "
                + "miners underground.")
            .section("Drug treatment", "Zinc paste twice daily soothes ember rash.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        FixtureDocuments.page("medquad:ember-1", "Crusted Ember Rash", "Crusted ember rash is a rare form of ember "
            + "rash seen in a few families of miners. Over many years the skin of the lower legs thickens and "
            + "darkens, and after long working days the shins may burn and weep. It is passed down in families "
            + "and is more common in men. Some people also have thick nails, sparse hair and patches of dark "
            + "skin on the arms, and a few lose hearing in later life. Shifts underground make it worse."),
        FixtureDocuments.page("medquad:knee-1", "Kneeler's Bursa", "Kneeler's bursa: long shifts underground. "
            + "Long shifts underground make the knee burn and weep."),
        FixtureDocuments.page("medquad:dry-1", "Dry Skin", "Dry skin of the legs is common in long winters."));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
    classFixture.close();
  }

  @Test
  void aNarrowerFormPicturedIsTheConditionRetrievalWeighsMore() throws Exception {
    Topic topic = fixture.settle("my shins burn and weep after long shifts underground. what is it?");
    assertThat(topic.reasons()).as("no margin: the description settles it").anyMatch(r -> r.endsWith("no margin"));
    assertThat(topic.analysis().primary().name()).as("the form's page holds the most of the description; the "
        + "condition it is a form of, its guideline first, is what retrieval weighs more").isEqualTo("Ember Rash");
  }

  @Test
  void aOneWordClassOfConditionsIsNoConditionTheFormIsOf() throws Exception {
    Topic topic = classFixture.settle("my shins burn and weep after long shifts underground. what is it?");
    assertThat(topic.analysis().primary().name()).as("a guideline titled with a class (\"Rash\") names no one "
        + "condition: the form's page, which pictures the description best, names it").isEqualTo("Crusted Ember Rash");
  }
}
