/**
 * Question analysis for the answer stage: intents from cue words, the subject and other concepts
 * from the vocabularies ingest keeps (MeSH, DrugBank, abbreviations), the patient's age and weight,
 * and what a follow-up inherits from the previous turn. Word lists are resources of this package,
 * each with its provenance. The index is reached only through {@link
 * org.galen.answer.question.Speller} (spelling correction, given by the caller) and {@link
 * org.galen.answer.question.Stems}, which stems text with the index's own analysis ({@link
 * org.galen.index.Analysis#stems}) and reads no index: so it stays cheap to test.
 */
package org.galen.answer.question;
