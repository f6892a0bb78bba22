/**
 * Stage 2, passages: cuts each {@link org.galen.source.Document} into sentences and
 * section-aware passages, all as offsets into the document's text.
 *
 * <p>Takes in documents; hands on {@link org.galen.passage.Passage}s to the index. Sentence
 * boundaries come from OpenNLP, corrected for medical prose in {@link
 * org.galen.passage.SentenceSplitter}; to change how text is cut, change only this package.
 */
package org.galen.passage;
