package org.galen.cli;

/** Something the user can fix (a path, an argument, a missing index); shown without a stack trace. */
public class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
