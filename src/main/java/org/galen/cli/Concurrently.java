package org.galen.cli;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A step of opening the engine run on a thread of its own, and its result or failure taken back
 * as the step itself would have given them: what it threw is thrown again, unwrapped.
 */
final class Concurrently {
  private Concurrently() {}

  /** What a step of opening does; it may fail with an {@link IOException}. */
  interface Step<T> {
    T run() throws IOException;
  }

  /** Starts {@code step} on a new daemon thread named {@code name}. */
  static <T> CompletableFuture<T> start(String name, Step<T> step) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(step.run());
      } catch (Throwable e) {
        // Whatever ends the step ends the wait for it: a thread dying silently would leave it forever.
        result.completeExceptionally(e);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** Waits for the step, and throws what it threw. */
  static <T> T join(CompletableFuture<T> step) throws IOException {
    try {
      return step.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Closes what a step opened, when it opened something, after a later step failed. */
  static void closeQuietly(AutoCloseable opened) {
    if (opened == null) {
      return;
    }
    try {
      opened.close();
    } catch (Exception e) {
      // The failure being reported is the later step's; this one adds nothing to it.
    }
  }
}
