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
 * A salt written right after or before a drug's name is the form the drug is given as: no source
 * names it, and the drug's sources answer. Written on its own, a chemical no source names is still
 * one the corpus cannot answer for. A real index written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrugFormTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90001,APRD90001,Zorbalazine,0000-00-0,ZZZZZZZZZZ,Zorbalazine,X"),
        List.of("D090201\tPrenylquellanoates\tD02.241.081", "D090202\tDecanoates\tD02.241.082",
            "D090203\tSodium\tD01.268.556.808"),
        List.of(FixtureDocuments.guideline("nstg:zorbal-psychosis", "Zorbal Psychosis", "Drug treatment",
            "Zorbalazine 12.5 mg by deep intramuscular injection once monthly for zorbal psychosis.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aChemicalRightAfterADrugsNameIsTheFormItIsGivenAs() throws Exception {
    Article article = fixture.ask("zorbal psychosis on monthly zorbalazine decanoate injections - what dose?",
        Audience.PHYSICIAN);
    assertThat(article.abstained()).as(article.notes().toString()).isFalse();
    String dose = "what dose of zorbalazine decanoate is given by injection?";
    assertThat(fixture.analyzer.analyze(dose).primary().name()).isEqualTo("Zorbalazine");
    Article asked = fixture.ask(dose, Audience.PHYSICIAN);
    assertThat(asked.abstained()).as(asked.notes().toString()).isFalse();
  }

  @Test
  void aChemicalRightBeforeADrugsNameIsNoConceptOfItsOwn() throws Exception {
    String question = "what dose of sodium zorbalazine is given for zorbal psychosis?";
    assertThat(fixture.analyzer.analyze(question).concepts()).extracting(org.galen.answer.question.Concept::name)
        .contains("Zorbalazine").doesNotContain("Sodium");
    Article article = fixture.ask(question, Audience.PHYSICIAN);
    assertThat(article.abstained()).as(article.notes().toString()).isFalse();
    org.galen.answer.question.QuestionAnalysis levels = fixture.analyzer.analyze("zorbalazine sodium levels - how often?");
    assertThat(levels.concepts()).extracting(org.galen.answer.question.Concept::name)
        .as("a cation after a drug's name may be the electrolyte asked of: it stays").contains("Sodium");
    assertThat(levels.primary().name()).as("but not the subject over the drug").isEqualTo("Zorbalazine");
    assertThat(fixture.analyzer.analyze("what is sodium used for?").concepts())
        .extracting(org.galen.answer.question.Concept::name).as("written on its own, it is one").contains("Sodium");
    String beside = "zorbalazine prenylquellanoates together - any interaction?";
    assertThat(fixture.analyzer.analyze(beside).concepts()).extracting(org.galen.answer.question.Concept::name)
        .as("a chemical beside a drug that is no salt is one").contains("Prenylquellanoates");
    assertThat(fixture.ask(beside, Audience.PHYSICIAN).abstained()).as("and no source names it").isTrue();
  }

  @Test
  void aChemicalNoSourceNamesWrittenOnItsOwnIsAbsent() throws Exception {
    Article article = fixture.ask("what are prenylquellanoates used for in zorbal psychosis?", Audience.PHYSICIAN);
    assertThat(article.abstained()).isTrue();
    assertThat(article.notes().get(article.notes().size() - 1).text()).containsIgnoringCase("prenylquellanoate");
  }
}
