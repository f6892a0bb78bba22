package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.galen.source.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A description names no condition: of the conditions retrieval found, the one whose source pictures
 * it settles the subject, its words counted by how telling they are. A long page holding more of the description's common
 * words (a child's age, "little", "tummy") does not outweigh the page holding its rare ones. A real
 * index of pages written for the test; the common words are common in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TellingWordsPictureTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    List<Document> pages = new ArrayList<>(List.of(
        FixtureDocuments.page("medquad:glimmer-1", "Glimmer Papules", "Glimmer papules are pearly bumps, each "
            + "with a dimple in the middle. They go away by themselves."),
        FixtureDocuments.page("medquad:dune-1", "Dune Fever", "Dune fever can start at any age: a child of one "
            + "year or an old adult. A little bump may come up on the tummy or the back and itch for a few days, "
            + "with a fever and a cough.")));
    String[] everyday = {"Sand Cough", "Harbour Ache", "River Chill", "Field Rash", "Market Sneeze", "Road Cramp"};
    for (int i = 0; i < everyday.length; i++) {
      pages.add(FixtureDocuments.page("medquad:everyday-" + i, everyday[i], everyday[i] + " affects people of "
          + "every year of life, old and young; a little tummy upset or an itch is common with it."));
    }
    fixture = ComposerFixture.of(directory, List.of(), List.of(), pages);
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theSourceHoldingTheRareWordsOfTheDescriptionPicturesIt() throws Exception {
    var asked = fixture.analyzer.analyze("my 4 year old has little pearly bumps on his tummy, each with a dimple "
        + "in the middle, and they itch a little. what are they?");
    // Retrieval weighs the long page more: the description, not the ranking, must tell them apart.
    List<EvidenceTopics.Condition> found = List.of(
        FixtureDocuments.condition("Dune Fever", 1.0, "medquad:dune-1"),
        FixtureDocuments.condition("Glimmer Papules", 0.6, "medquad:glimmer-1"));
    assertThat(new DescriptionPictures(fixture.index).describedAmongAll(asked, found))
        .map(EvidenceTopics.Condition::name).contains("Glimmer Papules");
  }
}
