/**
 * Stage 5, answer: turns an analysed question ({@link org.galen.answer.question}) and retrieved
 * passages into an {@link org.galen.answer.Article}: sections of statements that are each a
 * verbatim source span with its citation, structured doses, numbered references, notes and
 * glosses kept apart, and suggested follow-ups.
 *
 * <p>One way through named steps, each handing the next an immutable value, none calling back
 * into an earlier one: read question ({@code QuestionAnalyzer} → {@code QuestionAnalysis}) →
 * gather evidence ({@code EvidenceQuery}, {@link org.galen.retrieve.Retriever} → passage hits) →
 * settle topic ({@code TopicSettler} with {@code AbsentNames}, {@code EvidenceTopics} and {@code
 * NamedSubjects} → {@link org.galen.answer.Topic}: the subject, or why to abstain, and the reasons —
 * decided once) → pick statements ({@code SubjectSources}, {@code CandidateFinder}, {@code
 * LeadingSource}, {@code SectionClassifier}, {@code BottomLine} with {@code MeaningOrder} when the
 * embedding model is loaded, {@code StatementSelector}, then
 * {@code Antecedents} placing each leaning statement after the one it leans on) → write article
 * ({@code ArticleComposer}, {@code DoseCollector}, {@code GapNotes}, {@code Citations}). The
 * patient's age and weight ({@code question.Patient}) and the population groups ({@code
 * question.Populations}) are read from the question by the steps that need them. What the
 * vocabularies say of names reaches the later steps through {@code question.Terminology}, never
 * through the question reader.
 *
 * <p>Takes in a {@link org.galen.retrieve.Retriever} and the index (whole documents, reference
 * metadata, the index's own words for spelling); hands articles on to {@code org.galen.editorial},
 * which stores them. Never writes text of its own into a statement: composition chooses, groups and
 * orders source sentences. To add a section, add a {@link org.galen.answer.SectionKind} and a
 * heading rule in {@code SectionClassifier}; to add an audience, add an {@link
 * org.galen.answer.Audience}.
 */
package org.galen.answer;
