/**
 * JSON plumbing beneath every stage: the one configured Jackson mapper ({@link
 * org.galen.json.Jackson}) and the readers and writers derived from it. It depends on no stage, so
 * the first stage ({@code source}) and the last ({@code web}, {@code cli}) read and write JSON the
 * same way without reaching into one another. Add a need as a derived reader or writer there, never as
 * a new mapper.
 */
package org.galen.json;
