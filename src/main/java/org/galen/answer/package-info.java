/**
 * Stage 5, answer: turns a {@link org.galen.answer.Question} and retrieved passages into an
 * {@link org.galen.answer.Answer} whose every statement is a verbatim source span with its
 * citation.
 *
 * <p>Takes in a {@link org.galen.retrieve.Retriever} and the index (for reference metadata);
 * hands on answers to the CLI and, later, the web and editorial stages. Never writes text of its
 * own into a statement: composition chooses and orders source sentences, nothing more.
 */
package org.galen.answer;
