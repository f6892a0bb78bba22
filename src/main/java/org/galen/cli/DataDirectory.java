package org.galen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Galen keeps everything it writes: {@code --data-dir}, else {@code GALEN_DATA_DIR}, else
 * {@code ~/.galen}. Checks it before use so that a bad directory gets an explanation, not a stack trace.
 */
public record DataDirectory(Path root, String chosenBy) {
  public static final String ENVIRONMENT_VARIABLE = "GALEN_DATA_DIR";

  public static DataDirectory resolve(Path option, Map<String, String> environment) {
    if (option != null) {
      return new DataDirectory(option.toAbsolutePath().normalize(), "--data-dir");
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new DataDirectory(Path.of(fromEnvironment).toAbsolutePath().normalize(), ENVIRONMENT_VARIABLE);
    }
    return new DataDirectory(Path.of(System.getProperty("user.home"), ".galen"), "the default");
  }

  public Path index() {
    return root.resolve("index");
  }

  /** Terminology files kept by ingest (DrugBank, MeSH, abbreviations). */
  public Path vocabulary() {
    return root.resolve("vocabulary");
  }

  /** For commands that write: creates the directory if needed, and checks it is writable. */
  public DataDirectory forWriting() {
    try {
      if (Files.exists(root) && !Files.isDirectory(root)) {
        throw new UserError("data directory " + root + " (from " + chosenBy + ") is a file, not a directory");
      }
      Files.createDirectories(index());
    } catch (IOException e) {
      throw new UserError("cannot create data directory " + root + " (from " + chosenBy + "): " + e.getMessage(), e);
    }
    if (!Files.isWritable(root) || !Files.isWritable(index())) {
      throw new UserError("data directory " + root + " (from " + chosenBy + ") is not writable");
    }
    return this;
  }

  /** For commands that only read: the directory must exist and be readable. */
  public DataDirectory forReading() {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UserError("data directory " + root + " (from " + chosenBy + ") is a file, not a directory: point "
          + "--data-dir / " + ENVIRONMENT_VARIABLE + " at a data directory");
    }
    if (!Files.isDirectory(root)) {
      throw new UserError("data directory " + root + " (from " + chosenBy + ") does not exist: run 'galen ingest PATH' "
          + "first, or point --data-dir / " + ENVIRONMENT_VARIABLE + " at an existing one");
    }
    if (!Files.isReadable(root)) {
      throw new UserError("data directory " + root + " (from " + chosenBy + ") is not readable");
    }
    return this;
  }
}
