package org.galen.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.index.StoredPassage;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;

/** Write article: a section's title, naming its source where the reader needs it. Stateless. */
final class SectionTitles {
  private SectionTitles() {}

  /** The bottom line names its guideline: "From the Guidelines: Acute Coronary Syndrome (NSTG 2022, Nigeria)". */
  static String of(SectionKind kind, List<Candidate> statements, Citations citations) {
    if (kind == SectionKind.BOXED_WARNING) {
      // Whose warning it is: "Boxed warning: Ibuprofen tablets", the label's products.
      Map<String, String> labels = new java.util.LinkedHashMap<>();
      statements.forEach(c -> labels.putIfAbsent(c.docId(), c.passage().title()));
      return kind.title() + ": " + String.join("; ", labels.values());
    }
    if (kind != SectionKind.GUIDELINES) {
      return kind.title();
    }
    StoredPassage source = statements.get(0).passage();
    if (source.evidenceLevel() != EvidenceLevel.GUIDELINE
        || statements.stream().anyMatch(c -> !c.docId().equals(source.docId()))) {
      return "Bottom line";
    }
    Optional<Document> guideline = citations.cited(source.docId());
    String edition = guideline.map(d -> d.properties().getOrDefault("edition",
        d.journal() + d.year().map(y -> " " + y).orElse(""))).orElse("").strip();
    String country = guideline.map(d -> d.properties().getOrDefault("country", "")).orElse("");
    String about = String.join(", ", java.util.stream.Stream.of(edition, country).filter(p -> !p.isBlank()).toList());
    return kind.title() + ": " + source.title() + (about.isEmpty() ? "" : " (" + about + ")");
  }
}
