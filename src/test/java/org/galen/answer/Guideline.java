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
  /** A line of the source; {@code runsOn}: a sentence of prose going on from the one before on its line. */
  private record Line(String heading, SectionKind kind, String text, boolean runsOn) {}

  private final List<Line> lines = new ArrayList<>();
  private final String docId;
  private final String title;
  private boolean referencePage;

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
      lines.add(new Line(heading, kind, text, false));
    }
    return this;
  }

  /** The same lines as a consumer reference page's, not a guideline's. */
  Guideline asReferencePage() {
    referencePage = true;
    return this;
  }

  /** Sentences of prose, one after another on one line. */
  Guideline prose(String heading, SectionKind kind, String... sentences) {
    for (int i = 0; i < sentences.length; i++) {
      lines.add(new Line(heading, kind, sentences[i], i > 0));
    }
    return this;
  }

  List<Candidate> candidates() {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (Line line : lines) {
      if (!text.isEmpty()) {
        text.append(line.runsOn() ? " " : "\n");
      }
      spans.add(new Span(text.length(), text.length() + line.text().length()));
      text.append(line.text());
    }
    String whole = text.toString();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      Span span = spans.get(i);
      StoredPassage passage = new StoredPassage(docId, docId, referencePage ? "medquad" : "nstg", title,
          line.heading(), referencePage ? SourceKind.REFERENCE : SourceKind.GUIDELINE,
          referencePage ? EvidenceLevel.REFERENCE : EvidenceLevel.GUIDELINE, Optional.of(2022), 0,
          new Span(0, whole.length()), List.of(span), whole);
      candidates.add(new Candidate(passage, span, line.text(), Stems.of(line.text()), line.kind(), 1, true, false));
    }
    return candidates;
  }
}
