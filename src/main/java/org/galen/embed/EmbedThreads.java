package org.galen.embed;

/**
 * How the embedder spends the machine's cores: {@code passages} Java threads each embed one
 * passage at a time, and each ONNX Runtime run inside them uses {@code perPassage} intra-op
 * threads. Their product should not exceed the cores. LangChain4j's stock model runs one Java
 * thread per core on a session left to ONNX Runtime's default of one intra-op thread per physical
 * core, as ONNX Runtime counts them: cores × cores busy threads wherever it sees the cores (on the
 * 2-vCPU benchmark VM it counted one, so the stock model happened to run 2 × 1 there; forcing 2 × 2
 * embedded about 40 % fewer passages per second, docs/benchmarks.md "Vector phase throughput").
 */
public record EmbedThreads(int passages, int perPassage) {
  public EmbedThreads {
    if (passages < 1 || perPassage < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + passages + " × " + perPassage);
    }
  }

  /**
   * One passage per core, each run single-threaded: passages are independent and short (about a
   * hundred words), so splitting one run across threads mostly adds synchronisation, while running whole
   * passages side by side keeps every core on the model. Measured on 2 cores: 2 × 1 ahead of 1 × 2
   * and 2 × 2 (docs/benchmarks.md).
   */
  public static EmbedThreads forCores(int cores) {
    return new EmbedThreads(Math.max(1, cores), 1);
  }
}
