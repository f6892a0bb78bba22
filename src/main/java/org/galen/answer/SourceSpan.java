package org.galen.answer;

/** Where a statement's words are in a source: {@code show(docId).text.substring(start, end)}. */
public record SourceSpan(String docId, int start, int end) {}
