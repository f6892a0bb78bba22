package org.galen.eval;

/** One evaluation query: its id as the qrels name it, and its text. */
public record Topic(String id, String text) {}
