package org.galen.eval;

import java.nio.file.Path;

/** An answer set that cannot be read: names the file and the line, and what was expected there. */
public final class MalformedItemsException extends Exception {
  public MalformedItemsException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
