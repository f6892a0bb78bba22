package org.galen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.galen.answer.Article;
import org.galen.answer.ArticleComposer;
import org.galen.answer.Audience;
import org.galen.answer.Dose;
import org.galen.answer.DoseExtractor;
import org.galen.answer.DrugDictionary;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.DenseRetriever;
import org.galen.retrieve.HybridRetriever;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.EvidenceReranker;
import org.galen.retrieve.Vocabulary;

/**
 * Writes every structured dose of the pharmacist's article for "What is the treatment for X?", X
 * each NSTG condition, one JSON object per line, with the question: the input of {@code
 * DoseAuditCheck}, which reads each dose again against its line. Run by {@code bin/bench-doses}.
 *
 * <p>Usage: {@code DoseAudit DATA_DIR NSTG_JSON_DIR OUT.jsonl}
 */
public final class DoseAudit {
  private DoseAudit() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path vocabulary = data.resolve("vocabulary");
    ObjectMapper json = new ObjectMapper();
    int questions = 0;
    int doses = 0;
    BgeSmallEmbedder embedder = null;
    try (EvidenceIndex index = EvidenceIndex.open(data.resolve("index"));
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
      DrugDictionary drugs = DrugDictionary.load(vocabulary);
      QuestionAnalyzer analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary),
          new org.galen.answer.IndexSpeller(index));
      // As 'galen ask' chooses by default: hybrid once every passage is embedded, BM25 until then.
      Retriever lexical = new Bm25Retriever(index, Vocabulary.load(vocabulary));
      boolean hybrid = index.vectorStatus().complete();
      embedder = hybrid ? new BgeSmallEmbedder() : null;  // closed after the loop; a failed run exits the JVM
      Retriever retriever = hybrid ? new HybridRetriever(lexical, new DenseRetriever(index, embedder)) : lexical;
      System.out.println("retrieval: " + (hybrid ? "hybrid" : "bm25"));
      ArticleComposer composer = new ArticleComposer(new EvidenceReranker(retriever), index, analyzer.terminology(),
          new DoseExtractor(drugs), drugs);
      for (String condition : conditions(Path.of(args[1]))) {
        String question = "What is the treatment for " + condition + "?";
        Article article = composer.compose(analyzer.analyze(question), Audience.PHARMACIST);
        questions++;
        for (Dose dose : article.doses()) {
          var line = json.valueToTree(dose);
          ((com.fasterxml.jackson.databind.node.ObjectNode) line).put("question", question);
          out.write(json.writeValueAsString(line));
          out.newLine();
          doses++;
        }
      }
    }
    if (embedder != null) {
      embedder.close();
    }
    System.out.printf("%d questions, %d structured doses -> %s%n", questions, doses, args[2]);
  }

  static List<String> conditions(Path nstgFolder) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> conditions = new ArrayList<>();
    try (Stream<Path> files = Files.list(nstgFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = mapper.readTree(file.toFile()).path("condition_name").asText();
        if (!conditions.contains(name)) {
          conditions.add(name);
        }
      }
    }
    return conditions;
  }
}
