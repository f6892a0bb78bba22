package org.galen.source;

import java.util.Comparator;
import java.util.Optional;

/**
 * The version of a document whose source publishes versions of it under one id (a drug label's
 * set id): its version number, then its effective date, decide which of two copies is newer.
 * A reader records them in the document's properties under {@link #NUMBER} and {@link #EFFECTIVE}.
 *
 * @param effective the effective date as yyyy-MM-dd, or "" when the source gives none
 */
public record DocumentVersion(long number, String effective) implements Comparable<DocumentVersion> {
  public static final String NUMBER = "version";
  public static final String EFFECTIVE = "effectiveDate";

  private static final Comparator<DocumentVersion> ORDER = Comparator.comparingLong(DocumentVersion::number)
      .thenComparing(DocumentVersion::effective);

  /** The document's version, when its source versions it (a version number of digits only). */
  public static Optional<DocumentVersion> of(Document document) {
    String number = document.properties().getOrDefault(NUMBER, "");
    if (!number.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(new DocumentVersion(Long.parseLong(number), document.properties().getOrDefault(EFFECTIVE, "")));
  }

  @Override
  public int compareTo(DocumentVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "version " + number + (effective.isEmpty() ? "" : " (effective " + effective + ")");
  }
}
