package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.galen.answer.question.Concept;
import org.galen.answer.question.ConceptVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A combination named by its British name, which DrugBank lists only by its ingredients, is a drug
 * to the question reader, under either spelling; and a malformed list is refused with its line.
 */
class CombinationNamesTest {
  @TempDir
  Path directory;

  @Test
  void aQuestionNamingACombinationByItsBritishNameNamesADrug() throws Exception {
    Files.writeString(directory.resolve(VocabularyFiles.DRUGBANK), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB01060,APRD00248,Amoxicillin,26787-78-0,804826J2HU,Amoxicillin | Amoxycillin,X"));
    ConceptVocabulary vocabulary = ConceptVocabulary.load(directory);
    assertThat(vocabulary.mentionsIn("oral co-amoxiclav or cotrimoxazole for this ear?"))
        .extracting(m -> m.concept().name(), m -> m.concept().kind())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("co-amoxiclav", Concept.Kind.DRUG),
            org.assertj.core.groups.Tuple.tuple("co-trimoxazole", Concept.Kind.DRUG));
  }

  @Test
  void theShippedListIsReadWhole() throws Exception {
    assertThat(CombinationNames.builtIn()).hasSizeGreaterThan(10)
        .allSatisfy(entry -> assertThat(entry.commonName()).startsWith("co-"))
        .anySatisfy(entry -> assertThat(entry.synonyms()).contains("cotrimoxazole"))
        .as("the drug dictionary reads names of four words at most")
        .allSatisfy(entry -> assertThat(entry.synonyms()).allSatisfy(name ->
            assertThat(name.strip().split("\\s+")).hasSizeLessThanOrEqualTo(4)));
  }

  @Test
  void aMalformedListNamesItsLine() {
    assertThatThrownBy(() -> read("name\tother_names\n# a comment\nco-zorbaxin cozorbaxin\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    assertThatThrownBy(() -> read("drug\tnames\n")).isInstanceOf(IOException.class)
        .hasMessageContaining("first line");
  }

  private static void read(String text) throws IOException {
    CombinationNames.read(new BufferedReader(new StringReader(text)), "test.tsv");
  }
}
