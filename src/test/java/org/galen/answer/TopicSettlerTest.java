package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.retrieve.PassageHit;
import org.junit.jupiter.api.Test;

/**
 * Settling the topic once, from the question and the evidence: what retrieval's margin, a
 * description's picture and the question's concepts decide ({@link SettlerCorpus}).
 */
class TopicSettlerTest extends SettlerCorpusTest {
  @Test
  void retrievalByAClearMarginSettlesTheSubjectOverACircumstanceWord() throws IOException {
    List<PassageHit> hits = corpus.retriever
        .retrieve("a thin white worm is poking out of a blister on my ankle, how do "
        + "I get it out?", 10);
    assertThat(hits.get(0).passage().docId()).as("the fixture ranks the guideline first").isEqualTo(
        "nstg:dracunculiasis");
    assertThat(corpus.analyzer.analyze("a thin white worm is poking out of a blister on my ankle, how do I get it out?")
        .primary().name()).as("the question's own concept is the blister").isEqualTo("Blister");
    Topic topic = settle("a thin white worm is poking out of a blister on my ankle, how do I get it out?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Dracunculiasis");
    assertThat(topic.reasons()).anyMatch(reason -> reason.startsWith("retrieval settles it by its margin"));
    // The same with hybrid retrieval: the margin is on fused, normalised scores.
    QuestionAnalysis asked = corpus.analyzer
        .analyze("a thin white worm is poking out of a blister on my ankle, how do I get "
        + "it out?");
    Topic fused = corpus.settler.settle(asked, corpus.hybrid.retrieve(new EvidenceQuery(corpus.analyzer
        .terminology()).text(asked), ArticleComposer.PASSAGES_CONSIDERED));
    assertThat(fused.analysis().primary().name()).as(fused.reasons().toString()).isEqualTo("Dracunculiasis");
  }

