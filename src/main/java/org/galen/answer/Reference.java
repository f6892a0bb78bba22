package org.galen.answer;

import java.util.Locale;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.SourceKind;
import org.galen.source.EvidenceLevel;

/**
 * A numbered entry in an article's reference list.
 *
 * @param n the number statements cite it by
 * @param type Guideline, Research, Reference, Report or Label
 * @param source the journal or publisher
 * @param url the source's own link; PubMed for a PMID without one
 * @param attribution the licence credit the source asks to be shown with it
 */
public record Reference(int n, String docId, String sourceId, String type, EvidenceLevel evidenceLevel,
    String title, String source, Optional<Integer> year, String url, String attribution) {

  static Reference of(int n, Document document) {
    String kind = document.sourceKind().name();
    String type = kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
    return new Reference(n, document.docId(), document.sourceId(), type, document.evidenceLevel(), document.title(),
        source(document), document.year(), link(document), document.attribution());
  }

  /**
   * A label's version is its effective date, and its kind says whose use it is written for:
   * "Bayer HealthCare LLC, OTC (Drug Facts) label, effective 2019-07-18".
   */
  private static String source(Document document) {
    if (document.sourceKind() != SourceKind.LABEL) {
      return document.journal();
    }
    String effective = document.properties().getOrDefault(org.galen.source.DocumentVersion.EFFECTIVE, "");
    String kind = LabelKinds.of(document).map(LabelKinds::described).orElse("");
    return String.join(", ", java.util.stream.Stream.of(document.journal(), kind,
        effective.isEmpty() ? "" : "effective " + effective).filter(part -> !part.isEmpty()).toList());
  }

  private static String link(Document document) {
    if (!document.url().isEmpty()) {
      return document.url();
    }
    if (document.docId().startsWith("pmid:")) {
      return "https://pubmed.ncbi.nlm.nih.gov/" + document.docId().substring("pmid:".length()) + "/";
    }
    return "";
  }
}
