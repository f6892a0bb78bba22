package org.galen.index;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene says through java.util.logging which memory-mapping and vector code it chose on a newer
 * JDK: nothing a user of the command line acts on. {@link #quiet()} keeps those notices (and
 * anything else short of a severe error) off the terminal.
 */
public final class LuceneNotices {
  /** Held because java.util.logging keeps its loggers only weakly: a level set on a collected one is lost. */
  private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

  private LuceneNotices() {}

  public static void quiet() {
    LUCENE.setLevel(Level.SEVERE);
  }
}
