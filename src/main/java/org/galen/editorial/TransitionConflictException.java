package org.galen.editorial;

/** A change that conflicts with an article's current state (HTTP 409): wrong status, stale version. */
public final class TransitionConflictException extends IllegalStateException {
  public TransitionConflictException(String message) {
    super(message);
  }
}
