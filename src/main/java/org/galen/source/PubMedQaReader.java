package org.galen.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * PubMedQA's expert-labelled set: one JSON object keyed by PMID. The abstract's labelled
 * CONTEXTS are sections and its LONG_ANSWER (the conclusion) is the last one. The set carries no
 * journal or publication types, so the evidence level stays UNKNOWN.
 */
public final class PubMedQaReader implements DocumentReader {
  static final String ATTRIBUTION = "PubMedQA (Jin et al., 2019), MIT licence; abstract courtesy of the U.S. National Library of Medicine";

  @Override
  public String format() {
    return "pubmedqa";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("json") && head.text().contains("\"QUESTION\"") && head.text().contains("\"CONTEXTS\"");
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    try (InputStream in = SourceFiles.open(file)) {
      Json.streamObject(in, (pmid, entry) -> sink.accept(document(pmid, entry)));
    }
  }

  private static Document document(String pmid, JsonNode entry) throws MalformedSourceException {
    if (!pmid.matches("\\d+") || !entry.isObject()) {
      throw new MalformedSourceException("PubMedQA entry '" + pmid + "' is not a PMID with an object");
    }
    List<String> contexts = Json.strings(entry.get("CONTEXTS"));
    List<String> labels = Json.strings(entry.get("LABELS"));
    DocumentBuilder builder = new DocumentBuilder("pmid:" + pmid, "pubmedqa")
        .sourceId(pmid)
        .title(Json.text(entry, "QUESTION"))
        .kind(SourceKind.RESEARCH, EvidenceLevel.UNKNOWN)
        .meshTerms(Json.strings(entry.get("MESHES")))
        .year(XmlSources.year(Json.text(entry, "YEAR")))
        .url("https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/")
        .attribution(ATTRIBUTION)
        .property("finalDecision", Json.text(entry, "final_decision"));
    for (int i = 0; i < contexts.size(); i++) {
      builder.section(i < labels.size() ? labels.get(i) : "Abstract", contexts.get(i));
    }
    builder.section("CONCLUSIONS", Json.text(entry, "LONG_ANSWER"));
    return builder.build();
  }
}
