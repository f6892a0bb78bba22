package org.galen.source;

/**
 * A titled part of a document's text: {@code text.substring(start, end)} of its {@link Document}.
 * Offsets are Java {@code String} indices (UTF-16 units), end exclusive.
 */
public record Section(String title, int start, int end) {
  public Section {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad section span [" + start + ", " + end + ") for " + title);
    }
  }
}
