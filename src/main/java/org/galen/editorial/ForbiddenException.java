package org.galen.editorial;

/** An authenticated user whose role may not do this (HTTP 403). */
public final class ForbiddenException extends SecurityException {
  public ForbiddenException(String message) {
    super(message);
  }
}
