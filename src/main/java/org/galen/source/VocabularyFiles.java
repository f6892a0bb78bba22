package org.galen.source;

import java.util.Map;
import java.util.Optional;

/**
 * Terminology files (DrugBank, MeSH, abbreviations, lay terms) are not evidence: ingest keeps them in the data
 * directory under these names, for query expansion and question analysis.
 */
public final class VocabularyFiles {
  public static final String DRUGBANK = "drugbank-vocabulary.csv";
  public static final String ABBREVIATIONS = "abbreviations-wikipedia.csv";
  public static final String MESH_TERMS = "mesh-terms.tsv";
  public static final String MESH_TREE = "mesh-tree-numbers.tsv";
  /** Lay words and the clinical words sources use for them; Galen ships its own (see {@link ClinicalVocabulary}). */
  public static final String LAY_TERMS = "lay-terms.tsv";

  /** First line of each file → the name it is kept under. */
  private static final Map<String, String> BY_HEADER = Map.of(
      "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms", DRUGBANK,
      "\"abr\",\"long_form\"", ABBREVIATIONS,
      "mesh_id\tmesh_name\tmesh_tree_number", MESH_TREE,
      "mesh_id\tmesh_name", MESH_TERMS,
      "lay_words\tclinical_words", LAY_TERMS);

  private VocabularyFiles() {}

  /** The name a recognised vocabulary file is kept under; empty for anything else. */
  public static Optional<String> recognise(FileHead head) {
    String firstLine = head.text().lines().findFirst().orElse("").strip().replace("\uFEFF", "");
    return BY_HEADER.entrySet().stream()
        .filter(entry -> firstLine.equals(entry.getKey()) || firstLine.startsWith(entry.getKey() + ","))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
