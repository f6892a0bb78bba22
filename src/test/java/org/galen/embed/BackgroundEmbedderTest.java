package org.galen.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundEmbedderTest {
  /** A one-dimensional embedder whose vector is the text's length: enough to see which model answered. */
  private static final class LengthEmbedder implements Embedder {
    final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
      return passages.stream().map(p -> new float[] {p.length()}).toList();
    }

    @Override
    public float[] embedQuery(String query) {
      return new float[] {query.length()};
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  @Test
  void theConstructorReturnsWhileTheModelLoadsAndTheFirstCallWaitsForIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean released = new AtomicBoolean();
    LengthEmbedder model = new LengthEmbedder();
    BackgroundEmbedder embedder = new BackgroundEmbedder(() -> {
      try {
        released.set(release.await(5, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return model;
    });
    // The load waits for this thread's release: a constructor loading the model itself would wait
    // out the timeout before returning, and the model would load unreleased.
    release.countDown();
    assertThat(embedder.embedQuery("abc")).containsExactly(3f);
    assertThat(released).isTrue();
    assertThat(embedder.embedPassages(List.of("a", "abcd"))).containsExactly(new float[] {1f}, new float[] {4f});
    embedder.close();
    assertThat(model.closed).isTrue();
  }

  @Test
  void aModelThatFailsToLoadFailsTheFirstCallWithItsOwnErrorAndClosesQuietly() {
    BackgroundEmbedder embedder = new BackgroundEmbedder(() -> {
      throw new IllegalStateException("cannot load the model file");
    });
    assertThatThrownBy(() -> embedder.embedQuery("x")).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot load the model file");
    embedder.close();
  }
}
