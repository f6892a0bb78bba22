package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start whose question reader's vocabulary is kept reads the drugs and abbreviations alone: they
 * must be what the whole read gives, labels' names and British combination names included.
 */
class ClinicalVocabularyPartsTest {
  @TempDir
  Path temp;

  @Test
  void theDrugsAndAbbreviationsAreTheWholeReadsWithoutMeshOrLayTerms() throws Exception {
    Files.writeString(temp.resolve(VocabularyFiles.DRUGBANK), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB90001,,Quenzamycin,,,Quenzamycine | Quenzamycinum,",
        "DB90002,,Trimethoprim,,,,",
        "DB90003,,Sulfamethoxazole,,,,",
        ""));
    Files.writeString(temp.resolve(LabelDrugs.FILE), String.join("\n",
        "label_id\tgeneric_names\tbrand_names",
        "spl:fixture-1\tQuenzamycin\tQuenzex",
        ""));
    Files.writeString(temp.resolve(VocabularyFiles.ABBREVIATIONS), String.join("\n",
        "\"abr\",\"long_form\"", "\"QZF\",\"quenzal fever\"", ""));
    Files.writeString(temp.resolve(VocabularyFiles.MESH_TREE), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number", "D900001\tQuenzal Fever\tC01.150", ""));

    ClinicalVocabulary whole = ClinicalVocabulary.load(temp);
    ClinicalVocabulary names = ClinicalVocabulary.loadDrugsAndAbbreviations(temp);

    assertThat(names.drugs()).isEqualTo(whole.drugs());
    assertThat(names.drugs()).as("the label's brand name joined, a combination by its British name added")
        .anySatisfy(drug -> assertThat(drug.synonyms()).contains("Quenzex"))
        .anySatisfy(drug -> assertThat(drug.commonName()).isEqualToIgnoringCase("Co-trimoxazole"));
    assertThat(names.abbreviations()).isEqualTo(whole.abbreviations()).containsKey("QZF");
    assertThat(whole.meshHeadings()).isNotEmpty();
    assertThat(whole.layTerms()).isNotEmpty();
    assertThat(names.meshHeadings()).isEmpty();
    assertThat(names.layTerms()).isEmpty();
  }
}
