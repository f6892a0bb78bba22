package org.galen.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.SourceKind;
import org.galen.source.SplReader;

/**
 * Whose use a drug label is written for — a prescriber's (the full prescribing information) or a
 * buyer's over the counter (Drug Facts) — and the note an article needs when it quotes both: the
 * two say different strengths, directions and limits for one drug (an OTC naproxen's "do not exceed
 * 2 caplets in 24 hours" beside a prescription's 1500 mg/day), and neither is wrong. Stateless.
 */
final class LabelKinds {
  static final String PRESCRIPTION = "prescription";
  static final String OTC = "otc";

  private LabelKinds() {}

  /** The label's kind as its reader recorded it ({@link SplReader#LABEL_TYPE}); empty for any other source. */
  static Optional<String> of(Document document) {
    if (document.sourceKind() != SourceKind.LABEL) {
      return Optional.empty();
    }
    String type = document.properties().getOrDefault(SplReader.LABEL_TYPE, "");
    return type.isEmpty() ? Optional.empty() : Optional.of(type);
  }

  /** "prescription label", "OTC (Drug Facts) label", or the label type as the file names it. */
  static String described(String kind) {
    return switch (kind) {
      case PRESCRIPTION -> "prescription label";
      case OTC -> "OTC (Drug Facts) label";
      default -> kind;
    };
  }

  /**
   * When the article cites prescription and OTC labels both, a note saying which is which: their
   * doses are for different products and uses, and are not to be read as one instruction.
   *
   * @param cited the cited documents by reference number, in reference order
   */
  static Optional<Note> differing(Map<Integer, Document> cited) {
    Map<String, List<Integer>> byKind = new LinkedHashMap<>();
    cited.forEach((n, document) -> of(document).filter(kind -> kind.equals(PRESCRIPTION) || kind.equals(OTC))
        .ifPresent(kind -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(n)));
    if (byKind.size() < 2) {
      return Optional.empty();
    }
    List<Integer> prescription = byKind.get(PRESCRIPTION);
    List<Integer> otc = byKind.get(OTC);
    List<Integer> all = new ArrayList<>(prescription);
    all.addAll(otc);
    all.sort(null);
    return Optional.of(new Note("labels", "Prescription and over-the-counter labels are both cited: "
        + numbers(prescription)
        + (prescription.size() == 1 ? " is a prescription label, " : " are prescription labels, ")
        + numbers(otc) + (otc.size() == 1 ? " an OTC (Drug Facts) label" : " OTC (Drug Facts) labels")
        + ". Their strengths, directions and limits are for different products and uses: read each dose with its "
        + "own label.", all));
  }

  /** The statements' labels that are OTC (Drug Facts) labels, read through the article's citations (once). */
  static java.util.Set<String> overTheCounter(List<Candidate> statements, Citations documents)
      throws java.io.IOException {
    java.util.Set<String> otc = new java.util.HashSet<>();
    java.util.Set<String> read = new java.util.HashSet<>();
    for (Candidate statement : statements) {
      if (statement.passage().sourceKind() == SourceKind.LABEL && read.add(statement.docId())
          && documents.document(statement.docId()).flatMap(LabelKinds::of).filter(OTC::equals).isPresent()) {
        otc.add(statement.docId());
      }
    }
    return otc;
  }

  private static String numbers(List<Integer> numbers) {
    return String.join("", numbers.stream().map(n -> "[" + n + "]").toList());
  }
}
