package org.galen.index;

/** A passage a search found, with its score under that search. */
public record ScoredPassage(float score, StoredPassage passage) {}
