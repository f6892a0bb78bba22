package org.galen.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.Indexer;
import org.galen.passage.PassageSplitter;
import org.galen.retrieve.Bm25Retriever;
import org.galen.source.Document;

/**
 * A real index of documents written for a test, with a vocabulary of a few drugs and MeSH headings,
 * and the question reader and article composer over it, as {@code galen ask} runs them (BM25).
 */
final class ComposerFixture implements AutoCloseable {
  private static final String DRUGBANK_HEADER =
      "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key";
  private static final String MESH_TREE_HEADER = "mesh_id\tmesh_name\tmesh_tree_number";

  final EvidenceIndex index;
  final QuestionAnalyzer analyzer;
  final ArticleComposer composer;

  private ComposerFixture(EvidenceIndex index, QuestionAnalyzer analyzer, ArticleComposer composer) {
    this.index = index;
    this.analyzer = analyzer;
    this.composer = composer;
  }

  /**
   * @param drugs DrugBank vocabulary rows, without the header
   * @param meshTree MeSH tree-number rows (id, heading, tree number, tab-separated), without the header
   */
  static ComposerFixture of(Path directory, List<String> drugs, List<String> meshTree, List<Document> documents)
      throws Exception {
    Path vocabulary = Files.createDirectories(directory.resolve("vocabulary"));
    List<String> drugRows = new ArrayList<>(List.of(DRUGBANK_HEADER));
    drugRows.addAll(drugs);
    Files.writeString(vocabulary.resolve("drugbank-vocabulary.csv"), String.join("\n", drugRows));
    List<String> meshRows = new ArrayList<>(List.of(MESH_TREE_HEADER));
    meshRows.addAll(meshTree);
    Files.writeString(vocabulary.resolve("mesh-tree-numbers.tsv"), String.join("\n", meshRows));
    Path indexDirectory = directory.resolve("index");
    try (Indexer indexer = new Indexer(indexDirectory)) {
      PassageSplitter splitter = new PassageSplitter();
      for (Document document : documents) {
        indexer.put(document, splitter.split(document), "test");
      }
      indexer.commit();
    }
    EvidenceIndex index = EvidenceIndex.open(indexDirectory);
    QuestionAnalyzer analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary), new IndexSpeller(index));
    DrugDictionary dictionary = DrugDictionary.load(vocabulary);
    return new ComposerFixture(index, analyzer, new ArticleComposer(new Bm25Retriever(index), index,
        analyzer.terminology(), new DoseExtractor(dictionary), dictionary));
  }

  /** A consumer reference page with one section, about the condition named by its focus. */
  static org.galen.source.Document referencePage(String docId, String title, String focus, String text) {
    return new org.galen.source.DocumentBuilder(docId, "medquad").title(title).section("information", text)
        .focus(List.of(focus)).kind(org.galen.source.SourceKind.REFERENCE, org.galen.source.EvidenceLevel.REFERENCE)
        .build();
  }

  /** The topic a question settles on, from the evidence retrieved for it (BM25). */
  Topic settle(String question) throws java.io.IOException {
    org.galen.answer.question.QuestionAnalysis asked = analyzer.analyze(question);
    return new TopicSettler(analyzer.terminology(), index).settle(asked,
        new Bm25Retriever(index).retrieve(new EvidenceQuery(analyzer.terminology()).text(asked),
            ArticleComposer.PASSAGES_CONSIDERED));
  }

  /** The article for a question, as the audience reads it. */
  Article ask(String question, Audience audience) throws Exception {
    return composer.compose(analyzer.analyze(question), audience);
  }

  @Override
  public void close() throws Exception {
    index.close();
  }
}
