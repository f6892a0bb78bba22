package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConceptVocabularyTest {
  @Test
  void aChemicalsNameTheStemmerCutsToAnotherWordsStemIsNamedOnlyAsWritten(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D005404\tFixatives\tD27.720.355",
        "D001513\tBeds\tE07.325.113",
        "D007166\tSwimming\tG11.427.410.698.810"));
    ConceptVocabulary vocabulary = ConceptVocabulary.load(directory);
    assertThat(Stems.key("fixed")).as("the stemmer cuts both to one stem").isEqualTo(Stems.key("Fixatives"));
    assertThat(names(vocabulary, "can her eye be fixed?")).isEmpty();
    assertThat(names(vocabulary, "a fixative was used")).containsExactly("Fixatives");
    assertThat(names(vocabulary, "which fixatives are used")).containsExactly("Fixatives");
    assertThat(names(vocabulary, "the fixative's smell")).containsExactly("Fixatives");
    assertThat(names(vocabulary, "worse in bed at night")).as("a name no longer than its stem's other forms")
        .containsExactly("Beds");
    assertThat(names(vocabulary, "after she swims")).as("no chemical: its other forms name it")
        .containsExactly("Swimming");
  }

  @Test
  void aWordTheStemmerFoldsIntoAnotherConceptsNameNamesTheConceptOfThatVeryName(@TempDir Path directory)
      throws Exception {
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D000437\tAlcoholism\tC25.775.100.250",
        "D001569\tBenzodiazepines\tD03.438.079"));
    Files.writeString(directory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB00898,APRD00738,Ethanol,64-17-5,3K9958V90M,Alcohol | Ethyl alcohol,",
        "DB99901,APRD99901,\"1,2-Benzodiazepine\",0-00-0,X,Benzodiazepine,"));
    ConceptVocabulary vocabulary = ConceptVocabulary.load(directory);
    assertThat(Stems.key("alcohol")).as("the stemmer folds both to one stem").isEqualTo(Stems.key("Alcoholism"));
    assertThat(names(vocabulary, "can I drink alcohol with it?")).containsExactly("Ethanol");
    assertThat(names(vocabulary, "how is alcoholism treated?")).containsExactly("Alcoholism");
    assertThat(names(vocabulary, "which benzodiazepine for it?")).as("a heading that is the word's own plural")
        .containsExactly("Benzodiazepines");
  }

  private static List<String> names(ConceptVocabulary vocabulary, String text) {
    return vocabulary.mentionsIn(text).stream().map(mention -> mention.concept().name()).toList();
  }
}
