package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.galen.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyTest {
  private Vocabulary vocabulary;

  @BeforeAll
  void load() throws Exception {
    Path folder = SharedData.require("vocab");
    vocabulary = Vocabulary.load(folder);
  }

  @Test
  void drugNamesExpandToTheirDrugBankSynonymsWhateverTheCase() {
    assertThat(vocabulary.alternativesIn("Acetaminophen dose in children")).contains("Paracetamol");
    assertThat(vocabulary.alternativesIn("paracetamol overdose")).contains("Acetaminophen");
  }

  @Test
  void onlyUnambiguousAbbreviationsWrittenAsAbbreviationsExpand() {
    assertThat(vocabulary.alternativesIn("Is MS hereditary?")).isEmpty();
    assertThat(vocabulary.alternativesIn("treat all patients early")).isEmpty();
  }

  @Test
  void aNameOfMoreThanFourWordsOrOtherThanPlainLettersIsNoAlternative(@org.junit.jupiter.api.io.TempDir Path temp)
      throws Exception {
    java.nio.file.Files.writeString(temp.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB90001,,Quenzatide,,,Quenza  nasal spray form | Quenza one two three four | Quenzatide-2 | Qzt,"));
    Vocabulary fixture = Vocabulary.load(temp);
    assertThat(fixture.alternativesIn("quenzatide dose"))
        .as("four words (two spaces between two of them) are a name; five are not; a digit, or fewer than four"
            + " letters, make none")
        .containsExactly("Quenza  nasal spray form");
  }

  @Test
  void aMissingVocabularyDirectoryGivesNoExpansion() throws Exception {
    Vocabulary none = Vocabulary.load(Path.of("no-such-directory"));
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.alternativesIn("paracetamol")).isEmpty();
  }
}
