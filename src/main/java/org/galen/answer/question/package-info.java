/**
 * Question analysis for the answer stage: intents from cue words, the subject and other concepts
 * from the vocabularies ingest keeps (MeSH, DrugBank, abbreviations), and what a follow-up
 * inherits from the previous turn. Pure functions of the question and the vocabulary files; no
 * index access, so it is cheap to test.
 */
package org.galen.answer.question;
