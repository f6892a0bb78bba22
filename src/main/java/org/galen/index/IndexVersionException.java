package org.galen.index;

import java.nio.file.Path;

/**
 * The index was built with another analysis than this Galen's: its terms would not match the words
 * it looks up, so it is refused rather than answered from wrongly.
 */
public class IndexVersionException extends java.io.IOException {
  public IndexVersionException(Path indexDirectory, String found) {
    super("the index in " + indexDirectory + " was built with text analysis version " + found + ", and this Galen "
        + "reads version " + Analysis.VERSION + ": ingest the sources again into a new data directory (or move "
        + indexDirectory + " aside and run 'galen ingest' again); nothing was changed");
  }
}
