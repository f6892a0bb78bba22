package org.galen.retrieve;

import org.galen.index.StoredPassage;

/** One retrieved passage, with its rank (from 1) and the retriever's score. */
public record PassageHit(int rank, float score, StoredPassage passage) {}
