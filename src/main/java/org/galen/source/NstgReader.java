package org.galen.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Nigeria Standard Treatment Guidelines 2022, one JSON file per condition: one GUIDELINE document
 * per file, its parts kept as sections in the guideline's own order. List items become one line
 * each so that every item is its own citable sentence.
 */
public final class NstgReader implements DocumentReader {
  static final String PUBLISHER = "Federal Ministry of Health, Nigeria";
  static final String ATTRIBUTION = "Nigeria Standard Treatment Guidelines 2022 (Federal Ministry of Health, Nigeria); "
      + "structured dataset by Chisom Rutherford, CC BY 4.0";

  /** JSON path (under the root, or under {@code treatment}) and the section title it becomes. */
  private record Part(String parent, String key, String title) {}

  private static final List<Part> PARTS = List.of(
      new Part("", "introduction", "Introduction"),
      new Part("", "clinical_features", "Clinical features"),
      new Part("", "investigations", "Investigations"),
      new Part("", "other_investigations", "Other investigations"),
      new Part("treatment", "goals", "Treatment goals"),
      new Part("treatment", "non_drug", "Non-drug treatment"),
      new Part("treatment", "drug", "Drug treatment"),
      new Part("treatment", "supportive_measures", "Supportive measures"),
      new Part("treatment", "adverse_reactions_and_cautions", "Adverse reactions and cautions"),
      new Part("", "definitive_treatment", "Definitive treatment"),
      new Part("", "differential_diagnoses", "Differential diagnoses"),
      new Part("", "complications", "Complications"),
      new Part("", "prevention", "Prevention"),
      new Part("", "prognosis", "Prognosis"));

  @Override
  public String format() {
    return "nstg";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("json") && head.text().contains("\"condition_name\"");
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    JsonNode root;
    try (InputStream in = SourceFiles.open(file)) {
      root = Json.readTree(in);
    }
    String name = Json.text(root, "condition_name");
    if (!root.isObject() || name.isEmpty()) {
      throw new MalformedSourceException("NSTG file without a condition_name");
    }
    String edition = Json.text(root, "source");
    String fileStem = file.getFileName().toString().replaceFirst("(?i)\\.json(\\.gz)?$", "");
    DocumentBuilder builder = new DocumentBuilder("nstg:" + DocIds.slug(fileStem), "nstg")
        .sourceId(fileStem)
        .title(name)
        .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE)
        .publicationTypes(List.of("Practice Guideline"))
        .journal(PUBLISHER)
        .year(XmlSources.year(edition))
        .attribution(ATTRIBUTION)
        .focus(List.of(name))
        .property("edition", edition)
        .property("country", "Nigeria")
        .property("conditionSlug", Json.text(root, "condition_slug"));
    for (Part part : PARTS) {
      JsonNode parent = part.parent().isEmpty() ? root : root.path(part.parent());
      JsonNode value = parent.get(part.key());
      if (part.key().equals("clinical_features")) {
        addClinicalFeatures(builder, value);
      } else {
        builder.section(part.title(), lines(value));
      }
    }
    if (!builder.hasText()) {
      throw new MalformedSourceException("NSTG file has no guideline text in any part");
    }
    sink.accept(builder.build());
  }

  /** Features come in typed groups (General, Severe, Paediatric); a typed group gets its own section. */
  private static void addClinicalFeatures(DocumentBuilder builder, JsonNode groups) {
    if (groups == null || !groups.isArray()) {
      return;
    }
    for (JsonNode group : groups) {
      String type = Json.text(group, "type");
      boolean generic = type.isEmpty() || type.equalsIgnoreCase("Clinical Features");
      builder.section(generic ? "Clinical features" : "Clinical features: " + type, lines(group.get("features")));
    }
  }

  private static String lines(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isArray() ? String.join("\n", Json.strings(value)) : value.asText();
  }
}
