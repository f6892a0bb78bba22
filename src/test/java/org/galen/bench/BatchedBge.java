package org.galen.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * For measurement only (issue 25, item 2): bge-small run the way LangChain4j does not — each text
 * tokenised once, texts of like length padded into one ONNX run of {@code batch} rows, CLS vector,
 * L2-normalised — on {@code threads} Java threads each with one intra-op thread. Texts over 512
 * tokens are truncated here (LangChain4j averages their 510-token parts), so only texts under the
 * limit are compared. Not thread-safe; closes what it opens.
 */
final class BatchedBge implements AutoCloseable {
  private static final String MODEL_FILE = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER_FILE = "bge-small-en-v1.5-q-tokenizer.json";

  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final ExecutorService pool;
  private final int batch;

  BatchedBge(int threads, int batch) throws OrtException, IOException {
    this.batch = batch;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        InputStream model = resource(MODEL_FILE); InputStream tokens = resource(TOKENIZER_FILE)) {
      options.setIntraOpNumThreads(1);
      this.session = environment.createSession(model.readAllBytes(), options);
      this.tokenizer = HuggingFaceTokenizer.newInstance(tokens, Map.of("padding", "false", "truncation", "true",
          "maxLength", "512"));
    }
    this.pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "batched-bge");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** How many tokens each text is, special tokens included (what one ONNX run of it holds). */
  int tokens(String text) {
    return tokenizer.encode(text).getIds().length;
  }

  List<float[]> embed(List<String> texts) {
    Encoding[] encoded = texts.stream().map(tokenizer::encode).toArray(Encoding[]::new);
    Integer[] order = new Integer[texts.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> encoded[i].getIds().length));
    float[][] vectors = new float[texts.size()][];
    List<Future<?>> runs = new ArrayList<>();
    for (int from = 0; from < order.length; from += batch) {
      List<Integer> rows = Arrays.asList(order).subList(from, Math.min(order.length, from + batch));
      runs.add(pool.submit(() -> run(rows, encoded, vectors)));
    }
    try {
      for (Future<?> run : runs) {
        run.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a batched run failed", e);
    }
    return Arrays.asList(vectors);
  }

  private void run(List<Integer> rows, Encoding[] encoded, float[][] vectors) {
    int length = rows.stream().mapToInt(i -> encoded[i].getIds().length).max().orElse(0);
    long[] ids = new long[rows.size() * length];
    long[] mask = new long[ids.length];
    for (int row = 0; row < rows.size(); row++) {
      long[] own = encoded[rows.get(row)].getIds();
      System.arraycopy(own, 0, ids, row * length, own.length);
      Arrays.fill(mask, row * length, row * length + own.length, 1L);
    }
    long[] shape = {rows.size(), length};
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
            "token_type_ids", types))) {
      float[][][] hidden = (float[][][]) result.get(0).getValue();
      for (int row = 0; row < rows.size(); row++) {
        float[] cls = hidden[row][0].clone();
        double norm = 0;
        for (float value : cls) {
          norm += value * value;
        }
        for (int d = 0; d < cls.length; d++) {
          cls[d] /= (float) Math.sqrt(norm);
        }
        vectors[rows.get(row)] = cls;
      }
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BatchedBge.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path");
    }
    return in;
  }

  @Override
  public void close() throws OrtException {
    pool.shutdownNow();
    session.close();
    tokenizer.close();
  }
}
