/**
 * JSON plumbing beneath every stage: the one configured Jackson mapper ({@link
 * org.galen.json.Jackson}) and the readers and writers derived from it. It depends on no stage, so
 * the first stage ({@code source}) and the last ({@code web}, {@code cli}) read and write JSON the
 * same way without reaching into one another. Add a need as a derived reader or writer there, never as
 * a new mapper. One exception: the OpenSearch client's typed requests and answers (and the records
 * it reads back, {@code index.opensearch.EvidenceRecord}) go through the client's own JSON-P mapper,
 * which its typed API needs; only what Galen reads beside it (an error answer's reason) uses this one.
 */
package org.galen.json;
