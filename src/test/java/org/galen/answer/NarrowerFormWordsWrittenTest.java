package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sign named by its one-word name, with the other words of a narrower condition's name written
 * elsewhere in the question, is that condition when retrieval settles it by its margin; and when the
 * vocabulary files that condition elsewhere (an infection, not a form of the sign), the sign's own
 * guideline is not about it. A real index written for the test: a made-up sign, its guideline, and
 * an infection named for the sign, whose page ranks first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NarrowerFormWordsWrittenTest {
  private static final String PAGE = "Whistling hoarp is an infection of the airways caused by bacteria. "
      + "Babies have long fits of hoarp, then a loud whistling breath in. "
      + "Antibiotics given early shorten the illness.";

  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D900031\tHoarp\tC08.618.248", "D900032\tWhistling Hoarp\tC01.150.252"),
        List.of(
            new DocumentBuilder("nstg:hoarp", "nstg").title("Hoarp")
                .section("Introduction", "A reflex that clears the airway of secretions. Hoarp in fits is common.")
                .section("Treatment", "Warm fluids ease hoarp.\nAvoid smoke and dust.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new Document("medquad:whistling-hoarp-1", "medquad:whistling-hoarp-1", "medquad",
                "What is (are) Whistling Hoarp ?", PAGE, List.of(new Section("information", 0, PAGE.length())),
                SourceKind.REFERENCE, EvidenceLevel.REFERENCE, List.of(), List.of(), "", Optional.empty(), "", "",
                "", List.of("Whistling Hoarp"), Map.of()),
            // Retrieval's last source weighs nothing (its scores are normalised between the best and
            // the last): a guideline sharing a word, as a real index always has one.
            new DocumentBuilder("nstg:dry-throat", "nstg").title("Dry Throat")
                .section("Introduction", "A dry throat in babies and adults after a cold.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theNarrowerConditionsWordsWrittenApartMakeItTheSubject() throws Exception {
    String question = "my baby has long fits of hoarp and then a loud whistling breath in. what is it?";
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Whistling Hoarp");
    Article article = fixture.ask(question, Audience.PATIENT);
    assertThat(article.references()).isNotEmpty();
    assertThat(article.references().get(0).docId()).as(article.notes().toString())
        .isEqualTo("medquad:whistling-hoarp-1");
  }

  @Test
  void theSignAloneStaysTheSign() throws Exception {
    for (String question : List.of("my baby has long fits of hoarp. what is it?",
        "my baby has long fits of hoarp but no whistling breath in. what is it?")) {
      Topic topic = fixture.settle(question);
      assertThat(topic.analysis().primary().name()).as(question + " " + topic.reasons()).isEqualTo("Hoarp");
    }
  }
}
