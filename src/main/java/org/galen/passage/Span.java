package org.galen.passage;

/** A half-open range {@code [start, end)} of Java {@code String} indices into a document's text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  public int length() {
    return end - start;
  }
}
