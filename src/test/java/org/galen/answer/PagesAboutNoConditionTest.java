package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference page about something no patient has — here water, which the vocabulary files among
 * chemicals — ranked first for a word of a description's circumstances, names no condition: neither
 * by its page's vote nor by its name written in the question. The condition the description
 * pictures is the subject. A real index of pages written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesAboutNoConditionTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900101\tPond Water\tD01.455.900.900",
        "D900102\tFilament Worm Disease\tC03.335.900", "D900103\tBlister\tC17.800.100"), List.of(
        FixtureDocuments.page("medquad:pondwater-1", "Pond Water", "Pond water is water from a pond. Water from a "
            + "pond you drink or swim in may hold germs: boil pond water before you drink it, and filter the water "
            + "from a pond through a cloth. A pond dries in summer."),
        FixtureDocuments.page("medquad:pondwater-2", "Pond Water", "Children play in pond water; the water of a "
            + "pond is warm in summer and cold in winter."),
        FixtureDocuments.page("medquad:filament-1", "Filament Worm Disease", "Filament worm disease is a painful blister on "
            + "the leg or ankle from which a thin white worm pokes out. It is caught from drinking water. "
            + "Treatment: wind the worm out slowly on a stick, a little each day.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aPageOnWaterDoesNotOutvoteTheConditionDescribed() throws Exception {
    Topic topic = fixture.settle("a thin white thing pokes out of my ankle. we drink water from a pond, swim in the "
        + "pond and boil the water from it first. how do I get it out?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Filament Worm Disease");
  }

  @Test
  void theNameOfWaterWrittenWholeNamesNoSubject() throws Exception {
    Topic topic = fixture.settle("a thin white thing pokes out of a blister on my ankle and we drink pond water, "
        + "we swim in the pond and boil the water first. how do I get it out?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Filament Worm Disease");
  }

  @Test
  void aPageOnWhatIsAskedAboutStays() throws Exception {
    Topic topic = fixture.settle("should we boil pond water before we drink it?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Pond Water");
  }
}
