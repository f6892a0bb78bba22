package org.galen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data in {@code ../shared/data}. Tests that need it call {@link #require}, which
 * skips the test with a message naming the missing path instead of passing silently — on a
 * laptop; under {@code CI=true} a missing path fails the test, as a test backend that cannot start
 * does, so a CI run never passes by skipping what it was meant to check.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("galen.shared.data", "../shared/data")).toAbsolutePath().normalize();
  }

  /** The path under the shared data folder, or the test is skipped (failed under CI) with a clear message. */
  public static Path require(String relative) {
    return require(relative, "true".equals(System.getenv("CI")));
  }

  static Path require(String relative, boolean continuousIntegration) {
    Path path = root().resolve(relative);
    String message = "shared data " + path + " is absent (tests on real data need ../shared/data)";
    if (!Files.exists(path) && continuousIntegration) {
      throw new AssertionError(message + "; under CI=true this fails rather than skips");
    }
    assumeTrue(Files.exists(path), "skipped: " + message);
    return path;
  }
}
