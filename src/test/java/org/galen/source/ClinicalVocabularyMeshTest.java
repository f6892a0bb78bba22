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
  void everyLineIsReadAsASplitOnTabsReadsIt() throws Exception {
    // Each line of up to four fields, each empty or not, with up to two tabs after it, read alone and
    // after a named line of the same id: as the split the reader used before read it.
    for (int fields = 1; fields <= 4; fields++) {
      for (int filled = 0; filled < 1 << fields; filled++) {
        for (int trailing = 0; trailing <= 2; trailing++) {
          StringBuilder line = new StringBuilder();
          for (int field = 0; field < fields; field++) {
            line.append(field == 0 ? "" : "\t").append((filled & 1 << field) != 0 ? "F" + field : "");
          }
          line.append("\t".repeat(trailing));
          for (String before : java.util.List.of("", "F0\tNamed\tC01.100\n")) {
            String text = "mesh_id\tmesh_name\tmesh_tree_number\n" + before + line + "\n";
            Path directory = Files.createDirectories(temp.resolve("case-" + fields + "-" + filled + "-" + trailing
                + (before.isEmpty() ? "" : "-after")));
            Files.writeString(directory.resolve(VocabularyFiles.MESH_TREE), text);
            assertThat(ClinicalVocabulary.load(directory).meshHeadings()).as("%s", line)
                .isEqualTo(splitOnTabs(text));
          }
        }
      }
    }
  }

  /** How the reader read MeSH's files before: a split of each line on tabs. */
  private static java.util.List<ClinicalVocabulary.MeshHeading> splitOnTabs(String text) {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    java.util.Map<String, java.util.List<String>> trees = new java.util.LinkedHashMap<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("mesh_id") || line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        continue;
      }
      names.put(fields[0], fields[1]);
      java.util.List<String> numbers = trees.computeIfAbsent(fields[0], id -> new java.util.ArrayList<>());
      if (fields.length > 2) {
        numbers.add(fields[2]);
      }
    }
    java.util.List<ClinicalVocabulary.MeshHeading> headings = new java.util.ArrayList<>();
    names.forEach((id, name) -> headings.add(new ClinicalVocabulary.MeshHeading(id, name, trees.get(id))));
    return headings;
  }

  @Test
  void theTermsFileAloneGivesNamesWithoutTrees() throws Exception {
    Files.writeString(temp.resolve(VocabularyFiles.MESH_TERMS), "mesh_id\tmesh_name\nD900001\tQuenzal Fever\n");
    assertThat(ClinicalVocabulary.load(temp).meshHeadings())
        .containsExactly(new ClinicalVocabulary.MeshHeading("D900001", "Quenzal Fever", java.util.List.of()));
  }
}
