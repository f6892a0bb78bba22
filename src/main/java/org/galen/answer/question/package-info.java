/**
 * Question analysis for the answer stage: intents from cue words, the subject and other concepts
 * from the vocabularies ingest keeps (MeSH, DrugBank, abbreviations), the patient's age and weight,
 * and what a follow-up inherits from the previous turn. Word lists are resources of this package,
 * each with its provenance. The index is reached only through {@link
 * org.galen.answer.question.Speller} (spelling correction, given by the caller) and the one
 * analysis {@link org.galen.answer.question.Stems} shares with it, so it stays cheap to test.
 */
package org.galen.answer.question;
