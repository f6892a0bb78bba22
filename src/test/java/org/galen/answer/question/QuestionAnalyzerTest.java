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
  private ConceptVocabulary analyzerVocabulary;

  @BeforeAll
  void vocabulary(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D009207\tMyoclonus\tC10.597.350.550",
        "D020820\tDyskinesias\tC10.597.350",
        "D029424\tPulmonary Disease, Chronic Obstructive\tC08.381.495.389",
        "D090301\tFever, Spotted, Hill\tC01.920.500",
        "D090302\tPeptides, Proteins, and Sugars\tD12.900",
        "D054058\tAcute Coronary Syndrome\tC14.280.647.124",
        "D011247\tPregnancy\tG08.686.785.760.769",
        "D008288\tMalaria\tC01.610.752.530",
        "D010961\tPlasmodium\tB01.043.075.189.400.650",
        "D001249\tAsthma\tC08.127.108",
        "D010146\tPain\tC10.597.617",
        "D010146\tPain\tC23.888.592.612",
        "D006073\tGout\tC05.550.114.423",
        "D007674\tKidney Diseases\tC12.777.419",
        "D009069\tMovement Disorders\tC10.228.662",
        "D016585\tVaginosis, Bacterial\tC01.252.954",
        "D003430\tCross Infection\tC01.248",
        "D004636\tEmergency Service, Hospital\tN02.278.354.422.336",
        "D056990\tPost-Exposure Prophylaxis\tN02.421.726.755",
        "D000328\tAdult\tM01.060.116",
        "D007107\tImmunoglobulins\tD12.776.124.486.485",
        "D000806\tAngiotensin-Converting Enzyme Inhibitors\tD27.505.519.389.745.085",
        "D000959\tAntihypertensive Agents\tD27.505.954.411",
        "D008687\tMetformin\tD02.078.370.141.450",
        "D002056\tBurns\tC26.200",
        "D012420\tRunning\tG11.427.410.698.277",
        "D090100\tQLV\tB04.820.650.589"));
    Files.writeString(directory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB00316,APRD00252,Acetaminophen,103-90-2,362O9ITL9D,APAP | Paracetamol | Acetaminophen,X",
        "DB01068,APRD00344,Clonazepam,1622-61-3,5PE9FDE8GB,Clonazepam | Clonazepamum,X",
        "DB00331,APRD00099,Metformin,657-24-9,9100L32L2N,Metformin | Metformina,X",
        "DB99401,,Quinalphos,13593-03-8,,Quinalphos | SPARK,X",
        "DB99402,,ZORBEX,,,ZORBEX,X",
        "DB99403,,Glorbonol,,,Glorbonol | Sparkle,X",
        "DB99404,,Whelk,,,Whelk | whelk allergenic extract,X",
        "DB99405,,Whelkomycin,,,Whelkomycin,X",
        "DB09145,,Water,,,Water | Purified water,X",
        "DB15171,DBSALT002,Tirzepatide,2023788-19-2,OYN3CCI6QE,Tirzepatide | LY3298176,X",
        "DB00142,NUTR00027,Glutamic acid,56-86-0,3KX376GY7L,Glu | Glutamic acid | L-Glutamate,X",
        "DB02902,EXPT02647,3'-phospho-5'-adenylyl sulfate,482-67-7,5TH3ERG159,3'-phosphoadenylyl sulfate | PAPS,X"));
    Files.writeString(directory.resolve("abbreviations-wikipedia.csv"), String.join("\n",
        "\"abr\",\"long_form\"",
        "\"COPD\",\"chronic obstructive pulmonary disease\"",
        "\"ACS\",\"altered conscious state\"",
        "\"ACS\",\"acute coronary syndrome\"",
        "\"ACS\",\"acute chest syndrome\"",
        "\"ER\",\"emergency room\"",
        "\"ACE\",\"angiotensin-converting enzyme\"",
        "\"ACEI\",\"angiotensin-converting enzyme inhibitor\"",
        "\"QLV\",\"quellian lymphotropic virus\"",
        "\"QRT\",\"quellian retroviral therapy\"",
        "\"QRT\",\"quick response team\""));
    analyzerVocabulary = ConceptVocabulary.load(directory);
    analyzer = new QuestionAnalyzer(analyzerVocabulary);
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
  void aCueSaidToBeAbsentAsksNothingAndADecimalPointEndsNoClause() {
    QuestionAnalysis asked = analyzer.analyze("Gout, metformin level 2.5 on the bloods, no symptoms. What now?");
    assertThat(asked.intents()).doesNotContain(Intent.SYMPTOMS);
    assertThat(asked.askingClause()).isEqualTo(" What now");
    assertThat(analyzer.analyze("Gout: what dose of metformin with a level of 2.5?").askingClause())
        .isEqualTo("Gout: what dose of metformin with a level of 2.5");
    assertThat(analyzer.analyze("Gout, metformin level 2.5 on the bloods, symptoms in the toe. What now?")
        .intents()).contains(Intent.SYMPTOMS);
    // A clause marked "?" asks what it writes, absent or not.
    assertThat(analyzer.analyze("Can you have gout with no symptoms?").intents()).contains(Intent.SYMPTOMS);
  }

  @Test
  void anAbbreviationAHeadingIsNamedByIsThatHeading() {
    // The abbreviation's long form is no heading, but the vocabulary names one by the abbreviation
    // itself, as written: that heading, an organism, outranks an ambiguous abbreviation beside it.
    QuestionAnalysis asked = analyzer.analyze("Newly diagnosed QLV, not on anything. Which first-line QRT regimen?");
    assertThat(asked.primary().name()).isEqualTo("QLV");
    assertThat(asked.primary().kind()).isEqualTo(Concept.Kind.ORGANISM);
  }

  @Test
  void theDrugAskedAboutIsTheSubjectNotTheOneThePatientTakes() {
    // By length alone the longer name would win ("Clonazepam" over "Metformin"); what the patient takes
    // is the circumstance.
    assertThat(analyzer.analyze("She takes clonazepam at night - is metformin ok for her?").primary().name())
        .isEqualTo("Metformin");
    assertThat(analyzer.analyze("Already on clonazepam: can he start metformin?").primary().name())
        .isEqualTo("Metformin");
    assertThat(analyzer.analyze("Can I take clonazepam with metformin?").primary().name())
        .as("\"can I take\" asks; it does not say what is taken").isEqualTo("Clonazepam");
  }

  @Test
  void whenAtTheStartOfAClauseOrHowLongAsksATimeWhenInADescriptionDoesNot() {
    assertThat(TimingWords.askedIn("When should the second dose be given?")).isTrue();
    assertThat(TimingWords.askedIn("gout - colchicine for how long?")).isTrue();
    assertThat(TimingWords.askedIn("my knee aches when I climb stairs")).isFalse();
  }

  @Test
  void theRisksOfUsingSomethingAreItsCautionsWhereARiskAloneAsksItsFactors() {
    assertThat(Intent.askedIn("what are the risks of long-term use?")).contains(Intent.CAUTIONS);
    assertThat(Intent.askedIn("what are the risks for a stroke?")).containsExactly(Intent.CAUSES);
    assertThat(Intent.askedIn("which drug is used to reduce the risk of a stroke?")).doesNotContain(Intent.CAUTIONS);
  }

  @Test
  void aPatientAskingWhatToDoOrWhatToPutOnItAsksForTreatment() {
    assertThat(Intent.askedIn("my knee is swollen after a fall, what should I do?")).containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a rash on my arms - is there anything I can put on it?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("what is amoxicillin used for?")).as("a drug's use is what it is for").isEmpty();
    assertThat(analyzer.analyze("what is metformin used for?").intents()).doesNotContain(Intent.TREATMENT);
    assertThat(analyzer.analyze("what can be used for gout attacks?").intents())
        .as("what is used for a condition is its treatment").containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("can metformin be used for gout?").intents()).as("asked of the drug named")
        .doesNotContain(Intent.TREATMENT);
    assertThat(Intent.askedIn("what's first-line for severe gout?")).as("what comes first is a treatment")
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("gout flaring again on colchicine - what is second-line?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a tick on my leg - how do I get it out?")).as("removing what should not be there")
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("the first line of the label")).as("not hyphenated, no treatment line").isEmpty();
    assertThat(Intent.askedIn("had her appendix removed last year - any long-term effects?"))
        .as("an organ removed asks nothing").doesNotContain(Intent.TREATMENT);
    assertThat(Intent.askedIn("a tick in my scalp - how do I remove it?")).containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("warts on my thumb - how do I get rid of them?")).containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("my shoulder clicks when I lift my arm. can it be fixed?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a cough that will not settle at night - what can be done?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a chipped molar - what will the dentist do about it?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a broken wrist in plaster - what analgesia?")).containsExactly(Intent.TREATMENT);
    assertThat(Stems.of("analgesia")).as("a word conditions are named by").noneMatch(Intent.TREATMENT::isCue);
    assertThat(Stems.of("dentist")).as("who treats stays a word a line may share")
        .noneMatch(Intent.TREATMENT::isCue);
    assertThat(Intent.askedIn("a sprained ankle - which painkillers, and for how long?"))
        .contains(Intent.TREATMENT);
    assertThat(Intent.askedIn("these migraines are killing me - is sumatriptan safe with my blood thinner?"))
        .as("an idiom of pain").containsExactly(Intent.CAUTIONS);
    assertThat(Intent.askedIn("what tests should be done for suspected appendicitis?")).as("a test is done")
        .containsExactly(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("what causes a fixed flexion of the elbow?")).as("\"fixed\" qualifies the flexion")
        .doesNotContain(Intent.TREATMENT);
    assertThat(Intent.askedIn("my knee is swollen after a fall")).as("a description alone asks nothing").isEmpty();
    assertThat(Intent.askedIn("what do the guidelines say about it?")).as("\"do\" alone asks nothing").isEmpty();
    assertThat(Intent.askedIn("I have put on weight since the baby")).as("\"put on\" weight").isEmpty();
    assertThat(Intent.askedIn("after the baby I put on weight")).as("\"put on\" weight").isEmpty();
    assertThat(Intent.askedIn("can a blood clot kill you?")).as("whether it kills").isEmpty();
    assertThat(Intent.askedIn("how do we work up a suspected clot?")).as("a work-up in two words").contains(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("how do we work-up a suspected clot?")).contains(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("it did not work, what's up next?")).doesNotContain(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("start at 25 mg and work up to 100 mg?")).doesNotContain(Intent.DIAGNOSIS);
    assertThat(analyzer.analyze("is gout common in the US?").intents()).doesNotContain(Intent.TREATMENT);
    assertThat(analyzer.analyze("what is used for the diagnosis of gout?").intents()).as("asked something else")
        .containsExactly(Intent.DIAGNOSIS);
    assertThat(analyzer.analyze("what is used for a gout attack, and what for prevention?").intents())
        .as("each clause asks its own").containsExactly(Intent.TREATMENT, Intent.PREVENTION);
    assertThat(analyzer.analyze("gout in the big toe - what can I use on it?").intents())
        .containsExactly(Intent.TREATMENT);
  }

  @Test
  void theLastClauseAsksButADoseAskedEarlierRefinesTheTreatmentItAsks() {
    assertThat(analyzer.analyze("Myoclonus was diagnosed. What is the treatment?").mainIntents())
        .containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("clonazepam dose for myoclonus - what do I start with?").mainIntents())
        .contains(Intent.TREATMENT, Intent.DOSING);
    assertThat(analyzer.analyze("myoclonus in pregnancy - is clonazepam ok?").mainIntents())
        .as("whether a drug is ok for this patient asks its cautions").contains(Intent.CAUTIONS);
    assertThat(analyzer.analyze("any precautions with clonazepam in myoclonus?").mainIntents())
        .containsExactly(Intent.CAUTIONS);
    assertThat(analyzer.analyze("myoclonus in a child - how much clonazepam, and how often?").mainIntents())
        .as("how much of a medicine asks its dose").containsExactly(Intent.DOSING);
  }

  @Test
  void aStatementToldAfterTheQuestionSetsTheSceneAndAsksNothing() {
    assertThat(analyzer.analyze("any precautions with clonazepam? she works night shifts").mainIntents())
        .as("the clause ending in a question mark is what is asked").containsExactly(Intent.CAUTIONS);
    assertThat(analyzer.analyze("any precautions with clonazepam. what dose for myoclonus").mainIntents())
        .as("with no question mark the last clause asking anything is asked").containsExactly(Intent.DOSING);
    assertThat(analyzer.analyze("any precautions with clonazepam? and how is myoclonus treated").mainIntents())
        .as("after a question, a clause opening as a question asks, its mark left off")
        .containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("any precautions with clonazepam? can't work night shifts").mainIntents())
        .as("\"can't\" opens no question").containsExactly(Intent.CAUTIONS);
  }

  @Test
  void meshHeadingsAreRecognisedInNaturalWordOrderAndAsAbbreviations() {
    assertThat(analyzer.analyze("How is chronic obstructive pulmonary disease managed?").primary().id()).isEqualTo("D029424");
    QuestionAnalysis abbreviated = analyzer.analyze("What are the risk factors for COPD?");
    assertThat(abbreviated.primary().id()).isEqualTo("D029424");
    assertThat(abbreviated.primary().names()).contains("COPD", "Chronic Obstructive Pulmonary Disease");
    assertThat(abbreviated.intents()).containsExactly(Intent.CAUSES);
    // A heading of three inverted parts: the qualifier MeSH puts last is written first.
    assertThat(analyzer.analyze("how is hill spotted fever treated in adults?").primary().id()).isEqualTo("D090301");
    assertThat(analyzer.analyze("are sugars proteins and peptides safe?").concepts())
        .as("a list is no inverted heading").noneMatch(concept -> concept.id().equals("D090302"));
  }

  @Test
  void aShortNameIsReadOnlyAsWrittenALongerOneInItsOtherForms() {
    assertThat(analyzerVocabulary.questionMentionsIn("my lashes were glued together"))
        .as("stemming brings \"glued\" down to the code \"Glu\"").isEmpty();
    assertThat(analyzerVocabulary.questionMentionsIn("is Glu an amino acid?"))
        .extracting(m -> m.concept().name()).containsExactly("Glutamic acid");
    assertThat(analyzerVocabulary.questionMentionsIn("wheezy when I run"))
        .extracting(m -> m.concept().name()).containsExactly("Running");
  }

  @Test
  void preventionIsAskedAsKeepingSomeoneFromGettingItOrProtectingThem() {
    assertThat(analyzer.analyze("how do we stop him getting malaria?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("how can I protect my baby from malaria?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("when should I stop metformin?").intents()).as("stopping a drug").doesNotContain(
        Intent.PREVENTION);
  }

  /**
   * Stopping a complaint from turning into, becoming or spreading to something worse asks how that
   * is prevented; stopping the complaint itself asks what treats it. The phrase's words ("spreading")
   * stay words a line answering may share.
   */
  @Test
  void stoppingSomethingFromBecomingWorseAsksPrevention() {
    QuestionAnalysis turning = analyzer.analyze("the graze is red - how do we stop it turning into an abscess?");
    assertThat(turning.intents()).containsExactly(Intent.PREVENTION);
    assertThat(analyzer.analyze("how can I stop it spreading to my sister?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("how do I stop them from coming back every winter?").intents())
        .contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("the cut is still bleeding, how do I stop it?").intents()).as("stopping the bleeding")
        .doesNotContain(Intent.PREVENTION);
    assertThat(analyzer.analyze("the rash on my arm - how do I stop it from itching?").intents())
        .as("stopping the itch itself").doesNotContain(Intent.PREVENTION);
    assertThat(Intent.PREVENTION.isCue("spread")).as("a word the lines on spread share").isFalse();
  }

  @Test
  void anInitialismNamesItsConceptOnlyWrittenAsItsLetters() {
    assertThat(analyzerVocabulary.questionMentionsIn("he eats mostly pap now"))
        .as("\"pap\" stems like the initialism \"PAPS\"").isEmpty();
    assertThat(analyzerVocabulary.questionMentionsIn("what does PAPS do in sulfation?"))
        .extracting(m -> m.concept().name()).containsExactly("3'-phospho-5'-adenylyl sulfate");
    assertThat(analyzerVocabulary.questionMentionsIn("what does paps do?")).as("any case")
        .extracting(m -> m.concept().name()).containsExactly("3'-phospho-5'-adenylyl sulfate");
  }

  @Test
  void aDiseaseIsTheSubjectOverADrugOrAPopulation() {
    QuestionAnalysis analysis = analyzer.analyze("What is the dose of paracetamol for malaria in pregnancy?");
    assertThat(analysis.primary().name()).isEqualTo("Malaria");
    assertThat(analysis.others()).extracting(Concept::name).contains("Acetaminophen", "Pregnancy");
    assertThat(analysis.intents()).containsExactly(Intent.DOSING);
  }

  /** Side effects are a drug's: asked of nothing else, the drug named is the subject, not what it was given for. */
  @Test
  void theSideEffectsOfADrugGivenForADiseaseAreTheDrugs() {
    QuestionAnalysis effects = analyzer.analyze("Started paracetamol for malaria fever - what side effects are common?");
    assertThat(effects.primary().name()).isEqualTo("Acetaminophen");
    assertThat(effects.others()).extracting(Concept::name).contains("Malaria");
    assertThat(analyzer.analyze("What side effects and what dose of paracetamol for malaria?").primary().name())
        .as("a dose asked too: the disease's guideline doses it").isEqualTo("Malaria");
    assertThat(analyzer.analyze("She takes paracetamol every day - is it safe to travel with malaria?").primary()
        .name()).as("the clause that asks names the disease alone").isEqualTo("Malaria");
    assertThat(analyzer.analyze("Given immunoglobulins for malaria - what side effects are common?").primary().name())
        .as("a MeSH heading for a class of chemicals is no medicine DrugBank lists").isEqualTo("Malaria");
    assertThat(analyzer.analyze("Started paracetamol in immunoglobulins for malaria - what side effects are common?")
        .primary().name()).as("the medicine, not the longer class").isEqualTo("Acetaminophen");
  }

  @Test
  void anAmbiguousAbbreviationIsResolvedByTheEvidenceOrLeftAlone() {
    QuestionAnalysis asked = analyzer.analyze("What is the treatment of ACS?");
    assertThat(asked.primary().names()).containsExactly("ACS");

    QuestionAnalysis resolved = analyzer.terminology().resolveAbbreviations(asked, List.of(
        "Acute Coronary Syndrome: dual antiplatelet therapy", "acute coronary syndrome in the elderly",
        "acute chest syndrome in sickle cell disease"));
    assertThat(resolved.primary().id()).isEqualTo("D054058");
    assertThat(resolved.primary().names()).contains("ACS");

    QuestionAnalysis tied = analyzer.terminology().resolveAbbreviations(asked, List.of("acute coronary syndrome", "acute chest syndrome"));
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

  @Test
  void meshTreesTellConditionsFromSignsSettingsServicesAndPopulations() {
    assertThat(Concept.Kind.ofMeshTrees(List.of("C10.597.617", "C23.888.592.612"))).isEqualTo(Concept.Kind.SYMPTOM);
    assertThat(Concept.Kind.ofMeshTrees(List.of("C10.597.350.500", "C10.228.662.600")))
        .as("a sign also filed as a disease is a condition").isEqualTo(Concept.Kind.CONDITION);
    assertThat(Concept.Kind.ofMeshTrees(List.of("N02.278.354.422.336"))).isEqualTo(Concept.Kind.SETTING);
    assertThat(Concept.Kind.ofMeshTrees(List.of("N02.421.726.755"))).isEqualTo(Concept.Kind.PROCEDURE);
    assertThat(Concept.Kind.ofMeshTrees(List.of("G08.686.784.769"))).isEqualTo(Concept.Kind.POPULATION);
    assertThat(Concept.Kind.ofMeshTrees(List.of("G08.686.785.760.769")))
        .as("pregnancy as the MeSH release in the shared vocabulary numbers it").isEqualTo(Concept.Kind.POPULATION);
    assertThat(Concept.Kind.ofMeshTrees(List.of("G08.686.785.760.769.472", "G07.700")))
        .as("a tree that says nothing of the kind, after one that does").isEqualTo(Concept.Kind.POPULATION);
    assertThat(Concept.Kind.ofMeshTrees(List.of("G07.700", "G08.686.785.760.769.472")))
        .as("and before it").isEqualTo(Concept.Kind.POPULATION);
    assertThat(Concept.Kind.ofMeshTrees(List.of("B01.050.150.900.649.313.988.400.112.400.400")))
        .as("a dog in a dog bite is no infection").isEqualTo(Concept.Kind.OTHER);
    assertThat(Concept.Kind.ofMeshTrees(List.of("D12.776"))).isEqualTo(Concept.Kind.DRUG);
    assertThat(Concept.Kind.ofMeshTrees(List.of("D26.255.830"))).as("tablets are a dosage form, not a drug")
        .isEqualTo(Concept.Kind.OTHER);
    assertThat(Concept.Kind.ofMeshTrees(List.of("D20.280.810", "D26.255.165.810"))).as("suspensions, colloids too")
        .isEqualTo(Concept.Kind.OTHER);
    assertThat(Concept.Kind.ofMeshTrees(List.of("D26.255.165.260.270", "D27.505.954.411")))
        .as("a dosage form filed as a drug elsewhere is a drug").isEqualTo(Concept.Kind.DRUG);
    assertThat(Concept.Kind.ofMeshTrees(List.of("E07.695.190"))).isEqualTo(Concept.Kind.DEVICE);
  }

  @Test
  void theConditionIsTheSubjectOverASettingASignAComorbidityOrARestatement() {
    QuestionAnalysis asthma = analyzer.analyze(
        "Wheezy patient in the ER with an acute asthma attack. What should I give?");
    assertThat(asthma.primary().name()).isEqualTo("Asthma");
    assertThat(asthma.others()).extracting(Concept::name).as("the setting, read and ranked below")
        .contains("emergency room");
    assertThat(asthma.intents()).contains(Intent.TREATMENT);
    assertThat(analyzer.analyze("How do I manage painful gout?").primary().name()).isEqualTo("Gout");
    assertThat(analyzer.analyze("gout in a patient with kidney disease").primary().name()).isEqualTo("Gout");
    assertThat(analyzer.analyze("pain in the chest with burns - acute coronary syndrome? what should I give?")
        .primary().name()).as("a spaced dash ends the clause that said what the patient has")
        .isEqualTo("Acute Coronary Syndrome");
    assertThat(analyzer.analyze("metformin in pregnancy").primary().name()).isEqualTo("Metformin");
    QuestionAnalysis restated = analyzer.analyze(
        "What is the treatment for opioid-induced segmental myoclonus (Opioid-Induced Movement Disorder)?");
    assertThat(restated.primary().name()).isEqualTo("Myoclonus");
    assertThat(restated.qualifierWords()).isEqualTo("opioid-induced segmental");
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
  void theConditionInDoubtIsTheSubjectOverOneTheDescriptionGives() {
    assertThat(analyzer.analyze("kidney disease for years, now a painful toe - suspect gout, which tests?").primary()
        .name()).isEqualTo("Gout");
    assertThat(analyzer.analyze("kidney disease for years, now a painful toe: ?gout").primary().name())
        .isEqualTo("Gout");
    assertThat(analyzer.analyze("kidney disease for years, now a painful toe - suspected acute gout, which tests?")
        .primary().name()).as("a word may qualify it").isEqualTo("Gout");
    assertThat(analyzer.analyze("kidney disease for years, now a painful toe - which tests confirm gout?").primary()
        .name()).as("what a test is to confirm").isEqualTo("Gout");
    assertThat(analyzer.analyze("kidney disease for years, now a painful toe: possible causes of gout?").primary()
        .name()).as("asking of causes is no doubt").isEqualTo("Kidney Diseases");
    assertThat(analyzer.analyze("kidney disease for years, now a painful toe from gout, which tests?").primary()
        .name()).as("without doubt said, the longest name").isEqualTo("Kidney Diseases");
  }

  @Test
  void onlyASettingOrAPopulationNamedLeavesTheSubjectToTheEvidence() {
    QuestionAnalysis analysis = analyzer.analyze("an adult still fitting ten minutes on, on the ward");
    assertThat(analysis.primary().origin()).isEqualTo(Concept.Origin.QUESTION);
    assertThat(analysis.others()).extracting(Concept::name).contains("Adult");
  }

  @Test
  void pronounsAndContractionsAreNeverQualifiers() {
    QuestionAnalysis analysis = analyzer.analyze("How do you treat bacterial vaginosis? I can't find what we use");
    assertThat(analysis.primary().name()).isEqualTo("Vaginosis, Bacterial");
    assertThat(analysis.qualifiers()).doesNotContain("you", "i", "we", "can't");
  }

  @Test
  void misspeltWordsAreCorrectedAndWordsAVocabularyKnowsNeverAre() {
    java.util.Map<String, String> corrections = java.util.Map.of("treatmnet", "treatment", "hypertention",
        "hypertension", "tirzepatide", "terlipressin");
    Speller speller = new Speller() {
      @Override
      public boolean indexed(String stem) {
        return !stem.startsWith("treatmnet") && !stem.startsWith("hypertent") && !stem.startsWith("tirzepatid");
      }

      @Override
      public Optional<String> correction(String word) {
        return Optional.ofNullable(corrections.get(word.toLowerCase(java.util.Locale.ROOT)));
      }
    };
    QuestionAnalyzer spelling = new QuestionAnalyzer(analyzerVocabulary, speller);

    QuestionAnalysis corrected = spelling.analyze("treatmnet of hypertention in adults");
    assertThat(corrected.question()).isEqualTo("treatment of hypertension in adults");
    assertThat(corrected.typed()).isEqualTo("treatmnet of hypertention in adults");
    assertThat(corrected.corrections()).containsExactly("treatmnet \u2192 treatment", "hypertention \u2192 hypertension");
    assertThat(corrected.intents()).contains(Intent.TREATMENT);

    QuestionAnalysis drug = spelling.analyze("tirzepatide dose for weight loss");
    assertThat(drug.corrections()).isEmpty();
    assertThat(drug.primary().name()).isEqualTo("Tirzepatide");
  }

  @Test
  void aTradeNameTypedAsAWordTheSourcesUseIsNoDrugTheyNeverName() {
    Speller noPesticide = new Speller() {
      @Override
      public boolean indexed(String stem) {
        return !stem.startsWith("quinalpho") && !stem.startsWith("acetaminophen") && !stem.startsWith("glorbonol");
      }

      @Override
      public Optional<String> correction(String word) {
        return Optional.empty();
      }
    };
    QuestionAnalyzer reading = new QuestionAnalyzer(analyzerVocabulary, noPesticide);
    assertThat(reading.analyze("what sets off a spark of pain in gout?").concepts()).extracting(Concept::name)
        .doesNotContain("Quinalphos");
    assertThat(reading.analyze("SPARK poisoning in a farmer").concepts()).extracting(Concept::name)
        .as("written as its trade name").contains("Quinalphos");
    assertThat(analyzer.analyze("what sets off a spark of pain in gout?").concepts()).extracting(Concept::name)
        .as("where the sources hold the drug's own name, the word may be it").contains("Quinalphos");
    assertThat(reading.analyze("what is the dose of paracetamol?").primary().name())
        .as("an international name, not a trade name, though the sources lack the US one").isEqualTo("Acetaminophen");
    assertThat(reading.analyze("zorbex dose in cirrhosis?").concepts()).extracting(Concept::name)
        .as("a product known by its trade name alone").contains("ZORBEX");
    assertThat(reading.analyze("sparkle dose for gout?").concepts()).extracting(Concept::name)
        .as("a name the vocabulary writes as a word, not a trade name").contains("Glorbonol");
  }

  @Test
  void aSpeciesWordAfterAnOrganismsNameIsNeverCorrected() {
    Speller speller = new Speller() {
      @Override
      public boolean indexed(String stem) {
        return !stem.startsWith("glorbi") && !stem.startsWith("treatmnet");
      }

      @Override
      public Optional<String> correction(String word) {
        return Optional.of(word.toLowerCase(java.util.Locale.ROOT).startsWith("glorbi") ? "globin" : "treatment");
      }
    };
    QuestionAnalysis species = new QuestionAnalyzer(analyzerVocabulary, speller)
        .analyze("treatmnet of Plasmodium glorbis infection");
    assertThat(species.corrections()).as("the misspelt word elsewhere is corrected, the species word is not")
        .containsExactly("treatmnet \u2192 treatment");
    assertThat(species.question()).contains("Plasmodium glorbis");
  }

  @Test
  void anAbbreviationBeginningAHeadingNamesItAndSideAloneIsNoCaution() {
    QuestionAnalysis ace = analyzer.analyze("Usual side effects of ACE inhibitors?");
    assertThat(ace.primary().name()).isEqualTo("Angiotensin-Converting Enzyme Inhibitors");
    assertThat(ace.primary().kind()).isEqualTo(Concept.Kind.DRUG);
    assertThat(ace.primary().names()).contains("ACE inhibitors");
    assertThat(ace.intents()).containsExactly(Intent.CAUTIONS);
    assertThat(analyzer.analyze("pain down one side of the face").intents()).doesNotContain(Intent.CAUTIONS);
  }

  @Test
  void anAbbreviationWithOneLongFormIsANameSourcesUseForItsConcept() {
    assertThat(analyzer.analyze("Side effects of ACE inhibitors?").primary().names()).contains("ACEI");
    assertThat(analyzer.analyze("COPD exacerbation treatment").primary().names()).contains("COPD");
    assertThat(analyzer.analyze("acute coronary syndrome").primary().names()).as("ACS has several long forms")
        .doesNotContain("ACS");
  }

  @Test
  void aDrugClassInThePluralIsItsHeadingAndAnIngFormDescribingAWordIsNoCondition() {
    QuestionAnalysis classes = analyzer.analyze("Which antihypertensives can a pregnant woman take?");
    assertThat(classes.primary().name()).isEqualTo("Antihypertensive Agents");
    assertThat(classes.primary().names()).contains("antihypertensives");
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

  @Test
  void reducingARiskAsksPreventionARiskAloneAsksItsFactors() {
    assertThat(analyzer.analyze("how can I reduce my risk of gout?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("lowering the risk of gout after a first attack?").intents())
        .contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("what is the risk of gout in kidney disease?").intents())
        .contains(Intent.CAUSES).doesNotContain(Intent.PREVENTION);
  }
}
