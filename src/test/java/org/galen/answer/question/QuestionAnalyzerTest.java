package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Question analysis against small vocabulary files in the real formats ingest keeps. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionAnalyzerTest {
  private QuestionAnalyzer analyzer;

  @BeforeAll
  void vocabulary(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D009207\tMyoclonus\tC10.597.350.550",
        "D020820\tDyskinesias\tC10.597.350",
        "D029424\tPulmonary Disease, Chronic Obstructive\tC08.381.495.389",
        "D054058\tAcute Coronary Syndrome\tC14.280.647.124",
        "D011247\tPregnancy\tG08.686.784.769",
        "D008288\tMalaria\tC01.610.752.530"));
    Files.writeString(directory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB00316,APRD00252,Acetaminophen,103-90-2,362O9ITL9D,APAP | Paracetamol | Acetaminophen,X",
        "DB01068,APRD00344,Clonazepam,1622-61-3,5PE9FDE8GB,Clonazepam | Clonazepamum,X"));
    Files.writeString(directory.resolve("abbreviations-wikipedia.csv"), String.join("\n",
        "\"abr\",\"long_form\"",
        "\"COPD\",\"chronic obstructive pulmonary disease\"",
        "\"ACS\",\"altered conscious state\"",
        "\"ACS\",\"acute coronary syndrome\"",
        "\"ACS\",\"acute chest syndrome\""));
    analyzer = new QuestionAnalyzer(ConceptVocabulary.load(directory));
  }

  @Test
  void intentsAndTheSubjectAreRecognised() {
    QuestionAnalysis analysis = analyzer.analyze("What is the diagnosis and treatment for opioid-induced segmental myoclonus?");
    assertThat(analysis.intents()).containsExactly(Intent.TREATMENT, Intent.DIAGNOSIS);
    assertThat(analysis.primary().id()).isEqualTo("D009207");
    assertThat(analysis.primary().broader()).containsExactly("Dyskinesias");
    assertThat(analysis.subject()).isEqualTo("myoclonus");
    assertThat(analysis.qualifiers()).contains("opioid", "segment");
  }

  @Test
  void meshHeadingsAreRecognisedInNaturalWordOrderAndAsAbbreviations() {
    assertThat(analyzer.analyze("How is chronic obstructive pulmonary disease managed?").primary().id()).isEqualTo("D029424");
    QuestionAnalysis abbreviated = analyzer.analyze("What are the risk factors for COPD?");
    assertThat(abbreviated.primary().id()).isEqualTo("D029424");
    assertThat(abbreviated.primary().names()).contains("COPD", "Chronic Obstructive Pulmonary Disease");
    assertThat(abbreviated.intents()).containsExactly(Intent.CAUSES);
  }

  @Test
  void aDiseaseIsTheSubjectOverADrugOrAPopulation() {
    QuestionAnalysis analysis = analyzer.analyze("What is the dose of paracetamol for malaria in pregnancy?");
    assertThat(analysis.primary().name()).isEqualTo("Malaria");
    assertThat(analysis.others()).extracting(Concept::name).contains("Acetaminophen", "Pregnancy");
    assertThat(analysis.intents()).containsExactly(Intent.DOSING);
  }

  @Test
  void anAmbiguousAbbreviationIsResolvedByTheEvidenceOrLeftAlone() {
    QuestionAnalysis asked = analyzer.analyze("What is the treatment of ACS?");
    assertThat(asked.primary().names()).containsExactly("ACS");

    QuestionAnalysis resolved = analyzer.resolveAbbreviations(asked, List.of(
        "Acute Coronary Syndrome: dual antiplatelet therapy", "acute coronary syndrome in the elderly",
        "acute chest syndrome in sickle cell disease"));
    assertThat(resolved.primary().id()).isEqualTo("D054058");
    assertThat(resolved.primary().names()).contains("ACS");

    QuestionAnalysis tied = analyzer.resolveAbbreviations(asked, List.of("acute coronary syndrome", "acute chest syndrome"));
    assertThat(tied.primary().names()).containsExactly("ACS");
  }

  @Test
  void aFollowUpKeepsTheSubjectAndIntentsOfThePreviousTurn() {
    QuestionAnalysis first = analyzer.analyze("What is the treatment for myoclonus?");
    QuestionAnalysis followUp = analyzer.analyze("what about in renal impairment?", Optional.of(first));
    assertThat(followUp.followUp()).isTrue();
    assertThat(followUp.primary().id()).isEqualTo("D009207");
    assertThat(followUp.intents()).containsExactly(Intent.TREATMENT);
    assertThat(followUp.qualifiers()).containsExactlyInAnyOrder("renal", "impair");
    assertThat(followUp.retrievalText()).contains("myoclonus", "renal impairment");

    QuestionAnalysis pronoun = analyzer.analyze("How is it diagnosed?", Optional.of(first));
    assertThat(pronoun.primary().id()).isEqualTo("D009207");
    assertThat(pronoun.intents()).containsExactly(Intent.DIAGNOSIS);
  }

  @Test
  void aNewQuestionInTheSameConversationStartsAfresh() {
    QuestionAnalysis first = analyzer.analyze("What is the treatment for myoclonus?");
    QuestionAnalysis next = analyzer.analyze("What are the symptoms of malaria?", Optional.of(first));
    assertThat(next.followUp()).isFalse();
    assertThat(next.primary().name()).isEqualTo("Malaria");
  }

  @Test
  void anUnknownSubjectIsTheQuestionsOwnWords() {
    QuestionAnalysis analysis = analyzer.analyze("What is the treatment for flurbogen disease?");
    assertThat(analysis.primary().origin()).isEqualTo(Concept.Origin.QUESTION);
    assertThat(analysis.subject()).isEqualTo("flurbogen");
  }
}
