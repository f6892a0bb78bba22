/**
 * Evaluation: reproducible retrieval quality numbers ({@code galen eval retrieval}).
 *
 * <p>Takes in topics, qrels and a {@link org.galen.retrieve.Retriever}; hands on metrics with
 * trec_eval's definitions and a TREC run file that trec_eval itself accepts, so every number in
 * {@code docs/benchmarks.md} can be checked by an outside tool.
 */
package org.galen.eval;
