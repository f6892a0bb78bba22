package org.galen.index.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.galen.index.DocumentCodec;
import org.galen.index.IndexSchema;
import org.galen.index.StoredPassage;
import org.galen.index.SubjectNames;
import org.galen.passage.Passage;
import org.galen.passage.Span;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * One record of the evidence index as the cluster keeps it ({@code _source}): a document's record
 * ({@code kind} {@value IndexSchema#KIND_DOC}: the document's JSON and how many passages it has)
 * or a passage's ({@value IndexSchema#KIND_PASSAGE}: its text, span, sentences and vector), with
 * the fields both share. A field a kind does not have is null and not written. {@link
 * OpenSearchWriter} writes these and {@link OpenSearchReader} reads them back as the client's
 * typed hits: one shape both ways, with {@link IndexSchema}'s field names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvidenceRecord(
    @JsonProperty(IndexSchema.KIND) String kind,
    @JsonProperty(IndexSchema.DOC_ID) String docId,
    @JsonProperty(IndexSchema.ORIGIN) String origin,
    @JsonProperty(IndexSchema.SOURCE_ID) String sourceId,
    @JsonProperty(IndexSchema.COLLECTION) String collection,
    @JsonProperty(IndexSchema.SOURCE_KIND) SourceKind sourceKind,
    @JsonProperty(IndexSchema.EVIDENCE_LEVEL) EvidenceLevel evidenceLevel,
    @JsonProperty(IndexSchema.VECTOR) float[] vector,
    @JsonProperty(IndexSchema.VECTOR_STATE) String vectorState,
    @JsonProperty(IndexSchema.TITLE) String title,
    @JsonProperty(IndexSchema.SECTION) String section,
    @JsonProperty(IndexSchema.SUBJECT) List<String> subject,
    @JsonProperty(IndexSchema.BODY) String body,
    @JsonProperty(IndexSchema.SPELL) String spell,
    @JsonProperty(IndexSchema.ORDINAL) Integer ordinal,
    @JsonProperty(IndexSchema.START) Integer start,
    @JsonProperty(IndexSchema.END) Integer end,
    @JsonProperty(IndexSchema.SENTENCES) String sentences,
    @JsonProperty(IndexSchema.YEAR) Integer year,
    @JsonProperty(IndexSchema.DOCUMENT_JSON) String document,
    @JsonProperty(OpenSearchSchema.PASSAGE_COUNT) Integer passageCount) {

  /** A document's record: the document whole, and the count of passage records a replacement deletes beyond. */
  static EvidenceRecord of(Document document, String origin, int passageCount) {
    return new EvidenceRecord(IndexSchema.KIND_DOC, document.docId(), origin, document.sourceId(),
        document.collection(), document.sourceKind(), document.evidenceLevel(), null, null, null, null, null, null,
        null, null, null, null, null, null, DocumentCodec.encode(document), passageCount);
  }

  /**
   * A passage's record; with no vector yet it is marked pending for the vector phase. The body is
   * stored twice: stemmed for search, and as whole words for the spelling dictionary, after its
   * document's title and subject names ({@link IndexSchema#spellingText}).
   */
  static EvidenceRecord of(Document document, Passage passage, String origin, float[] vector) {
    String body = passage.text(document.text());
    return new EvidenceRecord(IndexSchema.KIND_PASSAGE, document.docId(), origin, document.sourceId(),
        document.collection(), document.sourceKind(), document.evidenceLevel(), vector == null ? null : vector.clone(),
        vector == null ? IndexSchema.VECTOR_PENDING : IndexSchema.VECTOR_DONE, document.title(), passage.section(),
        SubjectNames.of(document), body, IndexSchema.spellingText(document, body), passage.ordinal(),
        passage.span().start(), passage.span().end(),
        DocumentCodec.encodeSpans(passage.sentences()), document.year().orElse(null), null, null);
  }

  /** The document a document's record holds. */
  Document decodedDocument() {
    return DocumentCodec.decode(document);
  }

  /** A passage's record as the domain's passage. */
  StoredPassage passage() {
    return new StoredPassage(docId, sourceId, collection, title, section, sourceKind, evidenceLevel,
        Optional.ofNullable(year), ordinal, new Span(start, end), DocumentCodec.decodeSpans(sentences), body);
  }
}
