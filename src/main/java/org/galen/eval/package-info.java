/**
 * Evaluation: reproducible quality numbers for retrieval ({@code galen eval retrieval}) and for
 * whole answers ({@code galen eval answers}).
 *
 * <p>Retrieval takes in topics, qrels and a {@link org.galen.retrieve.Retriever}; hands on metrics
 * with trec_eval's definitions and a TREC run file that trec_eval itself accepts, so every number
 * in {@code docs/benchmarks.md} can be checked by an outside tool. Answers take in a judged
 * question set ({@link org.galen.eval.AnswerItems}) and an {@link
 * org.galen.eval.AnswerEvaluation.Asker} (the CLI gives one over a scratch article store); hand on
 * each item's failing criteria ({@link org.galen.eval.AnswerGrader}) and tallies by kind.
 */
package org.galen.eval;
