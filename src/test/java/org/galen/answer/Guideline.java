package org.galen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.galen.answer.question.Stems;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * A guideline's parts as one text, each line a sentence, in order: candidates laid out as NSTG lays
 * them out, for bottom-line tests.
 */
final class Guideline {
  private record Line(String heading, SectionKind kind, String text) {}

  private final List<Line> lines = new ArrayList<>();
  private final String docId;
  private final String title;

  Guideline() {
    this("nstg:herpes-zoster");
  }

  Guideline(String docId) {
    this(docId, "Herpes Zoster");
  }

  Guideline(String docId, String title) {
    this.docId = docId;
    this.title = title;
  }

  Guideline part(String heading, SectionKind kind, String... texts) {
    for (String text : texts) {
      lines.add(new Line(heading, kind, text));
    }
    return this;
  }

  List<Candidate> candidates() {
    String whole = String.join("\n", lines.stream().map(Line::text).toList());
    List<Candidate> candidates = new ArrayList<>();
    int at = 0;
    for (Line line : lines) {
      Span span = new Span(at, at + line.text().length());
      StoredPassage passage = new StoredPassage(docId, docId, "nstg", title,
          line.heading(), SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, Optional.of(2022), 0,
          new Span(0, whole.length()), List.of(span), whole);
      candidates.add(new Candidate(passage, span, line.text(), Stems.of(line.text()), line.kind(), 1, true, false));
      at += line.text().length() + 1;
    }
    return candidates;
  }
}
