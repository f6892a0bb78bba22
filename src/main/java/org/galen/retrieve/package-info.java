/**
 * Stage 4, retrieval: turns a query into ranked {@link org.galen.retrieve.PassageHit}s.
 *
 * <p>Takes in the committed index ({@link org.galen.index.EvidenceReader}) and free text; hands on
 * passages to the answer stage. Add a retrieval method by implementing {@link
 * org.galen.retrieve.Retriever}; callers never depend on how it ranks.
 */
package org.galen.retrieve;
