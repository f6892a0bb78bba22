package org.galen.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles a {@link Document}: sections are appended in order and their offsets computed here, in
 * one place, so no reader can get an offset wrong. Blank sections are skipped, never stored empty.
 */
public final class DocumentBuilder {
  private static final String SECTION_BREAK = "\n\n";

  private final String docId;
  private final String collection;
  private final StringBuilder text = new StringBuilder();
  private final List<Section> sections = new ArrayList<>();
  private String sourceId = "";
  private String title = "";
  private SourceKind sourceKind = SourceKind.RESEARCH;
  private EvidenceLevel evidenceLevel = EvidenceLevel.UNKNOWN;
  private List<String> publicationTypes = List.of();
  private List<String> meshTerms = List.of();
  private String journal = "";
  private Optional<Integer> year = Optional.empty();
  private String url = "";
  private String doi = "";
  private List<String> focus = List.of();
  private final Map<String, String> properties = new LinkedHashMap<>();
  private String attribution = "";

  public DocumentBuilder(String docId, String collection) {
    this.docId = docId;
    this.collection = collection;
  }

  /** Appends a section; its body is whitespace-normalised; a blank body adds nothing. */
  public DocumentBuilder section(String sectionTitle, String body) {
    String normalized = TextNormalizer.normalize(body);
    if (normalized.isEmpty()) {
      return this;
    }
    if (text.length() > 0) {
      text.append(SECTION_BREAK);
    }
    int start = text.length();
    text.append(normalized);
    sections.add(new Section(TextNormalizer.oneLine(sectionTitle), start, text.length()));
    return this;
  }

  public boolean hasText() {
    return text.length() > 0;
  }

  public DocumentBuilder sourceId(String value) {
    this.sourceId = value;
    return this;
  }

  public DocumentBuilder title(String value) {
    this.title = TextNormalizer.oneLine(value);
    return this;
  }

  public DocumentBuilder kind(SourceKind kind, EvidenceLevel level) {
    this.sourceKind = kind;
    this.evidenceLevel = level;
    return this;
  }

  public DocumentBuilder publicationTypes(List<String> values) {
    this.publicationTypes = List.copyOf(values);
    return this;
  }

  public DocumentBuilder meshTerms(List<String> values) {
    this.meshTerms = List.copyOf(values);
    return this;
  }

  public DocumentBuilder journal(String value) {
    this.journal = TextNormalizer.oneLine(value);
    return this;
  }

  public DocumentBuilder year(Optional<Integer> value) {
    this.year = value;
    return this;
  }

  public DocumentBuilder url(String value) {
    this.url = value == null ? "" : value.strip();
    return this;
  }

  public DocumentBuilder doi(String value) {
    this.doi = value == null ? "" : value.strip();
    return this;
  }

  public DocumentBuilder focus(List<String> names) {
    this.focus = names.stream().map(TextNormalizer::oneLine).filter(n -> !n.isEmpty()).distinct().toList();
    return this;
  }

  /** Records a source-specific fact; blank values are not stored. */
  public DocumentBuilder property(String key, String value) {
    if (value != null && !value.isBlank()) {
      properties.put(key, value.strip());
    }
    return this;
  }

  public DocumentBuilder attribution(String value) {
    this.attribution = value;
    return this;
  }

  public Document build() {
    return new Document(docId, sourceId, collection, title, text.toString(), sections, sourceKind,
        evidenceLevel, publicationTypes, meshTerms, journal, year, doi, url, attribution, focus, properties);
  }
}
