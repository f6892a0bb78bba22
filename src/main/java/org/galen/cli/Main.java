package org.galen.cli;

import org.galen.answer.InvalidQuestionException;
import org.galen.index.IndexFiles;
import org.galen.index.NoIndexException;
import picocli.CommandLine;

/** Entry point of {@code bin/galen}. */
public final class Main {
  static final int EXIT_FAILED = 1;
  static final int EXIT_USER_ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    org.galen.index.LuceneNotices.quiet();
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new GalenCommand());
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      cmd.getErr().println("galen: " + explain(exception));
      return isUserError(exception) ? EXIT_USER_ERROR : EXIT_FAILED;
    });
    return commandLine;
  }

  private static boolean isUserError(Exception exception) {
    return exception instanceof UserError || exception instanceof InvalidQuestionException
        || exception instanceof NoIndexException || exception instanceof org.galen.index.IndexVersionException
        || IndexFiles.heldByAnotherWriter(exception)
        || exception instanceof org.galen.editorial.UnknownConversationException;
  }

  private static String explain(Exception exception) {
    if (IndexFiles.damaged(exception)) {
      return "the index is damaged (" + exception.getClass().getSimpleName() + "): run 'galen check' for details, "
          + "then restore the data directory from a backup ('galen restore BACKUP_DIR') or re-ingest the sources";
    }
    if (IndexFiles.heldByAnotherWriter(exception)) {
      return "another galen process is writing to this data directory; wait for it to finish (" + exception.getMessage() + ")";
    }
    if (isUserError(exception)) {
      return exception.getMessage();
    }
    return inUsersWords(exception);
  }

  /**
   * A failure of the machine, the network or a file said as what went wrong, never as a Java class
   * name: "cannot reach …: connection refused", "no such file …". Anything else is a fault of
   * Galen's own, named as one so it gets reported.
   */
  static String inUsersWords(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof java.net.ConnectException || cause instanceof java.net.NoRouteToHostException) {
        return "cannot reach the server (" + message + "): is it running, and is the address right?";
      }
      if (cause instanceof java.net.UnknownHostException) {
        return "unknown host '" + message + "': check the server's address";
      }
      if (cause instanceof java.net.SocketTimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
        return "the server did not answer in time (" + message + ")";
      }
      if (cause instanceof java.nio.file.NoSuchFileException missing) {
        return "no such file or directory: " + missing.getFile();
      }
      if (cause instanceof java.nio.file.AccessDeniedException denied) {
        return "permission denied: " + denied.getFile();
      }
      if (cause instanceof java.nio.file.FileSystemException fileSystem) {
        return "cannot use " + fileSystem.getFile() + (fileSystem.getReason() == null ? "" : ": " + fileSystem.getReason());
      }
    }
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    if (failure instanceof java.io.IOException || failure instanceof java.io.UncheckedIOException) {
      return message.isEmpty() ? "an input or output operation failed" : message;
    }
    return "unexpected error, please report it (" + failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": "
        + message) + ")";
  }
}
