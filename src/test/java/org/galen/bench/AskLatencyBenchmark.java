package org.galen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.galen.answer.Article;
import org.galen.answer.ArticleComposer;
import org.galen.answer.Audience;
import org.galen.answer.DoseExtractor;
import org.galen.answer.DrugDictionary;
import org.galen.answer.Question;
import org.galen.answer.ReadingGrade;
import org.galen.answer.Statement;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.editorial.ArticleService;
import org.galen.editorial.ArticleStore;
import org.galen.editorial.Database;
import org.galen.index.EvidenceIndex;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.EvidenceReranker;
import org.galen.retrieve.Vocabulary;

/**
 * Warm {@code ask} latency in one JVM, as {@code galen ask} runs it after start-up: question
 * analysis, retrieval, composition and storing the article in SQLite. Questions are new each time:
 * "What is the treatment for X?" and "What are the symptoms of X?" for every NSTG condition. Then
 * the Flesch–Kincaid grade of every audience's statements over the same questions. Run by
 * {@code bin/bench-answer}.
 *
 * <p>Usage: {@code AskLatencyBenchmark DATA_DIR NSTG_JSON_DIR PASSES}
 */
public final class AskLatencyBenchmark {
  private static final int WARM_UP_QUESTIONS = 300;

  private AskLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    List<String> questions = questions(Path.of(args[1]));
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path vocabulary = data.resolve("vocabulary");
    Path scratch = Files.createTempDirectory(data, "bench-db");
    try (EvidenceIndex index = EvidenceIndex.open(data.resolve("index"))) {
      DrugDictionary drugs = DrugDictionary.load(vocabulary);
      QuestionAnalyzer analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary),
          new org.galen.answer.IndexSpeller(index));
      ArticleComposer composer = new ArticleComposer(new EvidenceReranker(new Bm25Retriever(index,
          Vocabulary.load(vocabulary))), index, analyzer.terminology(), new DoseExtractor(drugs), drugs);
      ArticleService service = new ArticleService(analyzer, composer,
          new ArticleStore(Database.open(scratch), Clock.systemUTC()));
      for (int i = 0; i < WARM_UP_QUESTIONS; i++) {
        service.ask(new Question(questions.get(i % questions.size())), Audience.PHYSICIAN, Optional.empty(), true);
      }
      for (int pass = 1; pass <= passes; pass++) {
        long[] nanos = new long[questions.size()];
        int abstained = 0;
        for (int i = 0; i < questions.size(); i++) {
          long start = System.nanoTime();
          Article article = service.ask(new Question(questions.get(i)), Audience.PHYSICIAN, Optional.empty(), true).content();
          nanos[i] = System.nanoTime() - start;
          abstained += article.abstained() ? 1 : 0;
        }
        Arrays.sort(nanos);
        System.out.printf("pass %d: %d asks (%d abstained)  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", pass,
            nanos.length, abstained, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
      }
      grades(questions, composer, analyzer);
    }
  }

  private static void grades(List<String> questions, ArticleComposer composer, QuestionAnalyzer analyzer)
      throws Exception {
    Map<Audience, List<Statement>> statements = new EnumMap<>(Audience.class);
    for (String question : questions) {
      for (Audience audience : Audience.values()) {
        statements.computeIfAbsent(audience, a -> new ArrayList<>())
            .addAll(composer.compose(analyzer.analyze(question), audience).statements());
      }
    }
    System.out.println("reading grade (Flesch-Kincaid) of all statements, by audience:");
    statements.forEach((audience, all) -> System.out.printf("  %-10s %5.1f  (%d statements)%n", audience.id(),
        ReadingGrade.of(all), all.size()));
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static List<String> questions(Path nstgFolder) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> conditions = new ArrayList<>();
    try (Stream<Path> files = Files.list(nstgFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        conditions.add(mapper.readTree(file.toFile()).path("condition_name").asText());
      }
    }
    List<String> questions = new ArrayList<>();
    conditions.stream().distinct().forEach(c -> questions.add("What is the treatment for " + c + "?"));
    conditions.stream().distinct().forEach(c -> questions.add("What are the symptoms of " + c + "?"));
    return questions;
  }
}
