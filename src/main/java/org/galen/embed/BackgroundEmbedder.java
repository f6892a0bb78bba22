package org.galen.embed;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An embedder whose model opens on a thread of its own, so that a process answering one question
 * reads its vocabularies and database while ONNX Runtime loads the model (half a second or more of
 * a cold start) instead of after. The first call waits for the model; a failure to load it is thrown
 * there, as it was thrown. Thread-safe; closing waits for the load, then closes the model.
 */
public final class BackgroundEmbedder implements Embedder {
  private final CompletableFuture<Embedder> loading = new CompletableFuture<>();

  public BackgroundEmbedder(Supplier<? extends Embedder> load) {
    Thread thread = new Thread(() -> {
      try {
        loading.complete(load.get());
      } catch (Throwable e) {
        // Whatever stops the load fails the calls waiting for it, never leaves them waiting.
        loading.completeExceptionally(e);
      }
    }, "galen-embedder-load");
    thread.setDaemon(true);
    thread.start();
  }

  private Embedder loaded() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }

  @Override
  public int dimension() {
    return loaded().dimension();
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    return loaded().embedPassages(passages);
  }

  @Override
  public float[] embedQuery(String query) {
    return loaded().embedQuery(query);
  }

  @Override
  public void close() {
    Embedder embedder;
    try {
      embedder = loading.join();
    } catch (CompletionException e) {
      // Nothing was loaded, so nothing is left to close; the failure was (or will not be) reported by a call.
      return;
    }
    embedder.close();
  }
}
