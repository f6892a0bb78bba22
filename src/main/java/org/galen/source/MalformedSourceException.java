package org.galen.source;

/** A file that cannot be read as its format: the message says where and what was expected. */
public class MalformedSourceException extends Exception {
  public MalformedSourceException(String message) {
    super(message);
  }

  public MalformedSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
