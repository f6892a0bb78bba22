package org.galen.index;

import java.nio.file.Path;

/** There is no index to read yet: the user has to ingest first. */
public class NoIndexException extends java.io.IOException {
  public NoIndexException(Path indexDirectory) {
    super("no index in " + indexDirectory + ": run 'galen ingest PATH' first");
  }

  /** No index where it was looked for ("index galen-evidence on the OpenSearch cluster …"). */
  public NoIndexException(String where) {
    super("no " + where + ": run 'galen ingest PATH' first");
  }
}
