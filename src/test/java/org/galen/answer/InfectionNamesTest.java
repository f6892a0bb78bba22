package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organism is asked of as the infection its genus names with "-iasis" or "-osis", when
 * retrieval weighs that infection most: not the guideline naming the organism in passing. Its pages
 * speak of the organism and file it in a series ("Parasites - …"): they answer. A real index of two
 * reference pages and a guideline written for the test; the naming rule read on its own too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InfectionNamesTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900311\tQuellospora\tB01.050.500.131.617.911",
            "D900312\tParasitic Diseases\tC03", "D900313\tQuellosporiasis\tC03.911", "D900314\tInfection\tC01"),
        List.of(
            page("medquad:cdc-quellosporiasis-1", "What is (are) Parasites - Quellosporiasis (Quellospora Infection) ?",
                "information", "Quellosporiasis is an intestinal illness of travellers caused by the parasite "
                    + "Quellospora. Quellospora is treated with rehydration."),
            page("medquad:cdc-quellosporiasis-5", "How to diagnose Parasites - Quellosporiasis (Quellospora Infection) ?",
                "diagnosis", "Health care providers should specifically request testing for Quellospora in "
                    + "several stool specimens."),
            FixtureDocuments.guideline("nstg:travellers-diarrhoea", "Travellers Diarrhoea", "Causes",
                "Watery diarrhoea in travellers has many causes, among them bacteria, viruses and parasites.")));
  }

  private static org.galen.source.Document page(String docId, String title, String section, String text) {
    return new DocumentBuilder(docId, "medquad").title(title).section(section, text)
        .focus(List.of("Quellosporiasis (Quellospora Infection)")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE)
        .build();
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void anOrganismIsAskedOfAsTheInfectionItsGenusNames() throws Exception {
    Topic topic = fixture.settle("Quellospora in the stool of a traveller: how is it treated?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).startsWith("Quellosporiasis");
  }

  @Test
  void theInfectionsPagesSpeakingOfTheOrganismAnswer() throws Exception {
    Article article = fixture.ask("How do we test for Quellospora?", Audience.PHYSICIAN);
    assertThat(article.abstained()).as(article.notes().toString()).isFalse();
    assertThat(article.references()).extracting(Reference::docId).contains("medquad:cdc-quellosporiasis-5");
  }

  @Test
  void aGenusNamesItsInfectionByItsRootAndSuffix() {
    assertThat(InfectionNames.namedFor("Giardiasis", organism("Giardia"))).isTrue();
    assertThat(InfectionNames.namedFor("Toxoplasmosis", organism("Toxoplasma gondii"))).isTrue();
    assertThat(InfectionNames.namedFor("Cryptosporidiosis", organism("Cryptosporidium"))).isTrue();
    assertThat(InfectionNames.namedFor("Ascariasis", organism("Ascaris lumbricoides"))).isTrue();
    assertThat(InfectionNames.namedFor("Candidate gene studies", organism("Candida"))).isFalse();
    assertThat(InfectionNames.namedFor("Toxoplasmic encephalitis", organism("Toxoplasma"))).isFalse();
    assertThat(InfectionNames.namedFor("Loiasis", organism("Loa loa"))).isFalse();
  }

  private static Concept organism(String name) {
    return new Concept(name, Concept.Origin.MESH, "", List.of(name), List.of(), Concept.Kind.ORGANISM);
  }
}
