package org.galen.answer;

import java.util.Optional;

/**
 * A plain-language explanation of a technical term, for patients and students, shown in a note
 * apart from the cited statements. Either a definitional sentence from the corpus ("Myoclonus
 * refers to a sudden, involuntary jerking of a muscle or group of muscles."), cited, or the term's
 * broader MeSH headings.
 *
 * @param citation the reference number of the defining sentence; empty for a MeSH gloss
 * @param source the defining sentence's span; empty for a MeSH gloss
 */
public record Gloss(String term, String text, Optional<Integer> citation, Optional<SourceSpan> source) {}
