package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.galen.source.ClinicalVocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question reader's vocabulary kept in a file: read back whole, and only under its key. */
class KeptConceptsTest {
  @TempDir
  Path temp;
  private Path vocabularyDirectory;
  private Path jar;
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
        "lay_words\tclinical_words", "fitting\tSeizures", "blood at the end of ... pee\tHematuria",
        "blood ... pee\tHematuria", "funny turn\tFaint spells"));
    built = ConceptVocabulary.of(ClinicalVocabulary.load(vocabularyDirectory));
    jar = Files.writeString(temp.resolve("galen.jar"), "a build");
  }

  private String key() {
    return KeptConcepts.key(KeptConcepts.sources(vocabularyDirectory, Optional.of(jar)).orElseThrow());
  }

  @Test
  void aKeptVocabularyReadsQuestionsAsTheBuiltOneDoes() throws Exception {
    Path file = temp.resolve("cache/concepts.bin");
    assertThat(KeptConcepts.save(built, file, key())).isTrue();
    ConceptVocabulary kept = KeptConcepts.read(file, key()).orElseThrow();
    assertThat(kept.parts()).isEqualTo(built.parts());
    assertThat(kept.parts().layPhrases()).extracting(LayPhrases.Phrase::clinicalWords)
        .as("longest first, as matched").startsWith("Hematuria", "Hematuria");
    String question = "My son is still fitting after Quenza for QF, and there is blood in his pee. Brolaminum?";
    assertThat(kept.questionMentionsIn(question)).isEqualTo(built.questionMentionsIn(question)).isNotEmpty();
    assertThat(kept.layDescriptionsIn(question)).hasSize(2);
    assertThat(kept.longForms("QF")).containsExactly("quenzal fever", "quick flow");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.longForms("QF").add("quiet fog"))
        .as("immutable, as a built one's").isInstanceOf(UnsupportedOperationException.class);
    Concept drug = kept.questionMentionsIn("quenzatide").get(0).concept();
    assertThat(kept.isMedicine(drug)).isTrue();
  }

  @Test
  void aVocabularyKeptUnderAnotherKeyOrDamagedIsNotRead() throws Exception {
    Path file = temp.resolve("concepts.bin");
    KeptConcepts.save(built, file, key());
    Path otherBuild = Files.writeString(temp.resolve("galen-other.jar"), "another build");
    assertThat(KeptConcepts.read(file,
        KeptConcepts.key(KeptConcepts.sources(vocabularyDirectory, Optional.of(otherBuild)).orElseThrow())))
        .as("another build of Galen").isEmpty();
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 7));
    assertThat(KeptConcepts.read(file, key())).as("cut short").isEmpty();
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length + 1));
    assertThat(KeptConcepts.read(file, key())).as("with bytes after the end").isEmpty();
    byte[] flipped = whole.clone();
    int inAName = new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Quenzal Fever");
    flipped[inAName] = 'X';
    Files.write(file, flipped);
    assertThat(KeptConcepts.read(file, key())).as("a byte changed inside a name").isEmpty();
    Files.write(file, whole);
    assertThat(KeptConcepts.read(file, key())).as("whole again").isPresent();
    assertThat(KeptConcepts.read(temp.resolve("none.bin"), key())).isEmpty();
  }

  @Test
  void aDamagedLengthIsRefusedNotAllocated() throws Exception {
    Path file = temp.resolve("concepts.bin");
    KeptConcepts.save(built, file, key());
    byte[] whole = Files.readAllBytes(file);
    java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(damaged)) {
      data.writeUTF("galen-concepts");
      data.write(whole, "galen-concepts".length() + 2, 4);
      data.writeUTF(key());
      data.writeInt(1);
      data.writeInt(Integer.MAX_VALUE - 8);
    }
    Files.write(file, damaged.toByteArray());
    assertThat(KeptConcepts.read(file, key())).isEmpty();
  }

  @Test
  void theSourcesChangeWithAnyVocabularyFileOrTheBuild() throws Exception {
    String before = KeptConcepts.sources(vocabularyDirectory, Optional.of(jar)).orElseThrow();
    assertThat(KeptConcepts.sources(vocabularyDirectory, Optional.of(jar))).contains(before);
    Path drugs = vocabularyDirectory.resolve("drugbank-vocabulary.csv");
    Files.setLastModifiedTime(drugs, FileTime.fromMillis(Files.getLastModifiedTime(drugs).toMillis() - 60_000));
    String older = KeptConcepts.sources(vocabularyDirectory, Optional.of(jar)).orElseThrow();
    assertThat(older).as("the same size, another time").isNotEqualTo(before);
    Files.writeString(vocabularyDirectory.resolve("label-drugs.tsv"), "label_id\tgeneric_names\tbrand_names\n");
    assertThat(KeptConcepts.sources(vocabularyDirectory, Optional.of(jar))).get().isNotEqualTo(older);
    Path otherJar = Files.writeString(temp.resolve("galen-2.jar"), "a build");
    assertThat(KeptConcepts.sources(vocabularyDirectory, Optional.of(otherJar)))
        .get().isNotEqualTo(KeptConcepts.sources(vocabularyDirectory, Optional.of(jar)).orElseThrow());
    assertThat(KeptConcepts.sources(vocabularyDirectory, Optional.empty())).as("no build known").isEmpty();
  }

  @Test
  void codeRunFromADirectoryOfClassesKeepsNothing() {
    assertThat(KeptConcepts.sources(vocabularyDirectory)).as("the tests run from target/classes").isEmpty();
  }
}
