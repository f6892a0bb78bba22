package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Question analysis against small vocabulary files in the real formats ingest keeps: its subject. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionAnalyzerTest {
  private QuestionAnalyzer analyzer;
  private ConceptVocabulary analyzerVocabulary;

  @BeforeAll
  void vocabulary(@TempDir Path directory) throws Exception {
    analyzerVocabulary = AnalyzerVocabularyFixture.load(directory);
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
    assertThat(analyzerVocabulary.questionMentionsIn("her skin dries out and she tried every cream"))
        .as("a name of four letters the stemmer cuts to three is named as written").isEmpty();
    assertThat(analyzerVocabulary.questionMentionsIn("what dose of dris?"))
        .extracting(m -> m.concept().name()).containsExactly("Drisamine");
  }

  @Test
  void aShortFormWithCapitalsInsideIsNotNamedByItsOtherFormsInSmallLetters() {
    assertThat(analyzerVocabulary.questionMentionsIn("she fell off the carts"))
        .extracting(m -> m.concept().name()).doesNotContain("Combined artemide");
    assertThat(analyzerVocabulary.questionMentionsIn("Carts fell on her"))
        .as("a capital opening a sentence is no capital of the name").extracting(m -> m.concept().name())
        .doesNotContain("Combined artemide");
    assertThat(analyzerVocabulary.questionMentionsIn("is cart given in it?"))
        .as("the name itself in small letters").extracting(m -> m.concept().name()).contains("Combined artemide");
    assertThat(analyzerVocabulary.questionMentionsIn("is cART given in it?"))
        .extracting(m -> m.concept().name()).containsExactly("Combined artemide");
    assertThat(analyzerVocabulary.questionMentionsIn("is CART given in it?"))
        .extracting(m -> m.concept().name()).containsExactly("Combined artemide");
    assertThat(analyzerVocabulary.questionMentionsIn("she burnt her hands on the pans"))
        .extracting(m -> m.concept().name()).doesNotContain("Panamide");
    assertThat(analyzerVocabulary.questionMentionsIn("is PAn raised in it?"))
        .extracting(m -> m.concept().name()).containsExactly("Panamide");
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
}
