package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.Indexer;
import org.galen.passage.PassageSplitter;
import org.galen.retrieve.Bm25Retriever;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.LabelDrugs;
import org.galen.source.SourceKind;
import org.galen.source.SplReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article from a drug's prescription and OTC labels: the OTC label's directions are written for
 * the one who buys the drug, so a patient reads them whole while a prescription label's doses are
 * withheld; and an article quoting both says which label is which. A real index of two labels
 * written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtcLabelArticleTest {
  private EvidenceIndex index;
  private QuestionAnalyzer analyzer;
  private ArticleComposer composer;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    Path vocabulary = Files.createDirectories(directory.resolve("vocabulary"));
    Files.writeString(vocabulary.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB00788,APRD00259,Naproxen,22204-53-1,57Y76R9ATQ,Naproxen,X"));
    Files.writeString(vocabulary.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number", "D013607\tTablets\tD26.255.830"));
    Path indexDirectory = directory.resolve("index");
    try (Indexer indexer = new Indexer(indexDirectory)) {
      PassageSplitter splitter = new PassageSplitter();
      for (Document document : List.of(
          new DocumentBuilder("spl:rx", "dailymed").title("Naproxen tablets")
              .section("Dosage and administration: 2.1 Adults", "The naproxen tablets dose is 500 mg twice daily "
                  + "for adults with arthritis pain.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Naproxen")
              .property(SplReader.LABEL_TYPE, "prescription").build(),
          new DocumentBuilder("spl:otc", "dailymed").title("Naproxen tablets (store brand)")
              .section("Dosage and administration: Directions", "Adults: naproxen tablets, take 1 tablet every "
                  + "8 to 12 hours while pain lasts.\nDo not take more than 3 tablets of naproxen in 24 hours.")
              .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Naproxen")
              .property(SplReader.LABEL_TYPE, "otc").build())) {
        indexer.put(document, splitter.split(document), "test");
      }
      indexer.commit();
    }
    index = EvidenceIndex.open(indexDirectory);
    analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary), new IndexSpeller(index));
    DrugDictionary drugs = DrugDictionary.load(vocabulary);
    composer = new ArticleComposer(new Bm25Retriever(index), index, analyzer.terminology(),
        new DoseExtractor(drugs), drugs);
  }

  @AfterAll
  void close() throws Exception {
    index.close();
  }

  private List<String> statements(Article article) {
    return article.sections().stream().flatMap(s -> s.statements().stream()).map(Statement::text).toList();
  }

  @Test
  void aPatientReadsAnOtcLabelsDirectionsWholeAndAPrescriptionLabelsDosesWithheld() throws Exception {
    Article article = composer.compose(analyzer.analyze("naproxen tablets dose?"), Audience.PATIENT);
    assertThat(statements(article)).contains("Do not take more than 3 tablets of naproxen in 24 hours.");
    assertThat(statements(article)).noneMatch(text -> text.contains("500 mg"));
  }

  @Test
  void anArticleQuotingPrescriptionAndOtcLabelsSaysWhichIsWhich() throws Exception {
    Article article = composer.compose(analyzer.analyze("naproxen tablets dose?"), Audience.PHARMACIST);
    assertThat(article.references()).extracting(Reference::docId).contains("spl:rx", "spl:otc");
    assertThat(article.notes()).filteredOn(note -> note.kind().equals("labels")).singleElement()
        .satisfies(note -> assertThat(note.text()).contains("prescription label").contains("OTC (Drug Facts) label"));
  }
}
