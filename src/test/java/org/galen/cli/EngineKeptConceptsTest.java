package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.source.ClinicalVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine reads the question reader's vocabulary kept by an earlier start instead of building it. */
class EngineKeptConceptsTest {
  @TempDir
  Path temp;

  @Test
  void aSecondStartReadsTheKeptVocabularyWithoutTheTerminology() throws Exception {
    DataDirectory data = new DataDirectory(temp, "--data-dir");
    Files.createDirectories(data.vocabulary());
    Files.writeString(data.vocabulary().resolve("mesh-tree-numbers.tsv"),
        "mesh_id\tmesh_name\tmesh_tree_number\nD900001\tQuenzal Fever\tC01.150.100\n");
    Optional<String> sources = Optional.of("fixture files, fixture build");
    ConceptVocabulary first = Engine.readConcepts(data, () -> ClinicalVocabulary.load(data.vocabulary()), sources);
    assertThat(data.cache().resolve(Engine.CONCEPTS)).as("kept for the next start").isRegularFile();

    Concurrently.Step<ClinicalVocabulary> notRead = () -> {
      throw new IOException("the terminology was not read");
    };
    ConceptVocabulary second = Engine.readConcepts(data, notRead, sources);
    assertThat(second.questionMentionsIn("is quenzal fever catching?"))
        .isEqualTo(first.questionMentionsIn("is quenzal fever catching?")).isNotEmpty();

    assertThatThrownBy(() -> Engine.readConcepts(data, notRead, Optional.of("other files")))
        .as("kept under other sources: built, so the terminology is needed").hasMessageContaining("not read");
  }

  @Test
  void aSecondStartReadsTheKeptDrugsAndAbbreviationsWithoutTheirFiles() throws Exception {
    DataDirectory data = new DataDirectory(temp, "--data-dir");
    Files.createDirectories(data.vocabulary());
    Path drugFile = Files.writeString(data.vocabulary().resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB90001,,Quenzatide,,,Quenza,X", ""));
    Optional<String> sources = Optional.of("fixture files, fixture build");
    ClinicalVocabulary first = Engine.readDrugsAndAbbreviations(data, sources);
    assertThat(data.cache().resolve(Engine.TERMINOLOGY)).as("kept for the next start").isRegularFile();

    Files.delete(drugFile);
    assertThat(Engine.readDrugsAndAbbreviations(data, sources).drugs()).isEqualTo(first.drugs())
        .anySatisfy(drug -> assertThat(drug.commonName()).isEqualTo("Quenzatide"));
    assertThat(Engine.readDrugsAndAbbreviations(data, Optional.of("other files")).drugs())
        .as("kept under other sources: read again").isEmpty();
  }

  @Test
  void sourcesThatCannotBeToldKeepNothing() throws Exception {
    DataDirectory data = new DataDirectory(temp, "--data-dir");
    Engine.readConcepts(data, ClinicalVocabulary::empty, Optional.empty());
    assertThat(data.cache().resolve(Engine.CONCEPTS)).doesNotExist();
    Engine.readDrugsAndAbbreviations(data, Optional.empty());
    assertThat(data.cache().resolve(Engine.TERMINOLOGY)).doesNotExist();
  }
}
