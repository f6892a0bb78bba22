package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MeSH's files read by their tabs: a heading's name and every tree number it is filed under. */
class ClinicalVocabularyMeshTest {
  @TempDir
  Path temp;

  @Test
  void aHeadingFiledInSeveralTreesIsOneHeadingWithEachNumber() throws Exception {
    Files.writeString(temp.resolve(VocabularyFiles.MESH_TREE), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D900001\tQuenzal Fever\tC01.150",
        "D900002\tQuenzatide\tD02.100.200",
        "D900001\tQuenzal Fever\tC10.228",
        "D900003\tBare Heading",
        "D900004",
        "D900005\t\tC03.100",
        "D900006\tTrailing Tab\t",
        "D900007\t",
        "D900008\tFour Fields\tC04.100\textra",
        ""));
    ClinicalVocabulary vocabulary = ClinicalVocabulary.load(temp);
    assertThat(vocabulary.meshHeadings()).containsExactly(
        new ClinicalVocabulary.MeshHeading("D900001", "Quenzal Fever", java.util.List.of("C01.150", "C10.228")),
        new ClinicalVocabulary.MeshHeading("D900002", "Quenzatide", java.util.List.of("D02.100.200")),
        new ClinicalVocabulary.MeshHeading("D900003", "Bare Heading", java.util.List.of()),
        new ClinicalVocabulary.MeshHeading("D900005", "", java.util.List.of("C03.100")),
        new ClinicalVocabulary.MeshHeading("D900006", "Trailing Tab", java.util.List.of()),
        new ClinicalVocabulary.MeshHeading("D900008", "Four Fields", java.util.List.of("C04.100")));
  }

  @Test
  void theTermsFileAloneGivesNamesWithoutTrees() throws Exception {
    Files.writeString(temp.resolve(VocabularyFiles.MESH_TERMS), "mesh_id\tmesh_name\nD900001\tQuenzal Fever\n");
    assertThat(ClinicalVocabulary.load(temp).meshHeadings())
        .containsExactly(new ClinicalVocabulary.MeshHeading("D900001", "Quenzal Fever", java.util.List.of()));
  }
}
