package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.Indexer;
import org.galen.passage.PassageSplitter;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settling the topic once, from the question and the evidence: a small real index of guidelines
 * and a reference page, and small vocabulary files in the formats ingest keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicSettlerTest {
  private EvidenceIndex index;
  private QuestionAnalyzer analyzer;
  private TopicSettler settler;
  private Bm25Retriever retriever;
  private org.galen.retrieve.HybridRetriever hybrid;
  private org.galen.embed.Embedder embedder;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    Path vocabulary = Files.createDirectories(directory.resolve("vocabulary"));
    Files.writeString(vocabulary.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D001249\tAsthma\tC08.127.108",
        "D010146\tPain\tC10.597.617",
        "D010146\tPain\tC23.888.592.612",
        "D000755\tAnemia, Sickle Cell\tC15.378.071.141.150.150",
        "D004827\tEpilepsy\tC10.228.140.490",
        "D013226\tStatus Epilepticus\tC10.228.140.490.690",
        "D005334\tFever\tC23.888.119.344",
        "D012640\tSeizures\tC10.228.140.490.631",
        "D016207\tCytokines\tD12.644.276.374",
        "D003287\tDystonia\tC10.228.662.300",
        "D006417\tHematuria\tC12.777.934.442",
        "D006417\tHematuria\tC23.550.414.849",
        "D005618\tFresh Water\tN06.230.300.100.149",
        "D045483\tRivers\tN06.230.300.100.149.500",
        "D015444\tExercise\tG11.427.410.698",
        "D012420\tRunning\tG11.427.410.698.277",
        "D001768\tBlister\tC17.800.865.150",
        "D006353\tHeart-Assist Devices\tE07.695.390",
        "D099001\tHollis Degeneration\tC10.228.140.163.900",
        "D058872\tPost-Exposure Prophylaxis\tE02.190.599.500",
        "D099002\tGrellia\tB03.440.450.425.999"));
    // This data directory's own lay list: an exposure in lay words, as an editorial board may add.
    Files.writeString(vocabulary.resolve("lay-terms.tsv"), String.join("\n",
        "lay_words\tclinical_words",
        "fitting\tSeizures",
        "blood in ... urine\tHematuria",
        "blood at the end of ... urine\tterminal Hematuria",
        "swims\tbathing wading water",
        "wheezy\twheezing",
        "tight in the chest\tchest tightness"));
    Files.writeString(vocabulary.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB15171,DBSALT002,Tirzepatide,2023788-19-2,OYN3CCI6QE,Tirzepatide | LY3298176,X",
        "DB01356,APRD00573,Lithium,7439-93-2,9FN79X2M3F,Lithium,X",
        "DB00338,APRD00446,Omeprazole,73590-58-6,KG60484QX9,Omeprazole,X"));
    Path indexDirectory = directory.resolve("index");
    try (Indexer indexer = new Indexer(indexDirectory)) {
      PassageSplitter splitter = new PassageSplitter();
      for (Document document : List.of(
          guideline("nstg:sickle-cell-disease", "Sickle Cell Disease", "Painful crisis: give paracetamol and "
              + "ensure fluid intake; sickle cell disease causes recurrent painful crises and chronic anaemia."),
          guideline("nstg:bronchial-asthma", "Bronchial Asthma", "Acute attack: give nebulised salbutamol 2.5 mg; "
              + "asthma is a chronic inflammatory disease of the airways."),
          guideline("nstg:seizures-epilepsies", "Seizures/Epilepsies", "Status: give diazepam 10 mg rectally; "
              + "epilepsy needs long-term anticonvulsants."),
          guideline("nstg:chest-pain", "Chest Pain", "Relieve pain with analgesics; chest pain has many causes, fever among them."),
          guideline("nstg:weight", "Obesity", "Weight loss of five percent helps; lithium causes weight gain. "
              + "Cytokines rise in obesity; drug release is slow; the syndrome is metabolic."),
          guideline("nstg:urinary-schistosomiasis", "Urinary Schistosomiasis", "Acquired while bathing/wading in "
              + "infected water. Intermittent, painless terminal haematuria. Praziquantel 40 mg/kg once."),
          guideline("nstg:urinary-tract-calculi", "Urinary Tract Calculi", "Loin pain and haematuria; drink "
              + "plenty of water."),
          page("medquad:copd-1", "COPD", "In COPD you get wheezing and chest tightness; you get tight in the chest."),
          page("medquad:asthma-1", "Asthma", "Asthma is a long-term disease of the airways of the lungs, which become "
              + "inflamed and narrowed from time to time, for years, in children and adults alike. Its symptoms are "
              + "wheezing and chest tightness, with cough and shortness of breath. Many things can trigger them: "
              + "allergens, smoke, colds, cold air, and physical activity, including exercise outside."),
          page("medquad:asthma-children-1", "Asthma in Children", "In children, asthma is a long-term disease of the "
              + "airways of the lungs, which become inflamed and narrowed from time to time, for years. Its symptoms "
              + "are wheezing and chest tightness, with cough and shortness of breath. Many things can trigger them "
              + "in a child: allergens, smoke, colds, cold air, and physical activity, including exercise outside."),
          guideline("nstg:dracunculiasis", "Dracunculiasis", "The worm emerges through a painful blister, usually on "
              + "the leg, ankle or foot, a year after drinking water with water fleas. Remove the worm slowly, "
              + "winding a few centimetres of the worm a day on a small stick; keep the wound clean."),
          guideline("nstg:dorrin-fever", "Dorrin Fever (Valley Shakes)", "Dorrin fever follows the bite of a "
              + "sandfly. Early stage: rest and fluids by mouth. Late stage: admit for intravenous fluids and steroids."),
          guideline("nstg:tick-bite-fever", "Tick Bite Fever", "Farmers bitten in long grass yesterday or last "
              + "week may get tick bite fever; doxycycline treats it."),
          guideline("nstg:sandfly-fever", "Sandfly Fever", "Sandfly fever follows a sandfly bite in a valley; "
              + "farmers get it in summer and rest until it passes."),
          page("medquad:devices-1", "Breathing devices", "A device may assist breathing at home; the heart is "
              + "checked before it is used."),
          page("medquad:burns-1", "Burns", "A burn on the skin may blister; cool it under running water."),
          page("medquad:quellan-1", List.of("Quellan dermatosis", "Pennyworth syndrome", "PWS",
              "Pennyworth-Hale-Dorsey syndrome", "rod-cone dermatosis", "The Red Plaque"), "Quellan "
              + "dermatosis is a rare disorder of the skin with painful red plaques; it is treated with steroids. Hale "
              + "and Dorsey described it first."),
          page("medquad:hematuria-1", "Hematuria", "Hematuria is blood in the urine."),
          page("medquad:rib-1", "Costochondritis", "Costochondritis is a painful band across one side of the "
              + "chest, felt when the chest is pressed."),
          guideline("nstg:herpes-zoster", "Herpes Zoster", "Clinical features", "Painful blisters appear in a band "
              + "on one side of the trunk.", "Aciclovir 800 mg five times daily. Paracetamol 1 g six hourly for the pain. "
              + "Calamine lotion twice daily on the blisters. Amitriptyline 10 mg at night for pain after the rash."),
          page("medquad:hematuria-2", "Hematuria", "Blood in the urine has many causes."),
          guideline("nstg:peptic-ulcer", "Peptic Ulcer Disease", "Clinical features", "Burning pain in the upper "
              + "abdomen that wakes the patient at night and eases with food or antacids.", "Omeprazole 20 mg daily "
              + "for 4 weeks."),
          page("medquad:gout-1", "Gout", "Gout often starts in the big toe, which becomes red, hot and swollen."),
          page("medquad:gout-2", "Gout", "A gout attack makes the big toe so painful that a bedsheet hurts."),
          page("medquad:gout-3", "Gout", "In gout the joint of the big toe is swollen and red at night."),
          page("medquad:omeprazole-1", List.of("Omeprazole", "Losec"), "Omeprazole lowers stomach acid."),
          page("medquad:tillman-1", List.of("Tillman anaemia", "Hale-Pennyworth-Dorsey syndrome"), "Tillman "
              + "anaemia is an inherited anaemia of the red cells; it is treated with folic acid."),
          page("medquad:marlow-1", "Marlow bone disease", "Marlow bone disease softens the bones of the spine; "
              + "lithium taken for years worsens it. It is diagnosed with a bone scan and a spine X-ray."),
          page("medquad:lithium-levels-1", "Lithium toxicity", "Lithium toxicity in people on lithium for years "
              + "is diagnosed by the lithium level in a blood test; how it is diagnosed and how the lithium dose "
              + "is lowered depend on the level. Now and then lithium toxicity affects the bones."),
          page("medquad:furuncles-1", "Furuncles", "Painful red lumps in hair follicles fill with pus and burst; "
              + "they come back in carriers of staphylococci. Warm compresses; cloxacillin when spreading."),
          page("medquad:scars-1", "Scars", "Surgical scars fade over a year or two; silicone sheets and massage flatten them."),
          page("medquad:back-pain-1", "Back Pain", "Back pain is pain felt in the lower back; it often comes "
              + "back after lifting."),
          page("medquad:gastritis-1", "Gastritis", "Gastritis gives a burning feeling after meals; omeprazole "
              + "eases it."),
          guideline("nstg:farm-fever", "Farm Fever", "Farm fever is a fever of farm workers; coliforms and Grellia "
              + "grown from the urine culture are treated with gentamicin for ten days, farm fever or not."),
          page("medquad:grellia-1", "Grellia Infections", "Grellia infections come from well water and raw "
              + "vegetables; boiling the water and washing the vegetables keep them away."),
          page("medquad:brannock-1", List.of("Brannock disease", "Hollis degeneration"), "Brannock disease is "
              + "inherited; copper builds up in the liver and brain, and chelating drugs remove it."))) {
        indexer.put(document, splitter.split(document), "test");
      }
      indexer.commit();
    }
    embedder = new org.galen.embed.BgeSmallEmbedder();
    try (Indexer indexer = new Indexer(indexDirectory)) {
      new org.galen.index.VectorPhase(indexer, embedder, (done, total) -> { }).run();
    }
    index = EvidenceIndex.open(indexDirectory);
    analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary), new IndexSpeller(index));
    settler = new TopicSettler(analyzer.terminology(), index);
    retriever = new Bm25Retriever(index);
    hybrid = new org.galen.retrieve.HybridRetriever(retriever, new org.galen.retrieve.DenseRetriever(index, embedder));
  }

  @AfterAll
  void close() throws Exception {
    index.close();
    embedder.close();
  }

  private Topic settle(String question) throws IOException {
    QuestionAnalysis asked = analyzer.analyze(question);
    return settler.settle(asked, retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked), ArticleComposer.PASSAGES_CONSIDERED));
  }

  @Test
  void retrievalByAClearMarginSettlesTheSubjectOverACircumstanceWord() throws IOException {
    List<PassageHit> hits = retriever.retrieve("a thin white worm is poking out of a blister on my ankle, how do "
        + "I get it out?", 10);
    assertThat(hits.get(0).passage().docId()).as("the fixture ranks the guideline first").isEqualTo(
        "nstg:dracunculiasis");
    assertThat(analyzer.analyze("a thin white worm is poking out of a blister on my ankle, how do I get it out?")
        .primary().name()).as("the question's own concept is the blister").isEqualTo("Blister");
    Topic topic = settle("a thin white worm is poking out of a blister on my ankle, how do I get it out?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Dracunculiasis");
    assertThat(topic.reasons()).anyMatch(reason -> reason.startsWith("retrieval settles it by its margin"));
    // The same with hybrid retrieval: the margin is on fused, normalised scores.
    QuestionAnalysis asked = analyzer.analyze("a thin white worm is poking out of a blister on my ankle, how do I get "
        + "it out?");
    Topic fused = settler.settle(asked, hybrid.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked), ArticleComposer.PASSAGES_CONSIDERED));
    assertThat(fused.analysis().primary().name()).as(fused.reasons().toString()).isEqualTo("Dracunculiasis");
  }

  @Test
  void aNameASourceGivesItsSubjectWrittenWholeSettlesTheSubject() throws IOException {
    // No vocabulary knows the synonym, and no passage's text uses it: only the page's own list of names.
    Topic topic = settle("Pennyworth syndrome - which drug is used and is it inherited?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Quellan dermatosis");
    assertThat(topic.reasons()).anyMatch(reason -> reason.contains("Pennyworth syndrome"));
    assertThat(settle("a red rash after a pennyworth (syndrome unknown) of sweets - what helps?").reasons())
        .as("words a bracket parts are not a name written whole")
        .noneMatch(reason -> reason.contains("subject name written whole"));
  }

  @Test
  void aClassOrChemicalMeshFilesAsADrugGivesWayToTheConditionRetrievalSettlesOn() throws IOException {
    String question = "a thin white worm is poking out of the skin of my ankle, are cytokines to blame, how do I get "
        + "it out?";
    assertThat(analyzer.analyze(question).primary().name()).isEqualTo("Cytokines");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as(topic.reasons().toString()).anyMatch(reason -> reason.contains("decisive"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Dracunculiasis");
  }

  @Test
  void ofTwoConditionsNamedOneAsItsSourcesNameItRetrievalsMarginSettlesTheSubject() throws IOException {
    String question = "woman with sickle cell anaemia and a softening spine on lithium for years - how is "
        + "Marlow bone disease diagnosed, with a bone scan or an x-ray?";
    assertThat(analyzer.analyze(question).primary().name()).as("the vocabulary reads the other condition")
        .isEqualTo("Anemia, Sickle Cell");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as(topic.reasons().toString()).anyMatch(reason -> reason.contains("decisive: Marlow"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Marlow bone disease");
  }

  @Test
  void anOrganismIsAskedOfAsTheInfectionNamedForItNotAGuidelineNamingItInPassing() throws IOException {
    String question = "a farmer worried about grellia in his well water: what should he avoid?";
    assertThat(analyzer.analyze(question).primary().kind()).isEqualTo(Concept.Kind.ORGANISM);
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
  void aPagesInitialismIsNoNameTheSubjectIsFoundByItsOtherNamesAre() throws IOException {
    Topic topic = settle("Pennyworth syndrome - which drug is used and is it inherited?");
    assertThat(topic.analysis().primary().names()).as(topic.reasons().toString()).contains("Pennyworth syndrome")
        .doesNotContain("PWS");
    assertThat(settle("How is Quellan dermatosis treated?").analysis().primary().names())
        .contains("rod-cone dermatosis")
        .doesNotContain("PWS");
  }

  @Test
  void aNameWrittenWhereTheQuestionSaysItIsAbsentNamesNothing() throws IOException {
    Topic topic = settle("a red rash on the arms, no Pennyworth syndrome in the family - what helps?");
    assertThat(topic.reasons()).as(topic.reasons().toString())
        .noneMatch(reason -> reason.contains("subject name written whole"));
    assertThat(settle("a red rash on the arms, Pennyworth syndrome in the family - what helps?").reasons())
        .as("said to be present, it is written whole").anyMatch(reason -> reason.contains("subject name written whole"));
  }

  @Test
  void anEponymsProperNamesAreWrittenInAnyOrderANameInOrderWinsOtherWordsStayInPlace() throws IOException {
    Topic topic = settle("Dorsey-Hale-Pennyworth syndrome - which drug is used and is it inherited?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Quellan dermatosis");
    Topic inOrder = settle("Hale-Pennyworth-Dorsey syndrome - which drug is used and is it inherited?");
    assertThat(inOrder.analysis().primary().name()).as("a name written in order wins over another's reordered")
        .isEqualTo("Tillman anaemia");
    assertThat(settle("a syndrome pennyworth of sweets - what helps?").reasons())
        .noneMatch(reason -> reason.contains("subject name written whole"));
    assertThat(settle("cone-rod dermatosis in a child - what helps?").reasons())
        .as("only the words a source writes as proper names move")
        .noneMatch(reason -> reason.contains("subject name written whole"));
    assertThat(settle("skin with a plaque that is red and painful - what helps?").reasons())
        .as("a title's capitals are no names: only hyphenated names move")
        .noneMatch(reason -> reason.contains("subject name written whole"));
  }

  @Test
  void aSourcesNameForItsSubjectWrittenWholeOutranksAConceptReadFromLayWords() throws IOException {
    String question = "my son with Pennyworth syndrome keeps fitting: steroids for the plaques, or diazepam?";
    assertThat(analyzer.analyze(question).primary().name()).as("the lay words are read as a condition")
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
    assertThat(analyzer.analyze(question).primary().kind()).isEqualTo(Concept.Kind.PROCEDURE);
    Topic topic = settle(question);
    assertThat(topic.reasons()).as(topic.reasons().toString()).anyMatch(reason -> reason.endsWith("no margin"));
    assertThat(topic.analysis().primary().kind()).as(topic.reasons().toString()).isEqualTo(Concept.Kind.CONDITION);
    assertThat(topic.analysis().primary().name()).isIn("Dorrin Fever", "Tick Bite Fever", "Sandfly Fever");
  }

  @Test
  void aNameInABracketOfASourcesNameIsWrittenWholeAndTheRestQualifiesIt() throws IOException {
    Topic topic = settle("tx for late-stage valley shakes in a farmer");
    assertThat(topic.analysis().primary().name()).isEqualTo("Dorrin Fever");
    assertThat(topic.analysis().qualifiers()).contains("late", "stage").doesNotContain("tx", "valley");
  }

  @Test
  void aDeviceNamedByWordsEachIndexedButNeverTogetherIsAbsent() throws IOException {
    assertThat(settle("How is a heart-assist device managed after surgery?").abstention()).isPresent();
  }

  @Test
  void aDrugNoIndexedPassageNamesIsSaidToBeAbsent() throws IOException {
    assertThat(settle("tirzepatide dose for weight loss").abstention()).contains("tirzepatide");
    assertThat(settle("lithium and weight gain").abstention()).isEmpty();
  }

  @Test
  void anUnknownWordBesideTheSubjectMakesItAbstainAnUnknownWordElsewhereDoesNot() throws IOException {
    assertThat(settle("What is the treatment for glorbic fever?").abstention()).contains("glorbic");
    assertThat(settle("asthma attack, my son is blorfy after running").abstention()).isEmpty();
    assertThat(settle("can I take my Zentrix 3 lithium?").abstention()).as("a model number between")
        .contains("Zentrix");
  }

  @Test
  void wordsEachIndexedButNeverTogetherAsAConditionAreAbsent() throws IOException {
    assertThat(settle("cytokine release syndrome after CAR-T").abstention()).contains("cytokine release syndrome");
    assertThat(settle("cytokines dose for worm infection").abstention())
        .as("a dose asked for a condition is not one name").isEmpty();
  }

  @Test
  void aSignWordLandsOnTheConditionTheBestSourcesAreAbout() throws IOException {
    Topic topic = settle("what is done for a painful crisis in sickle cell?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Sickle Cell Disease");
    assertThat(topic.analysis().others()).extracting(c -> c.name()).contains("Pain");
  }

  @Test
  void wordsOfASourcesNameScatteredOverADescriptionAreNoName() throws IOException {
    Topic topic = settle("painful red lumps full of pus on my neck come back every month");
    assertThat(topic.analysis().primary().name()).as(String.join("; ", topic.reasons())).isEqualTo("Furuncles");
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
    QuestionAnalysis asked = analyzer.analyze(question);
    List<PassageHit> hits = retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked),
        ArticleComposer.PASSAGES_CONSIDERED).stream()
        .filter(hit -> !hit.passage().docId().equals("nstg:urinary-schistosomiasis")).toList();
    assertThat(settler.settle(asked, hits).analysis().primary().name()).isEqualTo("Hematuria");
  }

  @Test
  void whatTheQuestionsOtherConceptsAreKindsOfPicturesTheConditionToo() throws IOException {
    // No lay word for the river: MeSH files Rivers under Fresh Water, the water the guideline names.
    Topic pictured = settle("my boy passes blood at the end of his urine since a day by a river");
    assertThat(pictured.analysis().primary().name()).isEqualTo("Urinary Schistosomiasis");
  }

  @Test
  void aDescriptionIsTheConditionWhoseSourcesHoldTheMostOfItsWords() throws IOException {
    List<PassageHit> hits = retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(analyzer.analyze(
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
    assertThat(analyzer.analyze(question).primary().name()).as("the question's own concept").isEqualTo("Blister");
    Topic topic = settle(question);
    assertThat(topic.reasons()).as("retrieval alone does not settle it").anyMatch(reason -> reason.endsWith("no margin"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Herpes Zoster");
  }

  @Test
  void aDescriptionThatAsksNothingIsToldWhatItIsAndWhatHelps() throws IOException {
    DrugDictionary drugs = DrugDictionary.empty();
    ArticleComposer composer = new ArticleComposer(retriever, index, analyzer.terminology(), new DoseExtractor(drugs),
        drugs);
    Article article = composer.compose(analyzer.analyze("a band of painful blisters across the left side of my chest"),
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
    assertThat(analyzer.analyze(described).primary().name()).as("the question's own concept").isEqualTo("Omeprazole");
    assertThat(settle(described).analysis().primary().name()).isEqualTo("Peptic Ulcer Disease");
    assertThat(settle("omeprazole dose for burning pain in the upper abdomen").analysis().primary().name())
        .as("a drug asked about stays the subject").isEqualTo("Omeprazole");
  }

  @Test
  void aLayWordIsTheSubjectWhenTheBestSourcesAreAboutIt() throws IOException {
    Topic fitting = settle("an adult is still fitting ten minutes on - which drug comes first?");
    assertThat(fitting.abstention()).isEmpty();
    assertThat(fitting.analysis().primary().name()).as(fitting.reasons().toString()).isEqualTo("Seizures");
  }

  @Test
  void aConditionTheSourcesNameOtherwiseTakesTheirNames() throws IOException {
    Topic topic = settle("Starting treatment in sickle cell anaemia?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Anemia, Sickle Cell");
    assertThat(topic.analysis().primary().names()).contains("Sickle Cell Disease");
  }

  @Test
  void aHeadingTheSourcesOnlyListAmongTheirNamesTakesTheirNameToBeSearchedBy() throws IOException {
    Topic topic = settle("What medicines are used for Hollis degeneration?");
    assertThat(topic.reasons()).anyMatch(reason -> reason.startsWith("the sources call"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Brannock disease");
    assertThat(topic.analysis().primary().names()).contains("Hollis Degeneration");
  }

  @Test
  void thePagesAboutTheSubjectLendTheirNamesWhetherOrNotRetrievalRankedThem() throws IOException {
    QuestionAnalysis asked = analyzer.analyze("omeprazole before a long flight?");
    // Passages that name the drug in passing (a drug none of them names would be a circumstance of
    // the question, not its subject), none of them its page.
    List<PassageHit> elsewhere = retriever.retrieve("gastritis burning feeling after meals omeprazole", 5).stream()
        .filter(hit -> !hit.passage().docId().equals("medquad:omeprazole-1")).toList();
    assertThat(elsewhere).as("the best-ranked passages name the drug")
        .anyMatch(hit -> hit.passage().text().toLowerCase(java.util.Locale.ROOT).contains("omeprazole"));
    assertThat(settler.settle(asked, elsewhere).analysis().primary().names()).contains("Losec");
  }

  @Test
  void guidelineTitlesThatOnlyQualifyOrCoverTheSubjectAreAboutIt() throws IOException {
    SubjectMatcher asthma = SubjectMatcher.of(settle("an acute asthma attack in casualty").analysis(),
        analyzer.terminology());
    assertThat(asthma.isTitleAbout("Bronchial Asthma", true)).isTrue();
    assertThat(asthma.isTitleAbout("Bronchial Asthma", false)).as("a reference page is held to its exact subject")
        .isFalse();
    assertThat(asthma.isTitleAbout("Asthma-dystonia syndrome", true)).as("another condition").isFalse();
    assertThat(asthma.isTitleAbout("Do you have information about Asthma", false))
        .as("MedlinePlus's summary page, titled as a question asking for information").isTrue();

    SubjectMatcher status = SubjectMatcher.of(settle("treatment of status epilepticus").analysis(), analyzer.terminology());
    assertThat(status.isTitleAbout("Seizures/Epilepsies", true)).as("the broader condition's guideline").isTrue();
    assertThat(status.isTitleAbout("Seizures/Epilepsies", true, false))
        .as("a report's title must name the subject itself").isFalse();
    assertThat(status.isTitleAbout("Guidelines for Rectal Diazepam in Status Epilepticus", true, false))
        .as("a report's other words qualify it").isTrue();
    assertThat(status.isTitleAboutAnotherCondition("Chest Pain")).isFalse();
    assertThat(status.isTitleAboutAnotherCondition("Dystonia")).isTrue();
  }

  private static Document page(String docId, String focus, String text) {
    return page(docId, List.of(focus), text);
  }

  /** A reference page about the first of its names; the others are the synonyms its source lists. */
  private static Document page(String docId, List<String> names, String text) {
    return new Document(docId, docId, "medquad", "What is (are) " + names.get(0) + " ?", text,
        List.of(new Section("information", 0, text.length())), SourceKind.REFERENCE, EvidenceLevel.REFERENCE,
        List.of(), List.of(), "", Optional.empty(), "", "", "", names, Map.of());
  }

  /** A guideline with a section of what it looks like before its drug treatment. */
  private static Document guideline(String docId, String title, String firstSection, String first, String drugs) {
    String text = first + "\n" + drugs;
    return new Document(docId, docId, "nstg", title, text, List.of(new Section(firstSection, 0, first.length()),
        new Section("Drug treatment", first.length() + 1, text.length())), SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "", "", "", List.of(title), Map.of());
  }

  private static Document guideline(String docId, String title, String text) {
    return new Document(docId, docId, "nstg", title, text, List.of(new Section("Drug treatment", 0, text.length())),
        SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of(title), Map.of());
  }
}
