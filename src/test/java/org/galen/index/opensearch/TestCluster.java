package org.galen.index.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * One real OpenSearch cluster for the whole test run, started on first use with the project's own
 * launcher ({@code bin/opensearch-local start --nodes 1}) under {@code target/}, and stopped when
 * the test JVM exits. {@code GALEN_TEST_OPENSEARCH} names a running cluster instead. A cluster
 * that cannot start skips the tests that need it, with the reason; under {@code CI=true} they fail.
 */
public final class TestCluster {
  public static final String URL_VARIABLE = "GALEN_TEST_OPENSEARCH";
  private static final Object LOCK = new Object();
  private static String url;
  private static String failure;

  private TestCluster() {}

  /** The cluster's URLs, comma-separated; aborts (or, under CI, fails) the test when there is none. */
  public static String url() {
    synchronized (LOCK) {
      if (url == null && failure == null) {
        start();
      }
      if (url == null) {
        String message = "no OpenSearch cluster for the backend tests: " + failure;
        if ("true".equals(System.getenv("CI"))) {
          throw new IllegalStateException(message + " — under CI=true these tests must not be skipped");
        }
        Assumptions.abort(message);
      }
      return url;
    }
  }

  /** A connection to the test cluster; the caller closes it. */
  public static OpenSearchConnection connect() {
    return OpenSearchConnection.open(List.of(url().split(",")), Optional.empty(), Optional.empty());
  }

  private static void start() {
    String given = System.getenv(URL_VARIABLE);
    if (given != null && !given.isBlank()) {
      url = given.strip();
      return;
    }
    Path root = Path.of("").toAbsolutePath();
    Path launcher = root.resolve("bin/opensearch-local");
    Path directory = root.resolve("target/test-opensearch");
    try {
      Process process = new ProcessBuilder(launcher.toString(), "start", "--dir", directory.toString(), "--nodes", "1")
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
        failure = "bin/opensearch-local failed: " + output.strip();
        return;
      }
      // The launcher's last line is the URLs; a first run's Maven build may have written around it.
      java.util.regex.Matcher urls = java.util.regex.Pattern.compile("http://[^\\s\\x1b]+").matcher(
          output.strip().lines().reduce((first, second) -> second).orElse(""));
      if (!urls.find()) {
        failure = "bin/opensearch-local printed no URL: " + output.strip();
        return;
      }
      url = urls.group();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(launcher, directory)));
    } catch (IOException e) {
      failure = "cannot run " + launcher + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "interrupted while the cluster started";
    }
  }

  private static void stop(Path launcher, Path directory) {
    try {
      new ProcessBuilder(launcher.toString(), "stop", "--dir", directory.toString()).inheritIO().start()
          .waitFor(60, TimeUnit.SECONDS);
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    } catch (IOException e) {
      System.err.println("stopping the test cluster: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
