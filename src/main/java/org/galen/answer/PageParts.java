package org.galen.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.index.EvidenceReader;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * The parts a reference page's prose headings open. A page filed under one question ("What are the
 * symptoms of …?") may hold its site's whole page, what is done and how much is given under headings
 * of their own ("Treatment", "Recommended Dosage"): a line under such a heading belongs where the
 * heading places it ({@link SectionClassifier#classify}), not where the page is filed. A heading that
 * places nothing ("Rash" among the symptoms) is a subheading of the part it stands in. The page is
 * read whole, so a passage that opens under a heading an earlier passage ends with is in that
 * heading's part: on a page on what is done, its "Medicines" are the drug list. One per ask, used
 * by one thread: it keeps the parts of the pages it has read.
 */
final class PageParts {
  /**
   * A part: from its heading's line to the end of the source's section it stands in (a heading
   * never reaches into the next section), and the article section the heading places it in.
   */
  record Part(int start, int end, SectionKind kind) {}

  private final EvidenceReader index;
  private final Map<String, List<Part>> read = new HashMap<>();

  PageParts(EvidenceReader index) {
    this.index = index;
  }

  /** Reads no page: every line is where its page is filed. */
  static PageParts none() {
    return new PageParts(null);
  }

  /**
   * The section the heading above a reference page's text at {@code offset} places it in, if any
   * heading above it places it.
   */
  Optional<SectionKind> at(String docId, int offset) {
    if (index == null) {
      return Optional.empty();
    }
    return at(read.computeIfAbsent(docId, this::partsOf), offset);
  }

  private List<Part> partsOf(String docId) {
    try {
      return index.document(docId).filter(page -> page.sourceKind() == SourceKind.REFERENCE)
          .map(PageParts::of).orElse(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The part holding {@code offset}: the last that opens before it, if it runs on to it. */
  static Optional<SectionKind> at(List<Part> parts, int offset) {
    Optional<Part> holding = Optional.empty();
    for (Part part : parts) {
      if (part.start() > offset) {
        break;
      }
      holding = Optional.of(part);
    }
    return holding.filter(part -> offset < part.end()).map(Part::kind);
  }

  /** The parts of each of a page's sections (one, the whole text, when it has none). */
  static List<Part> of(Document page) {
    if (page.sections().isEmpty()) {
      return of(page.text());
    }
    List<Part> parts = new ArrayList<>();
    for (org.galen.source.Section section : page.sections()) {
      for (Part part : of(page.text().substring(section.start(), section.end()))) {
        parts.add(new Part(section.start() + part.start(), section.start() + part.end(), part.kind()));
      }
    }
    return List.copyOf(parts);
  }

  /** The parts of a page's text that its placing headings ({@link ProseHeadings#isHeading}) open, in order. */
  static List<Part> of(String text) {
    List<Part> parts = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd);
      String heading = line.strip();
      if (!heading.isEmpty()) {
        int start = lineStart + line.indexOf(heading);
        int end = start + heading.length();
        if (ProseHeadings.isHeading(text, start, end)) {
          int at = start;
          SectionClassifier.classify(heading, SourceKind.REFERENCE, EvidenceLevel.REFERENCE)
              .ifPresent(kind -> parts.add(new Part(at, text.length(), kind)));
        }
      }
      lineStart = lineEnd + 1;
    }
    return List.copyOf(parts);
  }
}
