package org.galen.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.EmbedThreads;
import org.galen.index.IndexSchema;
import org.galen.index.VectorPhase;

/**
 * The vector phase's embedding throughput for several splits of the cores between Java threads
 * (one passage each) and ONNX Runtime's intra-op threads, next to LangChain4j's stock
 * {@code BgeSmallEnV15QuantizedEmbeddingModel} (one Java thread per core, session threads left to
 * ONNX Runtime's default), which is what Galen ran before. All models live in one JVM and take turns
 * (the order rotates each round), so JIT and machine noise fall on all of them alike.
 *
 * <p>Reads a sample of the passages still pending a vector from a data directory's index (read
 * only, every n-th),
 * embeds their title + text in batches of {@link VectorPhase#BATCH_PASSAGES} as the phase does,
 * and prints passages/s per round and the median; then single-query latency (a query embeds on the
 * calling thread, so only the intra-op threads help it); then how far each split's vectors are from
 * the stock model's.
 *
 * <p>Usage: {@code EmbedThreadsBenchmark DATA_DIR PASSAGES ROUNDS SPLIT...}, a split written
 * {@code JAVAxONNX} (e.g. {@code 2x1}).
 */
public final class EmbedThreadsBenchmark {
  private static final int QUERIES = 200;

  private EmbedThreadsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]).resolve("index");
    int limit = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<String> texts = pendingTexts(index, limit);
    long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("passages %d (%.0f words/passage), %d cores%n", texts.size(), words / (double) texts.size(), cores);
    tokenCounts(texts);

    Map<String, Function<List<String>, List<float[]>>> models = new LinkedHashMap<>();
    Map<String, Function<String, float[]>> queries = new LinkedHashMap<>();
    List<AutoCloseable> owned = new ArrayList<>();
    ExecutorService stockPool = Executors.newFixedThreadPool(cores, runnable -> {
      Thread thread = new Thread(runnable, "stock-embed");
      thread.setDaemon(true);
      return thread;
    });
    owned.add(stockPool::shutdownNow);
    EmbeddingModel stock = new BgeSmallEnV15QuantizedEmbeddingModel(stockPool);
    String stockName = "stock " + cores + "x(default)";
    models.put(stockName, batch -> stock.embedAll(batch.stream().map(TextSegment::from).toList())
        .content().stream().map(Embedding::vector).toList());
    queries.put(stockName, query -> stock.embed(query).content().vector());
    for (int i = 3; i < args.length; i++) {
      if (args[i].contains("b")) {
        // "2x1b16": two Java threads, each running padded batches of 16 texts of like length.
        String[] split = args[i].split("[xb]");
        if (!split[1].equals("1")) {
          throw new IllegalArgumentException("batched runs use one intra-op thread: " + args[i]);
        }
        BatchedBge batched = new BatchedBge(Integer.parseInt(split[0]), Integer.parseInt(split[2]));
        owned.add(batched);
        models.put(args[i], batched::embed);
        queries.put(args[i], query -> batched.embed(List.of(query)).get(0));
        continue;
      }
      String[] split = args[i].split("x");
      BgeSmallEmbedder embedder = new BgeSmallEmbedder(new EmbedThreads(Integer.parseInt(split[0]), Integer.parseInt(split[1])));
      owned.add(embedder);
      models.put(args[i], embedder::embedPassages);
      // The phase embeds passages; a query goes through the same encoder, without the instruction here
      // so that the stock model and the splits embed the same text.
      queries.put(args[i], query -> embedder.embedPassages(List.of(query)).get(0));
    }

    List<String> names = new ArrayList<>(models.keySet());
    Map<String, List<float[]>> vectors = new LinkedHashMap<>();
    for (String name : names) {
      vectors.put(name, embedAll(models.get(name), texts.subList(0, Math.min(256, texts.size())))); // warm-up
    }
    Map<String, double[]> rates = new LinkedHashMap<>();
    names.forEach(name -> rates.put(name, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < names.size(); turn++) {
        String name = names.get((turn + round) % names.size());
        long start = System.nanoTime();
        List<float[]> result = embedAll(models.get(name), texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        rates.get(name)[round] = texts.size() / seconds;
        vectors.put(name, result);
        System.out.printf("round %d  %-20s %7.1f passages/s (%.1f s)%n", round + 1, name, texts.size() / seconds, seconds);
      }
    }
    System.out.println("== median passages/s over " + rounds + " rounds");
    for (String name : names) {
      System.out.printf("%-20s %7.1f  %s%n", name, median(rates.get(name)), Arrays.toString(rounded(rates.get(name))));
    }

    System.out.println("== single-text latency (" + QUERIES + " short texts, after 50 warm-up), median and p95 ms");
    List<String> shortTexts = texts.stream().limit(QUERIES).map(t -> String.join(" ",
        Arrays.asList(t.split("\\s+")).subList(0, Math.min(10, t.split("\\s+").length)))).toList();
    for (String name : names) {
      Function<String, float[]> query = queries.get(name);
      shortTexts.stream().limit(50).forEach(query::apply);
      double[] millis = new double[shortTexts.size()];
      for (int i = 0; i < millis.length; i++) {
        long start = System.nanoTime();
        query.apply(shortTexts.get(i));
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(millis);
      System.out.printf("%-20s p50 %.2f  p95 %.2f%n", name, millis[millis.length / 2], millis[(int) (millis.length * 0.95)]);
    }

    System.out.println("== vectors against the stock model's (" + texts.size() + " passages)");
    List<float[]> reference = vectors.get(stockName);
    for (String name : names) {
      List<float[]> other = vectors.get(name);
      int identical = 0;
      double maxDiff = 0;
      for (int i = 0; i < reference.size(); i++) {
        if (Arrays.equals(reference.get(i), other.get(i))) {
          identical++;
        }
        for (int d = 0; d < reference.get(i).length; d++) {
          maxDiff = Math.max(maxDiff, Math.abs(reference.get(i)[d] - other.get(i)[d]));
        }
      }
      double leastCosine = 1;
      for (int i = 0; i < reference.size(); i++) {
        double cosine = 0;
        for (int d = 0; d < reference.get(i).length; d++) {
          cosine += reference.get(i)[d] * other.get(i)[d];
        }
        leastCosine = Math.min(leastCosine, cosine);
      }
      System.out.printf("%-20s bit-identical %d/%d, max |difference| %.3g, least cosine %.5f%n", name, identical,
          reference.size(), maxDiff, leastCosine);
    }
    for (AutoCloseable resource : owned) {
      resource.close();
    }
  }

  /**
   * How long the passages are in the model's tokens (special tokens included), and what share of
   * their tokens a shorter sequence limit would drop: what truncating could save at most.
   */
  private static void tokenCounts(List<String> texts) throws Exception {
    try (BatchedBge tokenizer = new BatchedBge(1, 1)) {
      int[] counts = texts.stream().mapToInt(tokenizer::tokens).sorted().toArray();
      long total = Arrays.stream(counts).asLongStream().sum();
      System.out.printf("tokens/passage: mean %.1f, median %d, p90 %d, p99 %d, max %d%n", total / (double) counts.length,
          counts[counts.length / 2], counts[counts.length * 9 / 10], counts[counts.length * 99 / 100],
          counts[counts.length - 1]);
      for (int limit : new int[] {128, 256, 384}) {
        long kept = Arrays.stream(counts).mapToLong(c -> Math.min(c, limit)).sum();
        long over = Arrays.stream(counts).filter(c -> c > limit).count();
        System.out.printf("  limit %d: %d passages over it (%.1f %%), %.1f %% of tokens dropped%n", limit, over,
            100.0 * over / counts.length, 100.0 * (total - kept) / total);
      }
    }
  }

  private static List<float[]> embedAll(Function<List<String>, List<float[]>> model, List<String> texts) {
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += VectorPhase.BATCH_PASSAGES) {
      vectors.addAll(model.apply(texts.subList(i, Math.min(texts.size(), i + VectorPhase.BATCH_PASSAGES))));
    }
    return vectors;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String[] rounded(double[] values) {
    return Arrays.stream(values).mapToObj(v -> String.format("%.1f", v)).toArray(String[]::new);
  }

  /**
   * Title + text of {@code limit} passages pending a vector, spread evenly over all of them in
   * index order (every n-th): a fixed sample of the whole corpus, whose sources differ in length,
   * rather than its first source.
   */
  private static List<String> pendingTexts(Path index, int limit) throws Exception {
    List<String> texts = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(new TermQuery(new Term(IndexSchema.VECTOR_STATE, IndexSchema.VECTOR_PENDING)),
          Math.max(1, reader.maxDoc()), org.apache.lucene.search.Sort.INDEXORDER);
      double step = Math.max(1.0, hits.scoreDocs.length / (double) limit);
      for (double at = 0; at < hits.scoreDocs.length && texts.size() < limit; at += step) {
        ScoreDoc hit = hits.scoreDocs[(int) at];
        org.apache.lucene.document.Document record = searcher.storedFields().document(hit.doc);
        texts.add(record.get(IndexSchema.TITLE) + "\n" + record.get(IndexSchema.BODY));
      }
    }
    return texts;
  }
}
