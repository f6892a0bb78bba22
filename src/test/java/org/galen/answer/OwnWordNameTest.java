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
 * A word of a source's names that only the sources naming their subject by it hold names that
 * subject, though no vocabulary knows it and retrieval ranks other guidelines first on the
 * question's other words; a word another source uses in its text is a word like any other. A real
 * index written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnWordNameTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        FixtureDocuments.guideline("nstg:granular-sore", "Granular Sore (Vexanosis Granular Venereum)",
            "Drug treatment", "Give azithromycin 1 g weekly for 3 weeks, until the sore heals."),
        FixtureDocuments.guideline("nstg:dry-sore", "Dry Sore (Plombosis)", "Drug treatment",
            "Give doxycycline 100 mg twice daily for 2 weeks."),
        new DocumentBuilder("nstg:genital-ulcer", "nstg").title("Genital Ulcer Disease")
            .section("Clinical features", "A red genital ulcer, painless or painful, bleeding when touched; a "
                + "smear confirms the cause.")
            .section("Drug treatment", "The antibiotic and how long it is given depend on the cause of the "
                + "genital ulcer: a red painless bleeding ulcer needs a smear first.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        FixtureDocuments.guideline("nstg:scaly-rash", "Scaly Rash", "Clinical features",
            "Dry scales on the elbows; plombosis of the knees may look alike."),
        new DocumentBuilder("nstg:sudden-liver-failure", "nstg").title("Sudden Liver Failure")
            .section("Introduction", "Sudden liver failure (SLF) follows a toxin or a virus within days.")
            .section("Drug treatment", "In SLF give glucose to keep the blood sugar up; watch the potassium.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        FixtureDocuments.guideline("nstg:ward-potassium", "Potassium on the Ward", "Drug treatment",
            "On the ward, when the potassium comes back high, the immediate measures "
                + "are calcium and glucose with insulin. A low mood (LMX) may follow."),
        FixtureDocuments.guideline("nstg:wet-zorbosis", "Wet Zorbosis", "Drug treatment",
            "Give erythromycin 500 mg four times daily for 2 weeks."),
        FixtureDocuments.guideline("nstg:dry-zorbosis", "Dry Zorbosis", "Drug treatment",
            "Give ceftriaxone 250 mg once."),
        FixtureDocuments.guideline("nstg:quiet-lung-fibrosis", "Quiet Lung Fibrosis", "Introduction",
            "Quiet lung fibrosis (QLF) scars the lungs slowly."),
        FixtureDocuments.guideline("nstg:quick-liver-failure", "Quick Liver Failure", "Introduction",
            "Quick liver failure (QLF) follows a toxin within hours."),
        new DocumentBuilder("medquad:kerbonitis-1", "medquad").title("What is Kerbonitis suppurativa?")
            .section("Treatment", "Kerbonitis suppurativa is treated with clindamycin and drainage of the lumps.")
            .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).focus(List.of("Kerbonitis suppurativa")).build(),
        new DocumentBuilder("medquad:harlow-1", "medquad").title("What is Harlow syndrome?")
            .section("Treatment", "Harlow syndrome is treated with rest.")
            .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).focus(List.of("Harlow syndrome")).build(),
        new DocumentBuilder("nstg:gum-ulcer", "nstg").title("Gum Ulcer")
            .section("Clinical features", "A red, painless, bleeding ulcer of the gum; confirmed on a smear.")
            .section("Drug treatment", "Which antibiotic, and for how long: metronidazole for 5 days.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aWordOnlyTheSubjectsSourcesHoldNamesIt() throws Exception {
    Topic topic = fixture.settle("Vexanosis confirmed on a smear (red, painless, bleeding genital ulcer) - which "
        + "antibiotic and for how long?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Granular Sore");
    assertThat(topic.reasons()).anyMatch(reason -> reason.contains("\"Vexanosis\""));
  }

  @Test
  void anInitialismNoVocabularyListsIsTheSubjectTheSourcesDefineItAs() throws Exception {
    Topic topic = fixture.settle("SLF on the ward, potassium just came back high - what are the immediate measures?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Sudden Liver Failure");
    assertThat(fixture.settle("LMX on the ward, potassium just came back high - what are the immediate measures?")
        .reasons()).as("the words before its bracket do not spell it").noneMatch(reason -> reason.contains("\"LMX\""));
  }

  @Test
  void aNamesOpeningCapitalIsNoSurnameButAnEponymsIs() throws Exception {
    Topic topic = fixture.settle("painful kerbonitis lumps in the armpits, bleeding - which antibiotic?");
    assertThat(topic.analysis().primary().name()).isEqualTo("Kerbonitis suppurativa");
    assertThat(topic.reasons()).as("read as the page's own word").anyMatch(reason -> reason.contains("\"kerbonitis\""));
    assertThat(fixture.settle("a harlow of red painless bleeding genital ulcer - which antibiotic?").reasons())
        .as("a surname before a generic word").noneMatch(reason -> reason.contains("\"harlow\""));
  }

  @Test
  void aWordOrAnInitialismTwoSubjectsAreNamedByNamesNeither() throws Exception {
    assertThat(fixture.settle("Zorbosis confirmed on a smear (red, painless, bleeding genital ulcer) - which "
        + "antibiotic and for how long?").reasons()).noneMatch(reason -> reason.contains("\"Zorbosis\""));
    assertThat(fixture.settle("QLF on the ward, potassium just came back high - what are the immediate measures?")
        .reasons()).noneMatch(reason -> reason.contains("\"QLF\""));
  }

  @Test
  void aWordAnotherSourceUsesInItsTextNamesNothingOnItsOwn() throws Exception {
    Topic topic = fixture.settle("Plombosis confirmed on a smear (red, painless, bleeding genital ulcer) - which "
        + "antibiotic and for how long?");
    assertThat(topic.reasons()).as(topic.reasons().toString()).noneMatch(reason -> reason.contains("\"Plombosis\""));
    assertThat(topic.analysis().primary().name()).isNotEqualTo("Dry Sore");
  }
}
