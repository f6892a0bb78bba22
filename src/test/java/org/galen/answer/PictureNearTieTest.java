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
 * Two sources that picture a description nearly alike — one holding the same telling words and one
 * common word more — are told apart by retrieval's weight, not by the common word: the page
 * retrieval put first stays; a page far behind it that pictures the description clearly better
 * still wins. A real index of pages written for the test; the common word is common in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PictureNearTieTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    List<Document> pages = new ArrayList<>(List.of(
        FixtureDocuments.page("medquad:knotroot-1", "Knotroot Boil", "A knotroot boil is a swollen lump with a "
            + "small opening on top and a crawling larva inside it."),
        FixtureDocuments.page("medquad:tubeway-1", "Tubeway Care", "Where the tube goes in there may be a swollen "
            + "lump or a small opening; a crawling sensation inside it is how some feel the tube."),
        FixtureDocuments.page("medquad:thornpit-1", "Thornpit Sore", "A thornpit sore is a swollen lump with a "
            + "small opening, a crawling larva inside it and a black speck, a burrow and a weeping rim.")));
    String[] everyday = {"Sand Cough", "Harbour Ache", "River Chill", "Field Rash", "Market Sneeze", "Road Cramp"};
    for (int i = 0; i < everyday.length; i++) {
      pages.add(FixtureDocuments.page("medquad:everyday-" + i, everyday[i], "With " + everyday[i]
          + " people feel tired and feel cold."));
    }
    fixture = ComposerFixture.of(directory, List.of(), List.of(), pages);
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aCommonWordMoreDoesNotOutweighRetrieval() throws Exception {
    var asked = fixture.analyzer.analyze("my son has a swollen lump with a small opening and he can feel something "
        + "crawling inside it. what is it?");
    List<EvidenceTopics.Condition> found = List.of(
        FixtureDocuments.condition("Knotroot Boil", 1.0, "medquad:knotroot-1"),
        FixtureDocuments.condition("Tubeway Care", 0.15, "medquad:tubeway-1"));
    assertThat(new DescriptionPictures(fixture.index).describedAmongAll(asked, found))
        .map(EvidenceTopics.Condition::name).contains("Knotroot Boil");
  }

  @Test
  void aClearlyBetterPictureFarBehindStillWins() throws Exception {
    var asked = fixture.analyzer.analyze("my son has a swollen lump with a small opening, a black speck and a "
        + "weeping rim, and something crawling inside it. what is it?");
    List<EvidenceTopics.Condition> found = List.of(
        FixtureDocuments.condition("Knotroot Boil", 1.0, "medquad:knotroot-1"),
        FixtureDocuments.condition("Thornpit Sore", 0.15, "medquad:thornpit-1"));
    assertThat(new DescriptionPictures(fixture.index).describedAmongAll(asked, found))
        .map(EvidenceTopics.Condition::name).contains("Thornpit Sore");
  }
}
