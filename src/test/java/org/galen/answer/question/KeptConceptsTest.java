package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.source.ClinicalVocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question reader's vocabulary kept in a file: read back whole, and only under its key. */
class KeptConceptsTest {
  @TempDir
  Path temp;
  private Path vocabularyDirectory;
  private ConceptVocabulary built;

  @BeforeEach
  void buildFromFixtureFiles() throws Exception {
    vocabularyDirectory = Files.createDirectories(temp.resolve("vocabulary"));
    Files.writeString(vocabularyDirectory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D900001\tQuenzal Fever\tC01.150.100",
        "D900002\tSeizures\tC10.597.742",
        "D900003\tHematuria\tC12.777.934.284",
        "D900004\tQuenzatide\tD02.100.200"));
    Files.writeString(vocabularyDirectory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB90001,,Quenzatide,,,Quenzatide | Quenza | QZT,X",
        "DB90002,,Brolamine,,,Brolamine | Brolaminum,X"));
    Files.writeString(vocabularyDirectory.resolve("abbreviations-wikipedia.csv"), String.join("\n",
        "\"abr\",\"long_form\"", "\"QF\",\"quenzal fever\"", "\"QF\",\"quick flow\""));
    Files.writeString(vocabularyDirectory.resolve("lay-terms.tsv"), String.join("\n",
        "lay_words\tclinical_words", "still fitting\tSeizures", "blood ... pee\tHematuria", "funny turn\tFaint spells"));
    built = ConceptVocabulary.of(ClinicalVocabulary.load(vocabularyDirectory));
  }

  @Test
  void aKeptVocabularyReadsQuestionsAsTheBuiltOneDoes() throws Exception {
    Path file = temp.resolve("cache/concepts.bin");
    String key = KeptConcepts.key(vocabularyDirectory, "build 1");
    KeptConcepts.save(built, file, key);
    ConceptVocabulary kept = KeptConcepts.read(file, key).orElseThrow();
    assertThat(kept.parts()).isEqualTo(built.parts());
    String question = "My son is still fitting after Quenza for QF, and there is blood in his pee. Brolaminum?";
    assertThat(kept.questionMentionsIn(question)).isEqualTo(built.questionMentionsIn(question)).isNotEmpty();
    assertThat(kept.layDescriptionsIn(question)).hasSize(2);
    assertThat(kept.longForms("QF")).containsExactly("quenzal fever", "quick flow");
    Concept drug = kept.questionMentionsIn("quenzatide").get(0).concept();
    assertThat(kept.isMedicine(drug)).isTrue();
  }

  @Test
  void aVocabularyKeptUnderAnotherKeyOrDamagedIsNotRead() throws Exception {
    Path file = temp.resolve("concepts.bin");
    String key = KeptConcepts.key(vocabularyDirectory, "build 1");
    KeptConcepts.save(built, file, key);
    assertThat(KeptConcepts.read(file, KeptConcepts.key(vocabularyDirectory, "build 2")))
        .as("another build of Galen").isEmpty();
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 7));
    assertThat(KeptConcepts.read(file, key)).as("cut short").isEmpty();
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length + 1));
    assertThat(KeptConcepts.read(file, key)).as("with bytes after the end").isEmpty();
    assertThat(KeptConcepts.read(temp.resolve("none.bin"), key)).isEmpty();
  }

  @Test
  void theKeyChangesWithAnyVocabularyFile() throws Exception {
    String before = KeptConcepts.key(vocabularyDirectory, "build 1");
    assertThat(KeptConcepts.key(vocabularyDirectory, "build 1")).isEqualTo(before);
    Files.writeString(vocabularyDirectory.resolve("label-drugs.tsv"), "label_id\tgeneric_names\tbrand_names\n");
    String withLabels = KeptConcepts.key(vocabularyDirectory, "build 1");
    assertThat(withLabels).isNotEqualTo(before);
    Path drugs = vocabularyDirectory.resolve("drugbank-vocabulary.csv");
    Files.writeString(drugs, Files.readString(drugs) + "\nDB90003,,Zentrol,,,Zentrol,X");
    assertThat(KeptConcepts.key(vocabularyDirectory, "build 1")).isNotEqualTo(withLabels);
  }

  @Test
  void codeRunFromADirectoryOfClassesKeepsNothing() throws Exception {
    assertThat(KeptConcepts.key(vocabularyDirectory)).as("the tests run from target/classes").isEmpty();
  }

  @Test
  void theLayPhrasesKeepTheirOrderLongestFirst() throws Exception {
    Path file = temp.resolve("concepts.bin");
    String key = KeptConcepts.key(vocabularyDirectory, "build 1");
    KeptConcepts.save(built, file, key);
    List<LayPhrases.Phrase> phrases = KeptConcepts.read(file, key).orElseThrow().parts().layPhrases();
    assertThat(phrases).extracting(LayPhrases.Phrase::clinicalWords).containsExactlyElementsOf(
        built.parts().layPhrases().stream().map(LayPhrases.Phrase::clinicalWords).toList());
    assertThat(phrases).filteredOn(p -> p.clinicalWords().equals("Faint spells")).singleElement()
        .extracting(LayPhrases.Phrase::concept).as("clinical words no heading names").isNull();
  }
}
