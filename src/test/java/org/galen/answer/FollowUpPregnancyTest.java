package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up naming a population after a treatment question: a line going on from the one before
 * it ("Most of the other drugs…") comes in the first section with that line, and the note on what
 * no statement mentions names only what this turn asked; a standalone question's note names the
 * people it asks about, never the words describing the case. A real index of guidelines written
 * for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpPregnancyTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90002,,Ferrodol,1234-56-7,F2UNII,Ferrodol,ABCDEFGHIJKLMN-UHFFFAOYSA-N"),
        List.of("D090001\tFitfall\tC10.900", "D090002\tShakeleg\tC10.901"),
        List.of(new DocumentBuilder("nstg:shakeleg", "nstg").title("Shakeleg")
            .section("Introduction", "Shakeleg is a disorder of the legs that shake at rest.")
            .section("Drug treatment", "Ferrodol 100 mg orally at night")
            .section("Adverse reactions and cautions", "Ferrodol is contraindicated in pregnant women.\n"
                + "Monitor serum creatinine during treatment.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:fitfall", "nstg").title("Fitfall")
            .section("Introduction", "Fitfall is a disorder of sudden falls with jerking of the limbs, often nightly.")
            .section("Drug treatment", "Ferrodol 200 mg orally once daily for long-term control")
            .section("Adverse reactions and cautions", "Ferrodol is contraindicated in pregnant women because of "
                + "risk to the baby. Most of the other drugs for long-term control should be used with caution in "
                + "pregnancy.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  private Article followUp(String condition) throws Exception {
    QuestionAnalysis first = fixture.analyzer.analyze("Which drugs are used for long-term control of " + condition
        + "?");
    QuestionAnalysis then = fixture.analyzer.analyze("what about in pregnancy?", Optional.of(first));
    return fixture.composer.compose(then, Audience.PHYSICIAN);
  }

  @Test
  void aLineGoingOnFromTheOneBeforeComesWithItInTheFirstSection() throws Exception {
    List<String> bottomLine = followUp("fitfall").sections().get(0).statements().stream().map(Statement::text).toList();
    assertThat(bottomLine).as("what the line about the other drugs goes on from")
        .anyMatch(text -> text.startsWith("Ferrodol is contraindicated in pregnant women"));
  }

  @Test
  void theNoteOnAnUnansweredQualifierNamesOnlyWhatThisTurnAsked() throws Exception {
    // No statement has the previous turn's "long-term", nor the word "pregnancy".
    Article article = followUp("shakeleg");
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:shakeleg");
    assertThat(article.notes()).extracting(Note::kind).as("statements speak of pregnant women")
        .doesNotContain("scope");
  }

  @Test
  void aStandaloneQuestionsNoteNamesThePeopleItAsksAboutNotWhatItDescribes() throws Exception {
    Article article = fixture.ask("Shakeleg in an elderly man whose legs twitch at night - which drug?",
        Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:shakeleg");
    assertThat(article.notes()).filteredOn(note -> note.kind().equals("scope")).singleElement()
        .satisfies(note -> assertThat(note.text()).contains("\"elderly\"").doesNotContain("twitch"));
    Article described = fixture.ask("Shakeleg in a man whose legs twitch at night - which drug?",
        Audience.PHYSICIAN);
    assertThat(described.notes()).extracting(Note::kind).doesNotContain("scope");
    Article kind = fixture.ask("Nightly shakeleg in a man whose legs twitch - which drug?", Audience.PHYSICIAN);
    assertThat(kind.notes()).as(kind.notes().toString()).filteredOn(note -> note.kind().equals("scope")).singleElement()
        .as("the kind of shakeleg written before its name").satisfies(note -> assertThat(note.text())
            .contains("\"Nightly\"").doesNotContain("twitch"));
  }

  @Test
  void anOrgansImpairmentIsAnsweredOnlyInItsOwnWord() throws Exception {
    Article article = fixture.ask("Shakeleg with renal impairment - which drug?", Audience.PHYSICIAN);
    assertThat(article.statements()).extracting(Statement::text).as("a line naming only a kidney test")
        .anyMatch(text -> text.contains("creatinine"));
    assertThat(article.notes()).filteredOn(note -> note.kind().equals("scope")).singleElement()
        .satisfies(note -> assertThat(note.text()).contains("\"renal impairment\""));
  }
}
