package org.galen.index;

import java.util.Map;

/**
 * Counts over the whole index, for {@code galen stats}.
 *
 * @param bySource per collection (medline, medquad, nstg, ...)
 * @param byEvidenceLevel documents per evidence level
 */
public record IndexStats(long documents, long passages, Map<String, SourceCounts> bySource,
    Map<String, Long> byEvidenceLevel) {

  public record SourceCounts(long documents, long passages) {}
}
