package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.LabelDrugs;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which lines of a leading label answer first: what it says of a drug taken beside the asked one,
 * its own part for the population asked about, what a drug is for. A real index of two labels
 * written for the test, each part under the heading the label reader gives it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelBottomLineTest {
  private ComposerFixture fixture;
  private QuestionAnalyzer analyzer;
  private ArticleComposer composer;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(
        "DB00669,APRD00247,Sumatriptan,103628-46-2,8R78F6L9VO,Sumatriptan,X",
        "DB00320,APRD00569,Dihydroergotamine,511-12-6,436O5HM03C,Dihydroergotamine | DHE,X",
        "DB01117,APRD00649,Atovaquone,95233-18-4,Y883P1Z2LT,Atovaquone,X",
        "DB01131,APRD00512,Proguanil,500-92-5,S61K3P7B2V,Proguanil,X",
        "DB06697,APRD01178,Artemether,71963-77-4,C7D6T3H22J,Artemether,X",
        "DB00959,APRD00446,Methylprednisolone,83-43-2,X4W7ZR7023,Methylprednisolone,X",
        "DB00673,APRD00017,Aprepitant,170729-80-3,1NF15YR6UY,Aprepitant,X",
        "DB99001,APRD99001,Ductolin,0-00-0,X0000000X0,Ductolin,X",
        "DB99002,APRD99002,Febrilex,0-00-1,X0000000X1,Febrilex,X"),
        List.of("D008881\tMigraine Disorders\tC10.228.140.546.399.750", "D008288\tMalaria\tC01.610.752.250.500",
            "D013607\tTablets\tD26.255.830"), List.of(
          new DocumentBuilder("spl:suma", "dailymed").title("Sumatriptan tablets")
              .section("Indications and usage", "Sumatriptan tablets are indicated for the acute treatment of "
                  + "migraine with or without aura in adults.")
              .section("Dosage and administration: 2.1 Dosing Information", "The recommended dose of sumatriptan "
                  + "tablets is 25 mg, 50 mg, or 100 mg. A second dose may be taken at least 2 hours after the first.")
              .section("Dosage and administration: 2.3 Use in Renal Impairment", "Do not use sumatriptan tablets "
                  + "when the eGFR is below 30 mL/min. Reduce the dose to 25 mg when the eGFR is between 30 and 50 "
                  + "mL/min.")
              .section("Adverse reactions: 6.1 Clinical Trials Experience", "Few adverse reactions in the trials led "
                  + "patients to stop the tablets. The most commonly reported adverse reactions were tingling, "
                  + "dizziness and nausea.")
              .section("Contraindications", "Do not use sumatriptan tablets within 24 hours of dihydroergotamine or "
                  + "another ergot-type medication.")
              .section("Warnings and precautions: 5.1 Chest Tightness", "Elderly patients and others may feel chest "
                  + "tightness, pressure or pain after a dose of sumatriptan tablets.")
              .section("Warnings and precautions: 5.2 Medication Overuse Headache", "Taking sumatriptan tablets on "
                  + "10 or more days a month can cause medication overuse headache.")
              .section("Geriatric use", "Start at the low end of the dosing range and check blood pressure "
                  + "before each dose.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Sumatriptan").build(),
          new DocumentBuilder("spl:ato-pro", "dailymed").title("Atovaquone and Proguanil Hydrochloride tablets")
              .section("Indications and usage", "Atovaquone and proguanil hydrochloride tablets are indicated for "
                  + "the prophylaxis and the treatment of Plasmodium falciparum malaria.")
              .section("Dosage forms and strengths", "Each tablet contains 250 mg atovaquone and 100 mg proguanil "
                  + "hydrochloride, film-coated and round.")
              .section("Contraindications", "Do not use atovaquone and proguanil hydrochloride tablets for "
                  + "prophylaxis in severe renal impairment.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL)
              .property(LabelDrugs.GENERIC, "Atovaquone and Proguanil Hydrochloride").build(),
          new DocumentBuilder("spl:mp", "dailymed").title("Methylprednisolone acetate injectable suspension")
              .section("Contraindications", "Methylprednisolone acetate injectable suspension is contraindicated in "
                  + "patients with known hypersensitivity to the product. Methylprednisolone acetate injectable "
                  + "suspension is contraindicated for intrathecal administration.")
              .section("Dosage and administration", "Shake methylprednisolone acetate injectable suspension well "
                  + "before use. Methylprednisolone acetate injectable suspension is injected into a joint or a muscle. "
                  + "The usual dose of methylprednisolone acetate injectable suspension is 40 mg to 80 mg. "
                  + "Repeat methylprednisolone acetate injectable suspension after one to five weeks if needed. "
                  + "Do not mix methylprednisolone acetate injectable suspension with other solutions. "
                  + "Store methylprednisolone acetate injectable suspension at room temperature before use.")
              .section("Warnings", "Methylprednisolone acetate injectable suspension may mask signs of infection. "
                  + "Methylprednisolone acetate injectable suspension may raise blood sugar. "
                  + "Methylprednisolone acetate injectable suspension may raise blood pressure. "
                  + "Methylprednisolone acetate injectable suspension may thin the bones over years.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL)
              .property(LabelDrugs.GENERIC, "Methylprednisolone Acetate").build(),
          new DocumentBuilder("spl:apr", "dailymed").title("Aprepitant injectable emulsion")
              .section("Dosage and administration", "Once made up, aprepitant injectable emulsion is stable for "
                  + "24 hours at room temperature. Give aprepitant injectable emulsion on Day 1, completing the "
                  + "infusion 30 minutes before chemotherapy.")
              .section("Dosage and administration: 2.1 Recommended Dosage", "Table 1 Dosing by day\n"
                  + "Aprepitant injectable emulsion | 130 mg intravenously | none | none\n"
                  + "Table 2 Dosing for one day\nAprepitant injectable emulsion | 130 mg intravenously")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Aprepitant").build(),
          new DocumentBuilder("spl:ductolin", "dailymed").title("Ductolin injection")
              .section("Dosage and administration", "A course of treatment is four doses of ductolin injection "
                  + "given intravenously to the preterm infant. If the urine output of the preterm infant is below "
                  + "1 mL/kg/hour at the time of a later dose of ductolin injection, no further dose is given. "
                  + "All doses of ductolin injection for the preterm infant are based on the birth weight. "
                  + "Do not give intravenous ductolin injection to the preterm infant in the line of intravenous "
                  + "nutrition. The first dose is 8 mg per kilogram, then three doses of 4 mg per kilogram a day "
                  + "apart. A course of ductolin injection for the preterm infant must not exceed 20 mg per kilogram in all. "
                  + "In a preterm infant with renal impairment, reduce the dosage of ductolin injection by half.")
              .section("Contraindications", "Do not give ductolin injection to a preterm infant with an untreated "
                  + "infection.")
              .section("Dosage forms and strengths", "Each vial of intravenous ductolin injection holds 20 mg in 2 mL.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Ductolin").build(),
          new DocumentBuilder("spl:febrilex", "dailymed").title("Febrilex tablets")
              .section("Dosage and administration", "Give febrilex tablets to the child with fever as Table 1 shows, "
                  + "by weight.\nGive febrilex tablets with food.\nRepeat the febrilex tablets dose if the child "
                  + "vomits within an hour.\nTable 1 Dosing by weight\n11 to 20 kg | one febrilex pediatric tablet")
              .section("Overdosage", "Overdoses of febrilex tablets as large as 1,500 mg in a child with fever were "
                  + "followed by recovery.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Febrilex").build(),
          new DocumentBuilder("nstg:rheumatoid", "nstg").title("Rheumatoid Arthritis")
              .section("Drug treatment", "Steroids such as methylprednisolone acetate injectable suspension may be "
                  + "given into the joint; methylprednisolone is given for flares.")
              .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).focus(List.of("Rheumatoid Arthritis")).build(),
          new DocumentBuilder("nstg:malaria", "nstg").title("Malaria")
              .section("Introduction", "Malaria is a parasitic disease spread by mosquitoes. Five species of the "
                  + "parasite cause malaria in humans, and malaria is treated and prevented with drugs.")
              .section("Drug treatment", "Artemether with lumefantrine is the medicine of choice for malaria; atovaquone "
                  + "and proguanil is an alternative for malaria. Atovaquone and proguanil, one tablet daily, "
                  + "prevents malaria in travellers.")
              .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).focus(List.of("Malaria")).build()));
    analyzer = fixture.analyzer;
    composer = fixture.composer;
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  private String firstAnswer(String question) throws Exception {
    Article article = composer.compose(analyzer.analyze(question), Audience.PHYSICIAN);
    assertThat(article.references()).as("the fixture's label leads").isNotEmpty();
    return article.sections().get(0).statements().get(0).text();
  }

  @Test
  void aDrugTakenBesideTheAskedOneIsAnsweredByWhatTheLabelSaysOfTheTwo() throws Exception {
    assertThat(firstAnswer("she had DHE at noon - can she have her sumatriptan tablet this evening?"))
        .startsWith("Do not use sumatriptan tablets within 24 hours of dihydroergotamine");
  }

  @Test
  void thePopulationAskedAboutIsAnsweredByTheLabelsOwnPartForThem() throws Exception {
    assertThat(firstAnswer("any special precautions for sumatriptan in elderly patients?"))
        .as("the geriatric part, over a warning that mentions the elderly among others")
        .startsWith("Start at the low end of the dosing range");
    assertThat(firstAnswer("sumatriptan dose when the eGFR is 25?")).as("eGFR measures the kidneys' function")
        .startsWith("Do not use sumatriptan tablets when the eGFR is below 30");
    assertThat(firstAnswer("sumatriptan dose when the eGFR is 40?")).as("the band holding the patient's value")
        .startsWith("Reduce the dose to 25 mg");
  }

  @Test
  void whetherADrugMayBeTakenAtAllAsksItsCautions() throws Exception {
    assertThat(firstAnswer("can i keep taking sumatriptan tablets every day?"))
        .startsWith("Taking sumatriptan tablets on 10 or more days a month");
  }

  @Test
  void aDrugNamedWithNoConditionIsAskedOfItsLabelWhateverIsAsked() throws Exception {
    assertThat(analyzer.analyze("intrathecal treatment with methylprednisolone acetate injectable suspension?")
        .intents()).as("the fixture's question asks a treatment").contains(org.galen.answer.question.Intent.TREATMENT);
    assertThat(composer.composition(analyzer.analyze("intrathecal treatment with methylprednisolone acetate injectable "
        + "suspension?"), Audience.PHYSICIAN).topic().labelLeads())
        .as("a drug named with no condition: its label answers, whatever is asked of it").isTrue();
  }

  @Test
  void wordsEveryLineOfTheLabelSharesTellNoLineApart() throws Exception {
    assertThat(firstAnswer("Can methylprednisolone acetate injectable suspension be given intrathecally?"))
        .isEqualTo("Methylprednisolone acetate injectable suspension is contraindicated for intrathecal administration.");
  }

  @Test
  void whenADrugIsGivenIsAnsweredByTheTimeOfGivingNotHowLongItKeeps() throws Exception {
    assertThat(firstAnswer("when is aprepitant injectable emulsion given?"))
        .as("minutes before chemotherapy say when; hours at room temperature say how long the product keeps")
        .startsWith("Give aprepitant injectable emulsion on Day 1");
    assertThat(firstAnswer("how long is aprepitant injectable emulsion stable at room temperature?"))
        .as("asked how long it keeps, the keeping line answers").startsWith("Once made up");
  }

  @Test
  void aTableRowRepeatedWithFewerColumnsIsSaidOnce() throws Exception {
    Article article = composer.compose(analyzer.analyze("what is the aprepitant injectable emulsion dose?"),
        Audience.PHYSICIAN);
    List<String> lines = article.sections().get(0).statements().stream().map(Statement::text).toList();
    assertThat(lines).as("the fixture's rows are what answers").anyMatch(line -> line.contains("130 mg"));
    assertThat(lines).as(lines.toString()).noneMatch(line -> lines.stream()
        .anyMatch(other -> other != line && other.contains(line)));
  }

  @Test
  void theMostCommonAskedIsTheLineSayingMostCommonly() throws Exception {
    assertThat(firstAnswer("most common side effects of sumatriptan?"))
        .startsWith("The most commonly reported adverse reactions");
  }

  @Test
  void sideEffectsAskedAreTheAdverseReactionsTheLabelsSummaryLineFirst() throws Exception {
    assertThat(firstAnswer("what side effects should I warn her about on sumatriptan?"))
        .as("the adverse reactions, over warnings that \"warn\" names too")
        .startsWith("The most commonly reported adverse reactions");
  }

  @Test
  void aDoseAskedIsAnsweredFromTheLabelsDosingPartOverLinesSharingMoreWords() throws Exception {
    assertThat(firstAnswer("dose of sumatriptan again, in an elderly patient whose chest feels tight after a dose?"))
        .as("the dosing part, over the warning of chest tightness that shares more of its words")
        .satisfiesAnyOf(first -> assertThat(first).startsWith("The recommended dose of sumatriptan tablets"),
            first -> assertThat(first).startsWith("A second dose may be taken"));
  }

  @Test
  void aDoseAskedIsAnsweredFirstByALineStatingADoseOverLinesThatOnlySpeakOfDoses() throws Exception {
    assertThat(firstAnswer("preterm infant on intravenous therapy - what is the ductolin injection dosing regimen?"))
        .as("the amount to give, over the course's number of doses and a threshold for stopping")
        .startsWith("The first dose is 8 mg per kilogram");
  }

  @Test
  void aLimitAskedIsAnsweredFirstByTheLineSettingItNotByADose() throws Exception {
    assertThat(firstAnswer("what is the maximum dose of ductolin injection in a course for a preterm infant?"))
        .startsWith("A course of ductolin injection for the preterm infant must not exceed");
  }

  @Test
  void aDoseAskedForAPatientIsAnsweredByHowToChangeIt() throws Exception {
    Article article = composer.compose(analyzer.analyze("preterm infant with renal impairment - do I need to change "
        + "the ductolin injection dose?"), Audience.PHYSICIAN);
    assertThat(article.sections().get(0).statements()).extracting(Statement::text)
        .as("the change for the patient, though it states no amount, and no dose for other patients before it")
        .contains("In a preterm infant with renal impairment, reduce the dosage of ductolin injection by half.")
        .noneMatch(line -> line.startsWith("The first dose is 8 mg per kilogram"));
  }

  @Test
  void theDosesAnOverdoseReportTellsOfAreNoDoseToGive() throws Exception {
    Article article = composer.compose(analyzer.analyze("child with fever - what febrilex tablets dose?"),
        Audience.PHYSICIAN);
    assertThat(article.sections().get(0).statements()).extracting(Statement::text)
        .as("the fixture's dosing lines answer").anyMatch(line -> line.startsWith("Give febrilex tablets"))
        .noneMatch(line -> line.startsWith("Overdoses"));
  }

  @Test
  void whatAProductOfTwoIngredientsIsUsedForIsItsIndication() throws Exception {
    assertThat(firstAnswer("atovaquone-proguanil: what is it for?")).startsWith("Atovaquone and proguanil "
        + "hydrochloride tablets are indicated for");
  }

  @Test
  void anArticleTheDrugsLabelLeadsQuotesOtherSourcesOnlyWhereTheyNameTheDrugFirst() throws Exception {
    Article article = composer.compose(analyzer.analyze("atovaquone-proguanil: what is it for?"), Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).as("the label of both ingredients, both named").isEqualTo(
        "spl:ato-pro");
    assertThat(article.statements()).extracting(Statement::text)
        .as("the disease's account and another drug's line are the disease's article")
        .noneMatch(text -> text.startsWith("Five species") || text.startsWith("Artemether"))
        .contains("Atovaquone and proguanil, one tablet daily, prevents malaria in travellers.");
  }
}
