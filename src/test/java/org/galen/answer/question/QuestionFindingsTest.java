package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a question tells of its patient that is no subject of its own: another person's findings,
 * measured results, absent findings, verbs and words that only look like names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionFindingsTest {
  private QuestionAnalyzer analyzer;
  private ConceptVocabulary analyzerVocabulary;

  @BeforeAll
  void vocabulary(@TempDir Path directory) throws Exception {
    analyzerVocabulary = AnalyzerVocabularyFixture.load(directory);
    analyzer = new QuestionAnalyzer(analyzerVocabulary);
  }

  @Test
  void anotherPersonsFindingIsNoneOfThePatientsButTheirMedicineIsStillSearched() {
    QuestionAnalysis asked = analyzer.analyze("my 9 year old has burns on her hand. her father has asthma and "
        + "some metformin at home - can she have it?");
    assertThat(asked.concepts()).extracting(Concept::name).doesNotContain("Asthma").contains("Metformin", "Burns");
    assertThat(asked.retrievalText()).doesNotContain("asthma").contains("metformin");
  }

  @Test
  void aSubstanceToldAsAMeasuredLevelIsAFindingNotTheMedicineAskedAbout() {
    assertThat(analyzer.analyze("Glorbonol level markedly raised on the ward bloods, pain in the legs. What is it?")
        .primary()).extracting(Concept::name, Concept::kind).containsExactly("Glorbonol", Concept.Kind.SYMPTOM);
    assertThat(analyzer.analyze("Glorbonol 20 mg daily for a man of 50?").primary().kind())
        .isEqualTo(Concept.Kind.DRUG);
    // Two substances joined by "and" are read alike; one said to be absent is no finding at all.
    assertThat(analyzer.analyze("raised glorbonol and metformin, pain in the legs: what is it?").concepts())
        .filteredOn(c -> c.kind() == Concept.Kind.DRUG).isEmpty();
    assertThat(analyzer.analyze("pain in the legs at night, no raised glorbonol - what is it?").concepts())
        .extracting(Concept::name).doesNotContain("Glorbonol");
    // A level the clause that asks asks of is what the question is about.
    assertThat(analyzer.analyze("Painful legs. At what serum glorbonol level should a man of 50 be treated?")
        .primary().kind()).isEqualTo(Concept.Kind.DRUG);
  }

  @Test
  void anAllergenicExtractIsNoDrugAQuestionNames() {
    assertThat(analyzer.analyze("she went pale after eating whelks, what is it?").concepts())
        .extracting(Concept::kind).as("the food, not the extract named after it").doesNotContain(Concept.Kind.DRUG);
    assertThat(analyzer.analyze("whelkomycin dose for a child").primary().name()).isEqualTo("Whelkomycin");
  }

  @Test
  void aVerbMadeOfADrugsNameIsNoDrug() {
    assertThat(analyzer.analyze("my eyes keep watering in the wind, what helps?").concepts())
        .extracting(Concept::name).doesNotContain("Water");
    assertThat(analyzer.analyze("how much water should she drink in a day?").concepts())
        .extracting(Concept::name).contains("Water");
  }

  @Test
  void aDrugClassInThePluralIsItsHeadingAndAnIngFormDescribingAWordIsNoCondition() {
    QuestionAnalysis classes = analyzer.analyze("Which antihypertensives can a pregnant woman take?");
    assertThat(classes.primary().name()).isEqualTo("Antihypertensive Agents");
    assertThat(classes.primary().names()).contains("antihypertensives");
    assertThat(analyzer.analyze("seen in the renal clinic with gout: how is it treated?").concepts())
        .as("the adjective of a class names no drug").extracting(Concept::name).doesNotContain("Renal Agents");
    assertThat(analyzer.analyze("which antihypertensive is safe in pregnancy?").concepts())
        .as("the singular as a noun").extracting(Concept::name).contains("Antihypertensive Agents");
    assertThat(analyzer.analyze("the baby looks antihypertensive.").concepts())
        .as("said of something").extracting(Concept::name).doesNotContain("Antihypertensive Agents");
    QuestionAnalysis burning = analyzer.analyze("burning pain when I pee");
    assertThat(burning.concepts()).extracting(Concept::name).doesNotContain("Burns").contains("Pain");
    assertThat(analyzer.analyze("How are burns treated?").primary().name()).isEqualTo("Burns");
  }

  @Test
  void aComplaintsVerbAfterASubjectPronounIsNoCondition() {
    assertThat(analyzer.analyze("it really burns when she passes water, with pain low in the belly").concepts())
        .extracting(Concept::name).doesNotContain("Burns").contains("Pain");
    assertThat(analyzer.analyze("she burns easily in the sun, what helps?").concepts())
        .extracting(Concept::name).doesNotContain("Burns");
    assertThat(analyzer.analyze("a child with burns on the arm and pain").concepts())
        .extracting(Concept::name).contains("Burns");
    assertThat(analyzer.analyze("is it burns or a rash on her arm?").concepts())
        .extracting(Concept::name).contains("Burns");
  }

  @Test
  void aFindingSaidToBeAbsentNamesNoSubjectAndIsNotSearchedFor() {
    QuestionAnalysis wheeze = analyzer.analyze("wheezy at night, no malaria, the gout is fine - what helps?");
    assertThat(wheeze.concepts()).extracting(Concept::name).doesNotContain("Malaria", "Gout");
    assertThat(wheeze.retrievalText()).contains("wheezy at night").doesNotContain("malaria").doesNotContain("gout");
    assertThat(analyzer.analyze("wheezy at night with malaria - what helps?").primary().name()).isEqualTo("Malaria");
    QuestionAnalysis asthma = analyzer.analyze("asthma at night, no malaria - what helps?");
    assertThat(asthma.primary().name()).isEqualTo("Asthma");
    assertThat(asthma.qualifiers()).as("nor does it qualify the subject").contains("night").doesNotContain("malaria");
    assertThat(analyzer.analyze("malaria - no metformin, what helps?").others()).extracting(Concept::name)
        .as("a drug not taken is still named").contains("Metformin");
  }

  @Test
  void aMedicineIsADrugDrugBankListsNotOnlyAMeshClassOrChemical() {
    assertThat(analyzer.analyze("metformin dose?").primary().name()).isEqualTo("Metformin");
    assertThat(analyzer.analyze("which antihypertensives?").primary().name()).isEqualTo("Antihypertensive Agents");
    assertThat(analyzerVocabulary.isMedicine(analyzer.analyze("paracetamol dose?").primary()))
        .as("named by a DrugBank synonym").isTrue();
    assertThat(analyzerVocabulary.isMedicine(analyzer.analyze("metformin dose?").primary()))
        .as("a MeSH heading and a DrugBank drug of one name").isTrue();
    assertThat(analyzerVocabulary.isMedicine(analyzer.analyze("clonazepam dose?").primary())).isTrue();
    assertThat(analyzerVocabulary.isMedicine(analyzer.analyze("which antihypertensives?").primary()))
        .as("a class").isFalse();
    assertThat(analyzerVocabulary.isMedicine(analyzer.analyze("immunoglobulins for it?").primary()))
        .as("a chemical").isFalse();
  }
}
