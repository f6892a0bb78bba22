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
 * A source's subject that may not be the question's, written whole, is passed over before the
 * longest name is chosen: the shorter name of a condition written beside it is found. A real index
 * of pages written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectNamePassedOverTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        FixtureDocuments.page("medquad:still-pond-water-1", "Boiled Still Pond Water", "Boiled still pond water is "
            + "water from a pond, boiled before drinking."),
        FixtureDocuments.page("medquad:glass-worm-1", "Glass Worm", "Glass worm is a thin worm caught from water.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theShorterConditionNameIsFound() throws Exception {
    var named = new NamedSubjects(fixture.index).writtenIn("does boiled still pond water give a child glass worm?",
        false, subject -> !subject.equals("Boiled Still Pond Water"));
    assertThat(named).map(NamedSubjects.Named::name).contains("Glass Worm");
  }
}
