package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A step run on its own thread gives back its result, or throws what it threw, as itself. */
class ConcurrentlyTest {
  @Test
  void givesBackTheStepsResult() throws Exception {
    assertThat(Concurrently.join(Concurrently.start("test-step", () -> "opened"))).isEqualTo("opened");
  }

  @Test
  void throwsWhatTheStepThrewUnwrapped() {
    IOException io = new IOException("the vocabulary file is unreadable");
    assertThatThrownBy(() -> Concurrently.join(Concurrently.start("test-step", () -> {
      throw io;
    }))).isSameAs(io);
    UncheckedIOException unchecked = new UncheckedIOException("cannot unpack", new IOException("disk full"));
    assertThatThrownBy(() -> Concurrently.join(Concurrently.start("test-step", () -> {
      throw unchecked;
    }))).as("as the step itself would have thrown it, not its cause").isSameAs(unchecked);
    Error error = new ExceptionInInitializerError("a class failed to initialise");
    assertThatThrownBy(() -> Concurrently.join(Concurrently.start("test-step", () -> {
      throw error;
    }))).isSameAs(error);
  }

  @Test
  void aStepFailingWithACheckedExceptionItDoesNotDeclareStillEndsTheWait() {
    Exception undeclared = new Exception("thrown by a library that hides its checked exceptions");
    CompletableFuture<String> step = Concurrently.start("test-step", () -> ConcurrentlyTest.<String>sneaky(undeclared));
    assertThatThrownBy(() -> Concurrently.join(step)).hasCause(undeclared);
  }

  @SuppressWarnings("unchecked")
  private static <T> T sneaky(Exception e) {
    ConcurrentlyTest.<RuntimeException>raise(e);
    return null;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> void raise(Exception e) throws E {
    throw (E) e;
  }
}
