package org.galen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data in {@code ../shared/data}. Tests that need it call {@link #require}, which
 * skips the test with a message naming the missing path instead of passing silently.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("galen.shared.data", "../shared/data")).toAbsolutePath().normalize();
  }

  /** The path under the shared data folder, or the test is skipped with a clear message. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), "skipped: shared data " + path + " is absent (tests on real data need ../shared/data)");
    return path;
  }
}
