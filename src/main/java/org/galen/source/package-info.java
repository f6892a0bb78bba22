/**
 * Stage 1, sources: reads files in their real formats into {@link org.galen.source.Document}s.
 *
 * <p>Takes in paths; hands on documents whose {@code text} every later offset indexes into.
 * Readers stream (one record in memory at a time), never load external DTDs, and throw {@link
 * org.galen.source.MalformedSourceException} with the place and reason when a file is broken.
 *
 * <p>To add a format:
 * <ol>
 *   <li>write one {@code <Format>Reader implements DocumentReader}: {@code canRead} recognises the
 *       file from its {@link org.galen.source.FileHead}; {@code read} builds each document with a
 *       {@link org.galen.source.DocumentBuilder} (which computes all offsets) and a stable id from
 *       {@link org.galen.source.DocIds};
 *   <li>register it in {@link org.galen.source.SourceFormats#standard()};
 *   <li>add a test on a real file from {@code ../shared/data}, and one on a broken copy.
 * </ol>
 */
package org.galen.source;
