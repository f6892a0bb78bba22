package org.galen.eval;

/** A document in a run, by the {@code sourceId} the qrels use, with the score that ranked it. */
public record RankedDocument(String sourceId, double score) {}
