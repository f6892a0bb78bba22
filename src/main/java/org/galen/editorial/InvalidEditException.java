package org.galen.editorial;

/** An edit that would change a cited statement's words, repeat one, or leave a section untitled (HTTP 400). */
public final class InvalidEditException extends IllegalArgumentException {
  public InvalidEditException(String message) {
    super(message);
  }
}
