package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * With no guideline titled with a condition (only a reference page is), the guideline that names it throughout — in sentences
 * spread over its parts — is about it under another name and leads. A guideline listing the
 * condition's look-alikes in one part, its list cut into sentences at each abbreviation's full stop,
 * names it more often but in one place: it is about another condition and never leads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedThroughoutTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900010\tQuellosis\tC15.910"), List.of(
        guideline("nstg:vantor-disease", "Vantor Disease",
            part("Introduction", "Vantor disease is an inherited disorder of the red cells. Forms include Vantor "
                + "quellosis type I (VQ). Vantor quellosis type II (VQ2). Vantor quellosis type III (VQ3). Vantor "
                + "quellosis type IV."),
            part("Drug treatment", "Vantor disease is treated with folinate daily and hydration during crises.")),
        guideline("nstg:red-cell-disorders", "Red Cell Disorders",
            part("Introduction", "Quellosis is the commonest red cell disorder in the region. Severe quellosis "
                + "presents in the first year of life."),
            part("Drug treatment", "Children with severe quellosis need regular transfusions and an iron chelator "
                + "started after the tenth transfusion.")),
        page("medquad:quellosis", "Quellosis",
            "Quellosis is an inherited blood disorder in which the body makes too little of a red cell protein. "
                + "Quellosis is treated by specialists in blood disorders.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theGuidelineNamingTheConditionAcrossItsPartsLeadsNotTheOneListingItInOnePart() throws Exception {
    Article article = fixture.ask("How is quellosis treated in a child?", Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:red-cell-disorders");
  }

  private static Document page(String docId, String focus, String text) {
    return new Document(docId, docId, "medquad", "What is (are) " + focus + " ?", text,
        List.of(new Section("information", 0, text.length())), SourceKind.REFERENCE, EvidenceLevel.REFERENCE, List.of(),
        List.of(), "", Optional.empty(), "", "", "", List.of(focus), Map.of());
  }

  private record Part(String heading, String text) {}

  private static Part part(String heading, String text) {
    return new Part(heading, text);
  }

  private static Document guideline(String docId, String title, Part... parts) {
    StringBuilder text = new StringBuilder();
    List<Section> sections = new ArrayList<>();
    for (Part part : parts) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      sections.add(new Section(part.heading(), text.length(), text.length() + part.text().length()));
      text.append(part.text());
    }
    return new Document(docId, docId, "nstg", title, text.toString(), sections, SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "", "", "", List.of(title), Map.of());
  }
}
