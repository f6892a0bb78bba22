package org.galen.view;

import java.util.LinkedHashMap;
import java.util.Map;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;

/**
 * The JSON shapes of search hits and documents, one definition for {@code galen search/show
 * --format json} and the REST API, so the two never drift apart.
 */
public final class JsonViews {
  private JsonViews() {}

  public static Map<String, Object> hit(PassageHit hit) {
    StoredPassage passage = hit.passage();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rank", hit.rank());
    json.put("docId", passage.docId());
    json.put("sourceId", passage.sourceId());
    json.put("title", passage.title());
    json.put("section", passage.section());
    json.put("sourceKind", passage.sourceKind());
    json.put("evidenceLevel", passage.evidenceLevel());
    json.put("score", hit.score());
    json.put("start", passage.span().start());
    json.put("end", passage.span().end());
    json.put("text", passage.text());
    return json;
  }

  public static Map<String, Object> document(Document document) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("docId", document.docId());
    json.put("sourceId", document.sourceId());
    json.put("collection", document.collection());
    json.put("title", document.title());
    json.put("sourceKind", document.sourceKind());
    json.put("evidenceLevel", document.evidenceLevel());
    json.put("publicationTypes", document.publicationTypes());
    json.put("meshTerms", document.meshTerms());
    json.put("journal", document.journal());
    json.put("year", document.year().orElse(null));
    json.put("doi", document.doi());
    json.put("url", document.url());
    json.put("attribution", document.attribution());
    json.put("focus", document.focus());
    json.put("properties", document.properties());
    json.put("sections", document.sections());
    json.put("text", document.text());
    return json;
  }
}
