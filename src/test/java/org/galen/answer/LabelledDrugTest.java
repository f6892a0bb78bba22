package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.Indexer;
import org.galen.passage.PassageSplitter;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;
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
 * A drug's label answers what is asked of the drug, when a passage of it an article may quote ranks
 * among the best and it is the label of the drug alone: a small real index of two labels and a
 * guideline, written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelledDrugTest {
  private EvidenceIndex index;
  private QuestionAnalyzer analyzer;
  private TopicSettler settler;
  private Bm25Retriever retriever;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    Path vocabulary = Files.createDirectories(directory.resolve("vocabulary"));
    Files.writeString(vocabulary.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB01050,APRD00372,Ibuprofen,15687-27-1,WK2XYI10QM,Ibuprofen,X",
        "DB00956,APRD00155,Hydrocodone,125-29-1,6YKS4Y3WQ7,Hydrocodone,X",
        "DB00201,APRD00673,Caffeine,58-08-2,3G6A5W338E,Caffeine,X",
        "DB00975,APRD00136,Dipyridamole,58-32-2,64ALC7F90C,Dipyridamole,X"));
    Files.writeString(vocabulary.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D010003\tOsteoarthritis\tC05.550.114.606",
        "D001049\tApnea\tC08.618.085"));
    Path indexDirectory = directory.resolve("index");
    try (Indexer indexer = new Indexer(indexDirectory)) {
      PassageSplitter splitter = new PassageSplitter();
      for (Document document : List.of(
          new DocumentBuilder("spl:ibu", "dailymed").title("Ibuprofen tablets")
              .section("Boxed warning: WARNING: RISK OF SERIOUS CARDIOVASCULAR EVENTS", "NSAIDs cause an increased "
                  + "risk of serious cardiovascular thrombotic events.")
              .section("Dosage and administration: Rheumatoid arthritis and osteoarthritis", "Suggested dosage: 1200 mg "
                  + "to 3200 mg daily. Do not exceed 3200 mg total daily dose.")
              .section("Use in specific populations: 8.1 Pregnancy: Animal Data", "Rabbits given ibuprofen at up to "
                  + "0.36 times the maximum daily dose had no malformations.")
              .section("Description", "Ibuprofen tablets contain ibuprofen. Ibuprofen is a white powder.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Ibuprofen").build(),
          new DocumentBuilder("spl:ibu-repack", "dailymed").title("Ibuprofen tablets")
              .section("Dosage and administration", "Do not exceed 3200 mg total daily dose.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Ibuprofen").build(),
          label("spl:combo", "Hydrocodone Bitartrate and Ibuprofen tablets", "Hydrocodone Bitartrate and Ibuprofen",
              "Dosage and administration", "One tablet every 4 to 6 hours; do not exceed 5 tablets daily."),
          label("spl:headache", "Acetaminophen, Aspirin and Caffeine tablets", "Acetaminophen, Aspirin and Caffeine",
              "Dosage and administration", "Caffeine dose: two tablets with water; loading dose not for infants."),
          label("spl:dipy", "Dipyridamole capsules", "Dipyridamole", "Clinical studies", "In patients after a "
              + "stroke, dipyridamole capsules reduced a second stroke by a third."),
          guideline("nstg:osteoarthritis", "Osteoarthritis", "NSAIDs such as ibuprofen 200 mg daily up to 2,400 mg "
              + "daily in divided doses; osteoarthritis of the knee and hip."),
          guideline("nstg:apnea", "Apnea in a Child", "Caffeine citrate loading dose 20 mg/kg for apnoea of "
              + "prematurity, then a daily maintenance dose."))) {
        indexer.put(document, splitter.split(document), "test");
      }
      indexer.commit();
    }
    index = EvidenceIndex.open(indexDirectory);
    analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary), new IndexSpeller(index));
    settler = new TopicSettler(analyzer.terminology(), index);
    retriever = new Bm25Retriever(index);
  }

  @AfterAll
  void close() throws Exception {
    index.close();
  }

  private Topic settle(String question) throws Exception {
    QuestionAnalysis asked = analyzer.analyze(question);
    List<PassageHit> hits = retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked),
        ArticleComposer.PASSAGES_CONSIDERED);
    return settler.settle(asked, hits);
  }

  @Test
  void aLimitOfANamedDrugIsTheDrugsQuestionThoughItNamesTheConditionAndItsLabelAnswersIt() throws Exception {
    Topic topic = settle("max daily dose of ibuprofen for osteoarthritis?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Ibuprofen");
    QuestionAnalysis asked = topic.analysis();
    assertThat(LabelledDrug.answers(retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked), 10),
        asked.primary(), OneProduct.with(asked, asked.primary()), index)).isTrue();
  }

  @Test
  void aLabelWhoseClinicalStudiesRankForTheQuestionAnswersIt() throws Exception {
    QuestionAnalysis asked = analyzer.analyze("side effects of dipyridamole after a stroke?");
    List<PassageHit> hits = retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked), 10);
    org.galen.answer.question.Concept dipyridamole = asked.concepts().stream()
        .filter(c -> c.name().equals("Dipyridamole")).findFirst().orElseThrow();
    assertThat(LabelledDrug.answers(hits, dipyridamole, OneProduct.with(asked, dipyridamole), index))
        .as("the label's only passage is its trials in the condition asked").isTrue();
  }

  @Test
  void ingredientsJoinedWithHowOneIsReleasedAreOneProduct() throws Exception {
    for (String question : List.of("side effects of hydrocodone/extended-release ibuprofen?",
        "side effects of hydrocodone and ibuprofen?")) {
      QuestionAnalysis asked = analyzer.analyze(question);
      org.galen.answer.question.Concept hydrocodone = asked.concepts().stream()
          .filter(c -> c.name().equals("Hydrocodone")).findFirst().orElseThrow();
      assertThat(OneProduct.with(asked, hydrocodone)).as(question).extracting(c -> c.name())
          .containsExactly("Hydrocodone", "Ibuprofen");
    }
    QuestionAnalysis apart = analyzer.analyze("on hydrocodone for pain, can I also take ibuprofen?");
    org.galen.answer.question.Concept hydrocodone = apart.concepts().stream()
        .filter(c -> c.name().equals("Hydrocodone")).findFirst().orElseThrow();
    assertThat(OneProduct.with(apart, hydrocodone)).as("a drug named apart is another product")
        .extracting(c -> c.name()).containsExactly("Hydrocodone");
  }

  @Test
  void aCombinationProductsLabelDoesNotAnswerForOneOfItsIngredients() throws Exception {
    QuestionAnalysis asked = analyzer.analyze("caffeine citrate loading dose for apnoea of prematurity?");
    List<PassageHit> hits = retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked), 10);
    assertThat(hits).as("the fixture retrieves the combination label").anyMatch(h -> h.passage().docId()
        .equals("spl:headache"));
    assertThat(asked.concepts()).anyMatch(c -> c.name().equals("Caffeine"));
    org.galen.answer.question.Concept caffeine = asked.concepts().stream().filter(c -> c.name().equals("Caffeine"))
        .findFirst().orElseThrow();
    assertThat(LabelledDrug.answers(hits, caffeine, OneProduct.with(asked, caffeine), index)).isFalse();
  }

  @Test
  void aLabelIsTheDrugsAloneOrOfACombinationWhoseEveryIngredientIsNamed() {
    org.galen.answer.question.Concept aspirin = drug("Aspirin", "D001241");
    org.galen.answer.question.Concept dipyridamole = drug("Dipyridamole", "D004176");
    Document combination = new DocumentBuilder("spl:asa-dp", "dailymed").title("Aspirin and dipyridamole capsules")
        .section("Dosage and administration", "One capsule twice daily.").kind(SourceKind.LABEL, EvidenceLevel.LABEL)
        .property(LabelDrugs.GENERIC, "aspirin-dipyridamole").build();
    Document extended = new DocumentBuilder("spl:asa-er", "dailymed").title("Aspirin extended-release capsules")
        .section("Dosage and administration", "One capsule daily.").kind(SourceKind.LABEL, EvidenceLevel.LABEL)
        .property(LabelDrugs.GENERIC, "Aspirin Extended-Release").build();
    assertThat(LabelledDrug.ofAsked(combination, aspirin, List.of(aspirin))).as("a hyphen joins two ingredients")
        .isFalse();
    assertThat(LabelledDrug.ofAsked(combination, aspirin, List.of(aspirin, dipyridamole))).isTrue();
    assertThat(LabelledDrug.ofAsked(extended, aspirin, List.of(aspirin))).as("a release joins none").isTrue();
    org.galen.answer.question.Concept adalimumab = drug("Adalimumab", "D000068879");
    Document biosimilar = new DocumentBuilder("spl:ada", "dailymed").title("Adalimumab-atto injection")
        .section("Dosage and administration", "40 mg every other week.").kind(SourceKind.LABEL, EvidenceLevel.LABEL)
        .property(LabelDrugs.GENERIC, "adalimumab-atto").build();
    assertThat(LabelledDrug.ofAsked(biosimilar, adalimumab, List.of(adalimumab))).as("a biosimilar's suffix joins none")
        .isTrue();
  }

  @Test
  void howAConditionIsTreatedStaysTheConditionsQuestion() throws Exception {
    Topic topic = settle("How is osteoarthritis treated with ibuprofen?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Osteoarthritis");
  }

  @Test
  void aDrugAndAConditionNamedWithNothingAskedInSoManyWordsIsTheConditionsQuestion() throws Exception {
    QuestionAnalysis asked = analyzer.analyze("ibuprofen for osteoarthritis: tablets daily?");
    assertThat(asked.intents()).as("no intent's cue words").isEmpty();
    Topic topic = settle("ibuprofen for osteoarthritis: tablets daily?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Osteoarthritis");
    Topic drugAlone = settle("ibuprofen tablets daily?");
    assertThat(drugAlone.analysis().primary().name()).as("a drug alone asks of the drug")
        .isEqualTo("Ibuprofen");
  }

  @Test
  void theLabelLeadsWithTheCeilingAskedThenItsBoxedWarningMarkedAndNeverAnAnimalStudy() throws Exception {
    DrugDictionary drugs = DrugDictionary.empty();
    ArticleComposer composer = new ArticleComposer(retriever, index, analyzer.terminology(), new DoseExtractor(drugs),
        drugs);
    Article article = composer.compose(analyzer.analyze("max daily dose of ibuprofen for osteoarthritis?"),
        Audience.PHARMACIST);
    assertThat(article.references().get(0).docId()).isEqualTo("spl:ibu");
    assertThat(article.references().get(0).type()).isEqualTo("Label");
    Statement answer = article.sections().get(0).statements().get(0);
    assertThat(answer.text()).isEqualTo("Do not exceed 3200 mg total daily dose.");
    assertThat(answer.sources()).as("said once, citing both labels that say it, each at its own span")
        .extracting(SourceSpan::docId).containsExactlyInAnyOrder("spl:ibu", "spl:ibu-repack");
    assertThat(answer.citations()).hasSize(2);
    assertThat(article.sections().get(1).kind()).as(article.sections().toString()).isEqualTo("boxed_warning");
    assertThat(article.sections().get(1).statements()).extracting(Statement::text)
        .contains("NSAIDs cause an increased risk of serious cardiovascular thrombotic events.");
    assertThat(article.statements()).extracting(Statement::text).noneMatch(t -> t.startsWith("Rabbits"));
  }

  /** A drug as MeSH names it. */
  private static org.galen.answer.question.Concept drug(String name, String meshId) {
    return new org.galen.answer.question.Concept(name, org.galen.answer.question.Concept.Origin.MESH, meshId,
        List.of(name), List.of(), org.galen.answer.question.Concept.Kind.DRUG);
  }

  private static Document label(String docId, String title, String generic, String part, String text) {
    return new DocumentBuilder(docId, "dailymed").title(title).section(part, text)
        .section("Description", title + " contain " + generic + ". " + generic + " is a white powder.")
        .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, generic).build();
  }

  private static Document guideline(String docId, String title, String text) {
    return new DocumentBuilder(docId, "nstg").title(title).section("Drug treatment", text)
        .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).focus(List.of(title)).build();
  }
}
