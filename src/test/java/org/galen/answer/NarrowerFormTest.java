package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition named by its broad one-word name, when the evidence is about narrower forms of it
 * only, is the form the question's other words picture; and a question asking how long a named
 * drug is given is answered by that drug's line, not by another drug's course. A real index of
 * guidelines written for the test: two forms of one made-up condition, the lung's ranking first on
 * the question's dose words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NarrowerFormTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90002,,Ferrodol,1234-56-7,F2UNII,Ferrodol,ABCDEFGHIJKLMN-UHFFFAOYSA-N",
            "DB90003,,Amoxil,2234-56-7,F3UNII,Amoxil,BBCDEFGHIJKLMN-UHFFFAOYSA-N"),
        List.of("D090001\tWenrot\tC01.900"),
        List.of(
            new DocumentBuilder("nstg:lung-wenrot", "nstg").title("Lung Wenrot")
                .section("Introduction", "A collection of pus in the lung with cough and fever.")
                .section("Drug treatment", "Ferrodol - Child: dose 100 mg every 8 hours for 14 days for wenrot of "
                    + "the lung in a child; dose doubled in severe wenrot.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:gum-wenrot", "nstg").title("Gum Wenrot")
                .section("Introduction", "A collection of pus at the root of a tooth.")
                .section("Clinical features", "Swollen gum over the tooth\nTooth tender to biting")
                .section("Drug treatment", "Amoxil - Child: 125 mg every 8 hours for 5 days\n"
                    + "Ferrodol - Child: 100 mg 8 hourly")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            // Retrieval's last source weighs nothing (its scores are normalised between the best and
            // the last): a guideline that shares a word or two, as a real index always has one.
            new DocumentBuilder("nstg:sore-gum", "nstg").title("Sore Gum")
                .section("Introduction", "A sore gum after brushing, in an adult or a child.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aBroadNameIsTheNarrowerFormTheQuestionsOtherWordsPicture() throws Exception {
    Article article = fixture.ask("Child with a wenrot, swollen gum, tooth tender. Ferrodol dose for a child?",
        Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).as(article.notes().toString()).isEqualTo("nstg:gum-wenrot");
  }

  @Test
  void wordsEveryFormsSourceHoldsPictureNoFormTheBroadNameStands() throws Exception {
    // A drug and a population every form's guideline names tell the forms nothing; one word more in
    // one form's guideline is not a picture of it; two of each form's is no choice between them.
    for (String question : List.of("Child with a wenrot. Ferrodol dose for a child?",
        "Child with a severe wenrot. Ferrodol for a child?",
        "Child with a wenrot, a cough and a fever, and a tender tooth. Ferrodol for a child?")) {
      Topic topic = fixture.settle(question);
      assertThat(topic.analysis().primary().name()).as(question + " " + topic.reasons()).isEqualTo("Wenrot");
    }
  }

  @Test
  void howLongANamedDrugIsGivenIsAnsweredByItsOwnLine() throws Exception {
    Article article = fixture.ask("Gum wenrot in a child, swollen gum: Ferrodol dose and for how many days?",
        Audience.PHYSICIAN);
    assertThat(article.sections().get(0).statements()).extracting(Statement::text)
        .as("the asked drug's line, not another drug's course").first().asString().startsWith("Ferrodol");
  }

  @Test
  void aFormNamedForAnAgeGroupThePatientIsNotOfIsForOtherPatients() {
    EvidenceTopics.Condition childhood = form("Childhood Wenrot");
    EvidenceTopics.Condition adult = form("Adult Wenrot");
    EvidenceTopics.Condition lung = form("Lung Wenrot");
    org.galen.answer.question.Patient fifty = org.galen.answer.question.Patient.describedIn("a 50 yo with wenrot");
    org.galen.answer.question.Patient four = org.galen.answer.question.Patient.describedIn("my 4 year old has wenrot");
    org.galen.answer.question.Patient unknown = org.galen.answer.question.Patient.describedIn("wenrot of the gum");
    assertThat(NarrowerForms.forOtherPatients(childhood, fifty)).isTrue();
    assertThat(NarrowerForms.forOtherPatients(adult, fifty)).isFalse();
    assertThat(NarrowerForms.forOtherPatients(adult, four)).isTrue();
    assertThat(NarrowerForms.forOtherPatients(childhood, four)).isFalse();
    assertThat(NarrowerForms.forOtherPatients(lung, fifty)).as("no age group in its name").isFalse();
    assertThat(NarrowerForms.forOtherPatients(childhood, unknown)).as("no age given").isFalse();
  }

  private static EvidenceTopics.Condition form(String name) {
    return new EvidenceTopics.Condition(name, List.of(name), org.galen.answer.question.FocusWords.of(name), 1, 1,
        java.util.Set.of("nstg:" + name));
  }
}
