package org.galen.answer;

import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/** A numbered entry in an answer's reference list, typed by the kind of source it is. */
public record Reference(int number, String docId, String sourceId, String title, SourceKind type,
    EvidenceLevel evidenceLevel, String journal, Optional<Integer> year, String url, String attribution) {

  static Reference of(int number, Document document) {
    return new Reference(number, document.docId(), document.sourceId(), document.title(), document.sourceKind(),
        document.evidenceLevel(), document.journal(), document.year(), document.url(), document.attribution());
  }
}
