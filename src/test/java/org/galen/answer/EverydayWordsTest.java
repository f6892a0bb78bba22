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
 * Everyday words and everyday asking: a food DrugBank lists as an allergen extract, written as a
 * plain word, is the food; "the safe way to" deal with a condition asks how it is managed. A real
 * index of two guidelines written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EverydayWordsTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(
            // An allergen extract: no CAS number, no InChI key.
            "DB90001,,Quince,,Q1UNII,,",
            // A drug DrugBank identifies as a chemical, named by one word too.
            "DB90002,,Ferrodol,1234-56-7,F2UNII,Ferrodol,ABCDEFGHIJKLMN-UHFFFAOYSA-N"),
        List.of("D090001\tBursitis\tC05.550.150"),
        List.of(
            new DocumentBuilder("nstg:bursitis", "nstg").title("Bursitis")
                .section("Introduction", "Bursitis is a painful swelling of the small sac of fluid over a joint.")
                .section("Non-drug treatment", "Rest the joint and apply cold packs for the first two days.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:urine-colour", "nstg").title("Discoloured Urine")
                .section("Introduction", "Urine may turn quince yellow after eating the fruit, and dark after "
                    + "ferrodol tablets.")
                .section("Drug treatment", "Ferrodol 200 mg orally once daily.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aFoodListedAsAnAllergenExtractIsAWordWhenWrittenAsOne() {
    assertThat(drugsIn("my urine turned quince yellow this morning, should I worry?"))
        .as("the food, written as a word the sources use").doesNotContain("Quince");
    assertThat(drugsIn("Quince allergen extract: what is the skin test dose?"))
        .as("written as a product's name").contains("Quince");
    assertThat(drugsIn("my urine went dark after ferrodol tablets"))
        .as("a drug DrugBank identifies as a chemical stays a drug").contains("Ferrodol");
  }

  @Test
  void theSafeWayToDealWithAConditionIsItsManagement() throws Exception {
    Article article = fixture.ask("with bursitis, is it safe to rest the joint?", Audience.PATIENT);
    assertThat(article.abstained()).as(article.notes().toString()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:bursitis");
    assertThat(article.statements()).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Rest the joint and apply cold packs"));
  }

  private List<String> drugsIn(String question) {
    return fixture.analyzer.analyze(question).concepts().stream().filter(c -> c.kind() == Concept.Kind.DRUG)
        .map(Concept::name).toList();
  }
}
