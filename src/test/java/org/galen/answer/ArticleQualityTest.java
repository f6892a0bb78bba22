package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.SharedData;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.IngestProgress;
import org.galen.index.Indexer;
import org.galen.index.Ingestion;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.EvidenceReranker;
import org.galen.retrieve.Vocabulary;
import org.galen.source.SourceFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The acceptance bar on real shared data, with question sets under {@code src/test/resources/questions}:
 * guideline questions cite the guideline first with its first-line drug's dose, every statement is
 * the source's text at its span, out-of-corpus questions abstain, patients read at a lower grade.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleQualityTest {
  private EvidenceIndex index;
  private QuestionAnalyzer analyzer;
  private ArticleComposer composer;
  private final Map<String, String> texts = new HashMap<>();

  @BeforeAll
  void ingest(@TempDir Path dataDir) throws Exception {
    List<Path> inputs = List.of(SharedData.require("corpus/nstg"), SharedData.require("corpus/medquad/4_MPlus_Health_Topics_QA"),
        SharedData.require("corpus/medquad/6_NINDS_QA"), SharedData.require("corpus/pubmedqa"));
    Path vocabulary = SharedData.require("vocab");
    Path indexDir = dataDir.resolve("index");
    try (Indexer indexer = new Indexer(indexDir)) {
      new Ingestion(SourceFormats.standard(), indexer, 2, IngestProgress.NONE).run(inputs);
    }
    index = EvidenceIndex.open(indexDir);
    DrugDictionary drugs = DrugDictionary.load(vocabulary);
    analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary), new IndexSpeller(index));
    composer = new ArticleComposer(new EvidenceReranker(new Bm25Retriever(index, Vocabulary.load(vocabulary))), index,
        analyzer.terminology(), new DoseExtractor(drugs), drugs);
  }

  @AfterAll
  void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/questions/guideline-questions.tsv", delimiter = '\t')
  void aGuidelineQuestionCitesTheGuidelineFirstWithItsFirstLineDrugAndDose(String question, String guideline, String drug)
      throws IOException {
    Article article = ask(question, Audience.PHYSICIAN);

    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo(guideline);
    assertThat(article.references().get(0).type()).isEqualTo("Guideline");
    assertThat(article.sections().get(0).kind()).isEqualTo("guidelines");
    assertThat(article.sections().get(0).title()).startsWith("From the Guidelines: ").contains("NSTG 2022");
    assertThat(article.doses()).filteredOn(dose -> dose.drug().equals(drug) && dose.citation() == 1)
        .as("a dose of %s cited to %s", drug, guideline).isNotEmpty()
        .allSatisfy(dose -> assertThat(dose.text()).contains(dose.amount()));
    assertVerbatim(article);
  }

  @Test
  void questionsAboutWhatTheCorpusDoesNotHoldAbstain() throws IOException {
    for (String question : lines("/questions/abstain-questions.txt")) {
      Article article = ask(question, Audience.PHYSICIAN);
      assertThat(article.abstained()).as(question).isTrue();
      assertThat(article.sections()).as(question).isEmpty();
      assertThat(article.notes()).extracting(Note::kind).containsExactly("abstention");
    }
  }

  @Test
  void everyAudienceGetsVerbatimStatementsAndPatientsReadAtALowerGrade() throws IOException {
    List<Statement> physician = new ArrayList<>();
    List<Statement> patient = new ArrayList<>();
    for (String question : lines("/questions/audience-questions.txt")) {
      for (Audience audience : Audience.values()) {
        Article article = ask(question, audience);
        assertVerbatim(article);
        assertThat(article.disclaimer()).isEqualTo(audience.disclaimer());
        if (audience == Audience.PHYSICIAN) {
          physician.addAll(article.statements());
        } else if (audience == Audience.PATIENT) {
          patient.addAll(article.statements());
          assertThat(article.doses()).isEmpty();
        }
      }
    }
    assertThat(ReadingGrade.of(patient)).isLessThan(ReadingGrade.of(physician));
  }

  @Test
  void patientsGetPlainLanguageGlossesApartFromTheStatements() throws IOException {
    Article article = ask("What is the treatment for myoclonus?", Audience.PATIENT);
    assertThat(article.glosses()).isNotEmpty();
    Gloss gloss = article.glosses().get(0);
    assertThat(gloss.term()).isEqualTo("Myoclonus");
    assertThat(gloss.source()).as("a gloss quoted from a source says where").isPresent();
    SourceSpan span = gloss.source().get();
    assertThat(text(span.docId()).substring(span.start(), span.end())).isEqualTo(gloss.text());
    assertThat(ask("What is the treatment for myoclonus?", Audience.PHYSICIAN).glosses()).isEmpty();
  }

  @Test
  void theSameQuestionGivesTheSameArticle() throws IOException {
    assertThat(ask("What is the treatment for acute otitis media?", Audience.PHYSICIAN))
        .isEqualTo(ask("What is the treatment for acute otitis media?", Audience.PHYSICIAN));
  }

  @Test
  void aFollowUpIsAnsweredAboutThePreviousSubjectAndSaysWhatItCouldNotFind() throws IOException {
    QuestionAnalysis first = analyzer.analyze("What is the treatment for myoclonus?");
    QuestionAnalysis followUp = analyzer.analyze("what about in renal impairment?", Optional.of(first));
    Article article = composer.compose(followUp, Audience.PHYSICIAN);

    assertThat(article.resolvedQuestion()).contains("myoclonus").contains("renal impairment");
    assertThat(article.statements()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.text().toLowerCase() + " " + referenceTitle(article, s)).contains("myoclon"));
    assertThat(article.notes()).extracting(Note::kind).contains("scope");
  }

  @Test
  void suggestedFollowUpsAreQuestionsTheEvidenceCanAnswer() throws IOException {
    Article article = ask("What is the treatment for acute otitis media?", Audience.PHYSICIAN);
    assertThat(article.followUps()).isNotEmpty().hasSizeLessThanOrEqualTo(3).allSatisfy(followUp -> {
      assertThat(followUp).containsIgnoringCase("otitis media");
      try {
        assertThat(ask(followUp, Audience.PHYSICIAN).abstained()).as(followUp).isFalse();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  // What the article is about, settled once (issue 11): the defect cases seen before, in other words
  // than the development set's.

  @Test
  void aSettingWordNeverBeatsTheConditionAndTheGuidelineLeads() throws IOException {
    Article article = ask("acute asthma attack in the ER, what do I give?", Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:bronchial-asthma");
  }

  @Test
  void theTreatedConditionOutranksAComorbidity() throws IOException {
    Article article = ask("gout in a patient with chronic kidney disease", Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:gout");
  }

  @Test
  void aSymptomWordLandsOnTheConditionTheSourcesAreAbout() throws IOException {
    Article article = ask("painful sickle cell crisis", Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).startsWith("nstg:sickle-cell-disease");
    assertThat(article.statements()).noneMatch(s -> s.text().contains("Chest pain"));
  }

  @Test
  void aDrugOrAConditionNoIndexedSourceNamesIsSaidToBeAbsentNotAnsweredByANeighbour() throws IOException {
    Article drug = ask("tirzepatide dose for weight loss", Audience.PHARMACIST);
    assertThat(drug.abstained()).isTrue();
    assertThat(drug.notes().get(0).text()).contains("\"tirzepatide\"");
    Article condition = ask("cytokine release syndrome after CAR-T", Audience.PHYSICIAN);
    assertThat(condition.abstained()).isTrue();
    assertThat(condition.notes().get(0).text()).contains("cytokine release syndrome");
  }

  @Test
  void misspeltWordsAreReadAsTheIndexedWordsAndSaidSo() throws IOException {
    Article article = ask("treatmnet of hypertention in adults", Audience.PHYSICIAN);
    assertThat(article.abstained()).isFalse();
    assertThat(article.question()).isEqualTo("treatmnet of hypertention in adults");
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:hypertension");
    assertThat(article.notes()).anySatisfy(note -> {
      assertThat(note.kind()).isEqualTo("spelling");
      assertThat(note.text()).contains("Showing results for").contains("hypertention \u2192 hypertension");
    });
  }

  @Test
  void theSeedsFullTitleStaysOnMyoclonusAndItsScopeNoteNamesOnlyContentWords() throws IOException {
    for (String question : List.of("What is the diagnosis and treatment for opioid-induced segmental myoclonus?",
        "What is the diagnosis and treatment for opioid-induced segmental myoclonus (Opioid-Induced Movement "
            + "Disorder)?")) {
      Article article = ask(question, Audience.PHYSICIAN);
      assertThat(article.abstained()).as(question).isFalse();
      assertThat(article.references().get(0).title()).as(question).contains("Myoclonus");
      assertThat(article.notes()).as(question).anySatisfy(note -> assertThat(note.text())
          .contains("\"opioid-induced segmental\"").contains("about myoclonus"));
      assertThat(article.references()).as(question).noneMatch(r -> r.title().contains("epilepsy"))
          .as("another condition's page that names myoclonus").noneMatch(r -> r.title().contains("Opsoclonus"));
      assertThat(article.sections()).as(question).anySatisfy(section -> {
        assertThat(section.kind()).isEqualTo("causes");
        assertThat(section.statements()).anyMatch(st -> st.text().contains("chemical or drug poisoning"));
      });
      assertThat(article.sections().get(0).statements()).as(question)
          .anyMatch(st -> st.text().contains("The drug of first choice is clonazepam"));
    }
  }

  @Test
  void aScopeNoteNeverNamesAFunctionWord() throws IOException {
    Article article = ask("How do you treat bacterial vaginosis in a woman who breastfeeds?", Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:bacterial-vaginosis");
    assertThat(article.notes()).allSatisfy(note -> assertThat(note.text()).doesNotContain("\"you").doesNotContain(" you "));
  }

  @Test
  void theFirstSectionAnswersTheIntentWithTheRecommendationOrTheDoseLine() throws IOException {
    Article dose = ask("Orlistat dose?", Audience.PHARMACIST);
    assertThat(firstSection(dose)).contains("orlistat: 120 mg with each meal");
    Article zoster = ask("How is herpes zoster treated?", Audience.PHYSICIAN);
    assertThat(firstSection(zoster)).contains("Aciclovir").doesNotContain("Treat any identified predisposing factor");
    Article myoclonus = ask("What is the diagnosis and treatment for opioid-induced segmental myoclonus?",
        Audience.PHYSICIAN);
    assertThat(firstSection(myoclonus)).contains("The drug of first choice is clonazepam");
  }

  @Test
  void aGuidelineForAnotherPopulationNeverLeadsAndTheMedicineOfChoiceIsFirst() throws IOException {
    Article article = ask("First-line treatment for uncomplicated malaria in adults", Audience.PHYSICIAN);
    assertThat(article.references().get(0).title()).isEqualTo("Malaria");
    assertThat(firstSection(article)).contains("Artemether-Lumefantrine (AL) is the medicine of choice");
  }

  @Test
  void patientsReadNoDoseInsideAStatementAndNoResearch() throws IOException {
    Article article = ask("How is herpes zoster treated?", Audience.PATIENT);
    assertVerbatim(article);
    assertThat(firstSection(article)).as("the medicine, named without its dose").contains("Aciclovir");
    assertThat(article.statements()).noneMatch(s -> DosePatterns.AMOUNT.matcher(s.text()).find());
    assertThat(article.sections()).noneMatch(s -> s.kind().equals("research"));
  }

  @Test
  void aDoseAskedForThatNoSourceGivesIsSaidToBeMissing() throws IOException {
    Article missing = ask("What dose of clonazepam for myoclonus?", Audience.PHARMACIST);
    assertThat(missing.abstained()).isFalse();
    assertThat(missing.notes()).anySatisfy(note -> {
      assertThat(note.kind()).isEqualTo("gap");
      assertThat(note.text()).contains("no dose of Clonazepam");
    });
    assertThat(ask("Orlistat dose?", Audience.PHARMACIST).notes()).noneMatch(note -> note.kind().equals("gap"));
  }

  @Test
  void everySectionOpensWithTheLeadingGuidelinesOwnLines() throws IOException {
    Article article = ask("How is scabies managed?", Audience.PHYSICIAN);
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:scabies");
    assertThat(article.sections()).filteredOn(s -> s.kind().equals("management")).singleElement()
        .satisfies(management -> assertThat(management.statements().get(0).citations()).containsExactly(1));
  }

  private static String firstSection(Article article) {
    return article.sections().get(0).statements().stream().map(Statement::text)
        .collect(java.util.stream.Collectors.joining(" | "));
  }

  private Article ask(String question, Audience audience) throws IOException {
    return composer.compose(analyzer.analyze(new Question(question).text()), audience);
  }

  private void assertVerbatim(Article article) throws IOException {
    for (Statement statement : article.statements()) {
      // A statement with no source would pass the check below unread.
      assertThat(statement.sources()).as("where \"%s\" was taken from", statement.text()).isNotEmpty();
      for (SourceSpan span : statement.sources()) {
        assertThat(text(span.docId()).substring(span.start(), span.end())).isEqualTo(statement.text());
      }
      assertThat(statement.citations()).allSatisfy(n -> assertThat(n).isBetween(1, article.references().size()));
    }
  }

  private static String referenceTitle(Article article, Statement statement) {
    return article.references().get(statement.citations().get(0) - 1).title().toLowerCase();
  }

  private String text(String docId) throws IOException {
    String known = texts.get(docId);
    if (known == null) {
      known = index.document(docId).orElseThrow().text();
      texts.put(docId, known);
    }
    return known;
  }

  private static List<String> lines(String resource) throws IOException {
    try (var in = ArticleQualityTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
  }
}
