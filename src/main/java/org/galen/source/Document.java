package org.galen.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of evidence as Galen indexes and cites it, whatever format it was read from.
 *
 * <p>{@link #text} is the only string that offsets index into: sections, passages and cited spans
 * all point into it. Fields a source does not give stay empty (empty string, empty list, empty
 * year) rather than being guessed.
 *
 * @param docId stable, URL- and file-safe id ({@code pmid:29768149}, {@code nstg:cellulitis-2}); see {@link DocIds}
 * @param sourceId the source's own id (PMID, SciFact doc_id, MedQuAD {@code <source>_<id>_Sec<pid>})
 * @param collection the collection it came from ({@code medline}, {@code medquad}, ...), for statistics
 * @param year publication year, if the source gives one
 * @param doi the DOI, if the source gives one
 * @param attribution licence or credit line the source asks to be shown with it
 * @param focus names of what the document is about, when the source says (MedQuAD focus and
 *     synonyms, NSTG condition name, the MeSH headings a MEDLINE citation marks major); empty otherwise
 * @param properties source-specific facts worth keeping (MedQuAD question type, guideline edition)
 */
public record Document(
    String docId,
    String sourceId,
    String collection,
    String title,
    String text,
    List<Section> sections,
    SourceKind sourceKind,
    EvidenceLevel evidenceLevel,
    List<String> publicationTypes,
    List<String> meshTerms,
    String journal,
    Optional<Integer> year,
    String doi,
    String url,
    String attribution,
    List<String> focus,
    Map<String, String> properties) {

  public Document {
    Objects.requireNonNull(docId, "docId");
    if (!DocIds.isSafe(docId)) {
      throw new IllegalArgumentException("docId has characters outside A-Z a-z 0-9 . _ : - : " + docId);
    }
    sourceId = Objects.requireNonNullElse(sourceId, "");
    collection = Objects.requireNonNull(collection, "collection");
    title = Objects.requireNonNullElse(title, "");
    text = Objects.requireNonNull(text, "text");
    sections = List.copyOf(sections);
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(evidenceLevel, "evidenceLevel");
    publicationTypes = List.copyOf(publicationTypes);
    meshTerms = List.copyOf(meshTerms);
    journal = Objects.requireNonNullElse(journal, "");
    year = Objects.requireNonNull(year, "year");
    doi = Objects.requireNonNullElse(doi, "");
    url = Objects.requireNonNullElse(url, "");
    attribution = Objects.requireNonNullElse(attribution, "");
    focus = List.copyOf(focus);
    properties = Map.copyOf(properties);
    for (Section section : sections) {
      if (section.end() > text.length()) {
        throw new IllegalArgumentException("section " + section.title() + " ends past the text of " + docId);
      }
    }
  }

  /** The text of one section. */
  public String sectionText(Section section) {
    return text.substring(section.start(), section.end());
  }
}
