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
  private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
      .contains("posix");
  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OTHERS_READ = java.util.Set.of(
      java.nio.file.attribute.PosixFilePermission.GROUP_READ, java.nio.file.attribute.PosixFilePermission.OTHERS_READ);

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

  /**
   * What Galen works out once and keeps to start faster (the vocabulary's stem keys, the question
   * reader's vocabulary, the drugs and abbreviations): safe to delete, never backed up, rebuilt when
   * missing or made from other files, by another analysis or by another build.
   */
  public Path cache() {
    return root.resolve("cache");
  }

  /** For commands that write: creates the directory if needed, and checks it is writable. */
  public DataDirectory forWriting() {
    try {
      if (Files.exists(root) && !Files.isDirectory(root)) {
        throw new UserError("data directory " + root + " (from " + chosenBy + ") is a file, not a directory");
      }
      boolean created = !Files.exists(root);
      Files.createDirectories(index());
      if (POSIX) {
        if (created) {
          // It will hold questions, which may name patients: the owner's only, whatever the umask.
          Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } else if (!java.util.Collections.disjoint(Files.getPosixFilePermissions(root), OTHERS_READ)) {
          System.err.println("galen: warning: data directory " + root + " can be read by other users, and it holds "
              + "questions that may name patients: chmod 700 " + root);
        }
      }
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