  @Test
  void aClassOrChemicalMeshFilesAsADrugGivesWayToTheConditionRetrievalSettlesOn() throws IOException {
    String question = "a thin white worm is poking out of the skin of my ankle, are cytokines to blame, how do I get "
        + "it out?";
    assertThat(corpus.analyzer.analyze(question).primary().name()).isEqualTo("Cytokines");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as(topic.reasons().toString()).anyMatch(reason -> reason.contains("decisive"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Dracunculiasis");
  }

  @Test
  void ofTwoConditionsNamedOneAsItsSourcesNameItRetrievalsMarginSettlesTheSubject() throws IOException {
    String question = "woman with sickle cell anaemia and a softening spine on lithium for years - how is "
        + "Marlow bone disease diagnosed, with a bone scan or an x-ray?";
    assertThat(corpus.analyzer.analyze(question).primary().name()).as("the vocabulary reads the other condition")
        .isEqualTo("Anemia, Sickle Cell");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as(topic.reasons().toString()).anyMatch(reason -> reason.contains("decisive: Marlow"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Marlow bone disease");
  }

  @Test
  void anOrganismIsAskedOfAsTheInfectionNamedForItNotAGuidelineNamingItInPassing() throws IOException {
    String question = "a farmer worried about grellia in his well water: what should he avoid?";
    assertThat(corpus.analyzer.analyze(question).primary().kind()).isEqualTo(Concept.Kind.ORGANISM);
    Topic topic = settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Grellia Infections");
    // Behind the condition retrieval weighs most, the page named for it is no subject of its own.
    Topic grown = settle("farm fever with grellia in the urine culture after raw vegetables and well water: how many "
        + "days of gentamicin?");
    assertThat(grown.reasons()).as("the fixture makes the page a contender")
        .anyMatch(reason -> reason.contains("Farm Fever 1.00, Grellia Infections 0.7"));
    assertThat(grown.analysis().primary().name()).as(grown.reasons().toString()).isNotEqualTo("Grellia Infections");
  }

  @Test
  void aSourcesNameForItsSubjectWrittenWholeOutranksAConceptReadFromLayWords() throws IOException {
    String question = "my son with Pennyworth syndrome keeps fitting: steroids for the plaques, or diazepam?";
    assertThat(corpus.analyzer.analyze(question).primary().name()).as("the lay words are read as a condition")
        .isEqualTo("Seizures");
    Topic topic = settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Quellan dermatosis");
    // Not when the evidence weighs another condition most: the name is then a circumstance.
    Topic fitting = settle("my son with Pennyworth syndrome keeps fitting: diazepam rectally for the status?");
    assertThat(fitting.analysis().primary().name()).as(fitting.reasons().toString()).isEqualTo("Seizures");
  }

  @Test
  void aConditionWrittenBySourceNameTheEvidenceWeighsMostOutranksADrugWhenAskedOfTheCondition() throws IOException {
    Topic diagnosed = settle("on lithium for years and now Marlow bone disease - how is it diagnosed?");
    assertThat(diagnosed.reasons()).as(diagnosed.reasons().toString()).anyMatch(reason -> reason.endsWith("no margin"));
    assertThat(diagnosed.analysis().primary().name()).as(diagnosed.reasons().toString())
        .isEqualTo("Marlow bone disease");
    Topic dosed = settle("on lithium for years and now Marlow bone disease softens the bones of my spine - what dose?");
    assertThat(dosed.analysis().primary().name()).as(dosed.reasons().toString()).isEqualTo("Lithium");
  }

  @Test
  void aProcedureIsAskedOfTheConditionTheEvidencePictures() throws IOException {
    String question = "farmer bitten in the valley by a sandfly yesterday - what post-exposure prophylaxis?";
    assertThat(corpus.analyzer.analyze(question).primary().kind()).isEqualTo(Concept.Kind.PROCEDURE);
    Topic topic = settle(question);
    assertThat(topic.reasons()).as(topic.reasons().toString()).anyMatch(reason -> reason.endsWith("no margin"));
    assertThat(topic.analysis().primary().kind()).as(topic.reasons().toString()).isEqualTo(Concept.Kind.CONDITION);
    assertThat(topic.analysis().primary().name()).isIn("Dorrin Fever", "Tick Bite Fever", "Sandfly Fever");
  }

  @Test
  void aSignWordLandsOnTheConditionTheBestSourcesAreAbout() throws IOException {
    Topic topic = settle("what is done for a painful crisis in sickle cell?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Sickle Cell Disease");
    assertThat(topic.analysis().others()).extracting(c -> c.name()).contains("Pain");
  }

  @Test
  void oneWordOfADescriptionNamesNoConditionTheEvidenceIsNotAbout() throws IOException {
    Topic topic = settle("painful red lumps in the hair follicles of my neck fill with pus, burst, come back and "
        + "heal with a scar");
    assertThat(topic.analysis().primary().name()).as(String.join("; ", topic.reasons())).isEqualTo("Furuncles");
  }

  @Test
  void aLayDescriptionLandsOnTheConditionSeveralBestSourcesAreAbout() throws IOException {
    Topic topic = settle("my big toe went red, hot and swollen overnight");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Gout");
  }

  @Test
  void aSignWithWhatElseTheQuestionTellsIsThePictureOfOneCondition() throws IOException {
    Topic pictured = settle("my boy passes blood at the end of his urine since he swam in a river");
    assertThat(pictured.abstention()).isEmpty();
    assertThat(pictured.analysis().primary().name()).isEqualTo("Urinary Schistosomiasis");
    assertThat(pictured.analysis().qualifiers()).as("the words described it; none qualifies it").isEmpty();
    assertThat(settle("blood in my urine").analysis().primary().name()).as("a sign alone stays the subject")
        .isEqualTo("Hematuria");
  }

  @Test
  void aGuidelineRetrievalDidNotBringIsNoPicture() throws IOException {
    String question = "my boy passes blood at the end of his urine since he swam in a river";
    QuestionAnalysis asked = corpus.analyzer.analyze(question);
    List<PassageHit> hits = corpus.retriever.retrieve(new EvidenceQuery(corpus.analyzer.terminology()).text(asked),
        ArticleComposer.PASSAGES_CONSIDERED).stream()
        .filter(hit -> !hit.passage().docId().equals("nstg:urinary-schistosomiasis")).toList();
    assertThat(corpus.settler.settle(asked, hits).analysis().primary().name()).isEqualTo("Hematuria");
  }

  @Test
  void whatTheQuestionsOtherConceptsAreKindsOfPicturesTheConditionToo() throws IOException {
    // No lay word for the river: MeSH files Rivers under Fresh Water, the water the guideline names.
    Topic pictured = settle("my boy passes blood at the end of his urine since a day by a river");
    assertThat(pictured.analysis().primary().name()).isEqualTo("Urinary Schistosomiasis");
  }

  @Test
  void aDescriptionIsTheConditionWhoseSourcesHoldTheMostOfItsWords() throws IOException {
    List<PassageHit> hits = corpus.retriever.retrieve(new EvidenceQuery(corpus.analyzer.terminology())
        .text(corpus.analyzer.analyze(
        "my chest goes wheezy and tight when I run, or when I am outside in the cold")), 10);
    assertThat(hits.get(0).passage().docId()).as("the fixture's best-ranked source is the COPD page")
        .isEqualTo("medquad:copd-1");
    Topic described = settle("my chest goes wheezy and tight when I run, or when I am outside in the cold");
    assertThat(described.reasons()).as("no margin: the best-ranked source is not far ahead").anyMatch(
        reason -> reason.endsWith("no margin"));
    assertThat(described.analysis().primary().name()).as("running is exercise; cold, outside: the asthma pages' words, "
        + "and the children's page is a narrower form of the same condition").isEqualTo("Asthma");
  }

  @Test
  void aOneWordConditionNoContenderIsAboutIsASignOfTheContenderWhoseSourceHoldsItWithTheDescription()
      throws IOException {
    String question = "a band of painful blisters across the left side of my chest";
    assertThat(corpus.analyzer.analyze(question).primary().name()).as("the question's own concept")
        .isEqualTo("Blister");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as("retrieval alone does not settle it").anyMatch(reason -> reason
        .endsWith("no margin"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Herpes Zoster");
  }

  @Test
  void aOneWordConditionWrittenAmongTheCircumstancesNamesTheSubjectOnlyWhenRetrievalWeighsItMost()
      throws IOException {
    Topic topic = settle("a tender gumboil beside a molar tooth, bleeding a little since this morning");
    assertThat(topic.reasons()).as(String.join("; ", topic.reasons()))
        .anyMatch(reason -> reason.matches("evidence: Gum Abscess [0-9.]+, Bleeding .*no margin"));
    assertThat(topic.analysis().primary().name()).as(String.join("; ", topic.reasons())).isEqualTo("Gum Abscess");
    Topic asked = settle("bleeding from a small cut - what stops it?");
    assertThat(asked.analysis().primary().name()).as(String.join("; ", asked.reasons())).isEqualTo("Bleeding");
  }

  @Test
  void aSignToldAmongOtherSignsIsTheConditionRetrievalWeighsMostWhoseSourceHoldsIt() throws IOException {
    Topic topic = settle("fever and chills every evening since the weekend");
    assertThat(topic.analysis().primary().name()).as(String.join("; ", topic.reasons()))
        .isEqualTo("Kellan Ague");
    // Asked of the sign alone, with the same evidence, the sign stays the subject.
    Descriptions descriptions = new Descriptions(new DescriptionPictures(corpus.index), corpus.analyzer.terminology(),
        new NamesInEvidence(corpus.index, corpus.analyzer.terminology()));
    List<EvidenceTopics.Condition> found = List.of(
        new EvidenceTopics.Condition("Kellan Ague", List.of("Kellan Ague"), java.util.Set.of("kellan", "agu"), 1, 1.0,
            java.util.Set.of("nstg:kellan-ague")),
        new EvidenceTopics.Condition("Fever", List.of("Fever"), java.util.Set.of("fever"), 0.5, 0.6,
            java.util.Set.of("medquad:fever-1")));
    assertThat(descriptions.signOfWeighedMost(corpus.analyzer.analyze("fever and chills every evening"), found))
        .map(EvidenceTopics.Condition::name).contains("Kellan Ague");
    assertThat(descriptions.signOfWeighedMost(corpus.analyzer.analyze("what causes a fever?"), found)).isEmpty();
    // Told with no other sign or part of the body, the sign is one of a picture when the condition's
    // source holds what else the question tells; not when it holds none of it.
    assertThat(descriptions.signOfWeighedMost(corpus.analyzer.analyze("a fever at dusk after a mosquito bite"),
        found)).map(EvidenceTopics.Condition::name).contains("Kellan Ague");
    assertThat(descriptions.signOfWeighedMost(corpus.analyzer.analyze("a fever since my holiday in the hills"),
        found)).isEmpty();
    // The word must be held with the sign: one of the condition's sources holding it, another the sign, is no picture.
    List<EvidenceTopics.Condition> apart = List.of(
        new EvidenceTopics.Condition("Kellan Ague", List.of("Kellan Ague"), java.util.Set.of("kellan", "agu"), 1, 1.0,
            java.util.Set.of("nstg:kellan-ague", "medquad:tooth-decay-1")),
        found.get(1));
    assertThat(descriptions.signOfWeighedMost(corpus.analyzer.analyze("a fever since a back molar broke"), apart))
        .isEmpty();
  }

  @Test
  void aDescriptionThatAsksNothingIsToldWhatItIsAndWhatHelps() throws IOException {
    DrugDictionary drugs = DrugDictionary.empty();
    ArticleComposer composer = new ArticleComposer(corpus.retriever, corpus.index, corpus.analyzer
        .terminology(), new DoseExtractor(drugs),
        drugs);
    Article article = composer.compose(corpus.analyzer
        .analyze("a band of painful blisters across the left side of my chest"),
        Audience.PHYSICIAN);
    assertThat(article.sections()).extracting(org.galen.answer.Section::kind).as("what helps, beyond the bottom line")
        .contains("medications");
    assertThat(article.statements()).extracting(Statement::text).as("what it is and what helps")
        .contains("Aciclovir 800 mg five times daily.", "Paracetamol 1 g six hourly for the pain.");
  }

  @Test
  void aDrugTriedInADescriptionIsACircumstanceWithoutAMarginToo() throws IOException {
    Topic topic = settle("after meals a burning pain comes in my upper abdomen; omeprazole eases it");
    assertThat(topic.analysis().primary().name()).as(String.join("; ", topic.reasons()))
        .isIn("Gastritis", "Peptic Ulcer Disease");
  }

  @Test
  void aDrugTriedInADescriptionIsACircumstanceAndTheEvidenceSettlesTheSubject() throws IOException {
    String described = "burning pain in my upper abdomen at night, a little better after omeprazole";
    assertThat(corpus.analyzer.analyze(described).primary().name()).as("the question's own concept")
        .isEqualTo("Omeprazole");
    assertThat(settle(described).analysis().primary().name()).isEqualTo("Peptic Ulcer Disease");
    assertThat(settle("omeprazole dose for burning pain in the upper abdomen").analysis().primary().name())
        .as("a drug asked about stays the subject").isEqualTo("Omeprazole");
    // Treatment asked in a clause that does not name the drug is asked of the complaint.
    Topic treated = settle("burning pain in my upper abdomen at night, a little better after omeprazole. what "
        + "treatment do I need?");
    assertThat(treated.analysis().primary().name()).as(treated.reasons().toString()).isEqualTo("Peptic Ulcer Disease");
    // Treatment asked of the drug it names: the drug is no circumstance; it is read where the scene
    // pictures it (DrugForPicturedSceneTest).
    Topic ofTheDrug = settle("burning pain in my upper abdomen at night. how is omeprazole taken for the treatment?");
    assertThat(ofTheDrug.reasons()).as(ofTheDrug.reasons().toString())
        .contains("settled on \"Omeprazole\" (drug, from drugbank)");
    assertThat(ofTheDrug.analysis().primary().name()).as(ofTheDrug.reasons().toString())
        .isEqualTo("Peptic Ulcer Disease");
  }

  @Test
  void aLayWordIsTheSubjectWhenTheBestSourcesAreAboutIt() throws IOException {
    Topic fitting = settle("an adult is still fitting ten minutes on - which drug comes first?");
    assertThat(fitting.abstention()).isEmpty();
    assertThat(fitting.analysis().primary().name()).as(fitting.reasons().toString()).isEqualTo("Seizures");
  }

  @Test
  void aSignWithAGuidelineOfItsOwnThatRetrievalWeighsMostIsNotAnotherGuidelinesPicture() throws IOException {
    // The marsh fever guideline holds more of the description (trickling, an hour, squeezing) than
    // the nosebleed guideline does (front, nostril), but retrieval weighs the nosebleed's own most.
    Topic topic = settle("a nosebleed from the front of one nostril, still trickling after an hour of squeezing - "
        + "what next?");
    assertThat(topic.reasons()).as("retrieval weighs the sign's guideline most")
        .anyMatch(reason -> reason.startsWith("evidence: Nosebleed"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Nosebleed");
  }

  @Test
  void aConditionTheClauseThatAsksNamesByItsHeadWordOutranksAChemicalOfTheScene() throws IOException {
    String question = "at 11 weeks, vomiting all day, ketones in the urine. inpatient management of thessaly?";
    assertThat(corpus.analyzer.analyze(question).primary().name()).as("the question's own concept").isEqualTo("Ketones");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as("the fixture leaves retrieval no margin").anyMatch(r -> r.endsWith("no margin"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Thessaly Gravidarum");
  }

  @Test
  void aNameTheSceneWritesIsACircumstanceWhenTheClauseThatAsksNamesTheQuestionsConcept() {
    QuestionAnalysis scene = corpus.analyzer.analyze("back pain after lifting, on lithium for years - what is the "
        + "lithium course?");
    assertThat(scene.askingClause()).as("a clause marked as asked, asking no intent by name")
        .isEqualTo("what is the lithium course");
    assertThat(AskingClause.setsTheScene(scene, "back pain")).isTrue();
    assertThat(AskingClause.setsTheScene(corpus.analyzer.analyze("on lithium for years - what is the lithium course "
        + "for back pain?"), "back pain")).as("written in the clause that asks").isFalse();
    assertThat(AskingClause.setsTheScene(corpus.analyzer.analyze("back pain after lifting, on lithium for years - "
        + "what now?"), "back pain")).as("the clause that asks names nothing").isFalse();
  }

  @Test
  void aNarrowerFormWrittenWholeIsTheSubjectWhenTheEvidenceIsNotAboutTheBroadCondition() throws IOException {
    String question = "caries: a deep cavity in a molar whose filling was lost, the gum beside it bleeds; we treat it "
        + "as a gum abscess. which antibiotic?";
    assertThat(corpus.analyzer.analyze(question).primary().name()).as("the vocabulary reads the broad condition")
        .isEqualTo("Abscess");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as("the fixture settles retrieval on another condition by its margin")
        .anyMatch(reason -> reason.contains("decisive: Dental Caries"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Gum Abscess");
  }

  @Test
  void theClauseThatAsksNamesAConditionOnlyByAWordNoOtherConditionOfTheEvidenceHas() {
    QuestionAnalysis asked = corpus.analyzer.analyze("at 11 weeks, vomiting all day, ketones in the urine. inpatient "
        + "management of thessaly?");
    EvidenceTopics.Condition gravidarum = condition("Thessaly Gravidarum", 1.0);
    assertThat(AskingClause.namesWeighedMost(asked, List.of(gravidarum, condition("Morning Sickness", 0.8))))
        .contains(gravidarum);
    assertThat(AskingClause.namesWeighedMost(asked, List.of(gravidarum, condition("Thessaly Fever", 0.8))))
        .as("a word two conditions share names neither").isEmpty();
    assertThat(AskingClause.namesWeighedMost(corpus.analyzer.analyze("inpatient management of thessaly with ketones?"),
        List.of(gravidarum))).as("a question of one clause has no scene").isEmpty();
  }

  private static EvidenceTopics.Condition condition(String name, double weight) {
    return new EvidenceTopics.Condition(name, List.of(name), org.galen.answer.question.FocusWords.of(name), 1, weight,
        java.util.Set.of("nstg:" + name));
  }
}
