package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.galen.source.VocabularyFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An abbreviation with two long forms the vocabulary files under no kind, written beside a sign
 * MeSH knows: the evidence's condition the abbreviation stands for is the subject, known by the
 * names of each source about it. A real index written for the test: a guideline and a reference
 * page naming the condition in the two spellings, and a page about the sign.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbbreviatedConditionTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    Path vocabulary = Files.createDirectories(directory.resolve("vocabulary"));
    Files.writeString(vocabulary.resolve(VocabularyFiles.ABBREVIATIONS), String.join("\n", "\"abr\",\"long_form\"",
        "\"GWF\",\"grey wasting fever\"", "\"GWF\",\"gray wasting fevers\""));
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090101\tWeight Loss\tC23.888.144.243.963",
            "D090102\tQuindolol\tD03.900.100", "D090103\tFebrinil\tD03.900.200",
            "D090104\tWasting Fever\tC01.900.100", "D090105\tMalaria\tC01.610.752.530",
            "D090106\tSalt Marsh Ague\tC01.610.752.540"),
        List.of(
            new DocumentBuilder("nstg:grey-wasting-fever", "nstg").title("Grey Wasting Fever (GWF)")
                .section("Introduction", "GWF is a fever with weight loss in the tropics.")
                .section("Drug treatment", "Quindolol 200 mg orally daily for GWF in the wasting phase.")
                .section("Drug treatment", "Febrinil 50 mg orally twice daily when quindolol is not tolerated.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("medquad:gray-wasting-fevers-1", "medquad")
                .title("What are the treatments for Gray Wasting Fevers ?")
                .section("treatment", "GWF in the wasting phase is treated with drugs that stop the fever. "
                    + "Salt marsh ague may come before it.")
                .focus(List.of("Gray Wasting Fevers")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("medquad:malaria-1", "medquad").title("What are the treatments for Malaria ?")
                .section("treatment", "Malaria caught by a traveller is treated with drugs that clear the parasite.")
                .focus(List.of("Malaria")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("medquad:weight-loss-1", "medquad").title("What is (are) Weight Loss ?")
                .section("information", "Weight loss without trying has many causes.")
                .focus(List.of("Weight Loss")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void anAbbreviationBesideASignNamesTheConditionTheEvidenceIsAbout() throws Exception {
    String question = "GWF in the wasting phase with weight loss - what drug options?";
    QuestionAnalysis asked = fixture.analyzer.analyze(question);
    assertThat(asked.primary().name()).as("the sign MeSH knows is read first").isEqualTo("Weight Loss");
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().kind()).as(topic.reasons().toString()).isEqualTo(Concept.Kind.CONDITION);
    assertThat(topic.analysis().primary().names()).as(topic.reasons().toString())
        .contains("Grey Wasting Fever", "Gray Wasting Fevers");
  }

  @Test
  void aConditionNamedByAnAbbreviationOutranksTheDrugsComparedForIt() throws Exception {
    String question = "GWF in the wasting phase: quindolol or febrinil?";
    QuestionAnalysis asked = fixture.analyzer.analyze(question);
    assertThat(asked.primary().kind()).as("a drug MeSH knows is read first").isEqualTo(Concept.Kind.DRUG);
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().kind()).as(topic.reasons().toString()).isEqualTo(Concept.Kind.CONDITION);
    assertThat(topic.analysis().primary().names()).contains("Grey Wasting Fever");
  }

  @Test
  void anAbbreviationOfANarrowerFormOfTheConditionNamedSaysWhichForm() throws Exception {
    String question = "wasting fever in a traveller, GWF suspected - what drug options?";
    assertThat(fixture.analyzer.analyze(question).primary().name()).isEqualTo("Wasting Fever");
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().names()).as(topic.reasons().toString()).contains("Grey Wasting Fever");
    // A condition named outright that the abbreviation's long form does not hold stays the subject.
    Topic other = fixture.settle("malaria in a traveller, GWF suspected - what drug options?");
    assertThat(other.analysis().primary().name()).as(other.reasons().toString()).isEqualTo("Malaria");
  }

  @Test
  void anAbbreviationsConditionRetrievalSettlesByItsMarginOutranksAConditionNamedOutright() throws Exception {
    String question = "salt marsh ague before, now GWF in the wasting phase: which drugs stop the fever?";
    assertThat(fixture.analyzer.analyze(question).primary().name()).isEqualTo("Salt Marsh Ague");
    Topic topic = fixture.settle(question);
    assertThat(topic.reasons()).anyMatch(why -> why.contains("decisive: Gray Wasting Fevers"));
    assertThat(topic.analysis().primary().names()).as(topic.reasons().toString()).contains("Gray Wasting Fevers");
  }
}
