package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.galen.source.ClinicalVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Lay words read in questions, from a data directory's own lay-terms file and from the list Galen ships. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayWordsTest {
  private Path directory;
  private ConceptVocabulary vocabulary;
  private QuestionAnalyzer analyzer;

  @BeforeAll
  void vocabulary(@TempDir Path temp) throws Exception {
    directory = temp;
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D012640\tSeizures\tC10.597.742",
        "D012640\tSeizures\tC23.888.592.742",
        "D006417\tHematuria\tC12.777.934.442",
        "D006417\tHematuria\tC23.550.414.849",
        "D000328\tAdult\tM01.060.116",
        "D004485\tEczema\tC17.800.815"));
    Files.writeString(directory.resolve("lay-terms.tsv"), String.join("\n",
        "lay_words\tclinical_words",
        "# comments and blank lines are skipped",
        "",
        "fitting\tSeizures",
        "blood in ... urine\tHematuria",
        "blood at the end of ... urine\tterminal Hematuria",
        "wheezy\twheezing",
        "swims\tbathing wading water"));
    Files.writeString(directory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB09145,DBSALT001,Water,7732-18-5,059QF0KO0R,Water | Aqua,X"));
    vocabulary = ConceptVocabulary.load(directory);
    analyzer = new QuestionAnalyzer(vocabulary);
  }

  @Test
  void theClinicalWordsAddedAreToldApartFromTheQuestionThoughAFindingSaidAbsentWasBlanked() {
    QuestionAnalysis wheezy = analyzer.analyze("my son is wheezy at night, no fever");
    assertThat(wheezy.retrievalText()).as("the absent finding is not searched").doesNotContain("fever");
    assertThat(wheezy.addedWords()).isEqualTo("wheezing");
    assertThat(analyzer.analyze("my son is wheezy at night").addedWords()).isEqualTo("wheezing");
    assertThat(analyzer.analyze("my son coughs at night").addedWords()).isEmpty();
  }

  @Test
  void aLayWordIsReadAsItsConceptAndSearchedWithTheClinicalWords() {
    QuestionAnalysis fitting = analyzer.analyze("an adult is still fitting ten minutes on - which drug comes first?");
    assertThat(fitting.primary().name()).isEqualTo("Seizures");
    assertThat(fitting.primary().origin()).isEqualTo(Concept.Origin.LAY);
    assertThat(fitting.subject()).as("headings and searches use the vocabulary's name").isEqualTo("Seizures");
    assertThat(fitting.retrievalText()).endsWith(" Seizures");
    assertThat(fitting.others()).extracting(Concept::name).contains("Adult");
    assertThat(fitting.qualifiers()).as("when, not what").doesNotContain("still", "minut");
  }

  @Test
  void layWordsAreMatchedAsWrittenWithGapsOnlyWhereTheListAllowsThem() {
    assertThat(analyzer.analyze("loose-fitting clothes for eczema").primary().name()).isEqualTo("Eczema");
    assertThat(analyzer.analyze("he has blood in his urine").primary().name()).isEqualTo("Hematuria");
    assertThat(analyzer.analyze("blood pressure and urine tests").concepts()).extracting(Concept::name)
        .doesNotContain("Hematuria");
    QuestionAnalysis terminal = analyzer.analyze("she sees blood at the end of her urine");
    assertThat(terminal.primary().name()).as("the concept of clinical words that are no heading").isEqualTo("Hematuria");
    assertThat(terminal.retrievalText()).endsWith("terminal Hematuria");
    assertThat(analyzer.analyze("I get wheezy when I run").retrievalText()).as("words without a concept still search")
        .endsWith(" wheezing");
  }

  @Test
  void clinicalWordsThatAreNoHeadingNameOnlyAConditionOrASign() {
    QuestionAnalysis swims = analyzer.analyze("rash after he swims");
    assertThat(swims.concepts()).extracting(Concept::name).doesNotContain("Water");
    assertThat(swims.retrievalText()).endsWith("bathing wading water");
  }

  @Test
  void lightlyMisspeltLookingLayWordsAreNeverCorrected() {
    Speller speller = speller("wheezi", Optional.of("wheeze"));
    QuestionAnalysis analysis = new QuestionAnalyzer(vocabulary, speller).analyze("wheezy at night");
    assertThat(analysis.corrections()).isEmpty();
    assertThat(analysis.retrievalText()).endsWith(" wheezing");
  }

  @Test
  void aLayConceptNoSourceNamesIsNoSubject() {
    Speller noSeizures = speller("seizur", Optional.empty());
    QuestionAnalysis analysis = new QuestionAnalyzer(vocabulary, noSeizures).analyze("my son is fitting");
    assertThat(analysis.concepts()).extracting(Concept::name).doesNotContain("Seizures");
    assertThat(analysis.retrievalText()).as("its clinical words still search").endsWith(" Seizures");
  }

  @Test
  void galenShipsALayListUsedWhenTheDataDirectoryHasNone(@TempDir Path empty) throws IOException {
    assertThat(ClinicalVocabulary.load(empty).layTerms()).extracting(ClinicalVocabulary.LayTerm::layWords)
        .contains("fitting", "pee", "heart attack");
    assertThat(ClinicalVocabulary.load(directory).layTerms()).hasSize(5);
  }

  @Test
  void aMalformedLayListNamesItsLine(@TempDir Path broken) throws IOException {
    Files.writeString(broken.resolve("lay-terms.tsv"), "lay_words\tclinical_words\nfitting\tSeizures\nno tab here\n");
    assertThatThrownBy(() -> ClinicalVocabulary.load(broken)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 3").hasMessageContaining("lay-terms.tsv");
  }

  /** A speller whose index lacks the stems starting with {@code absent}, and that offers {@code correction}. */
  private static Speller speller(String absent, Optional<String> correction) {
    return new Speller() {
      @Override
      public boolean indexed(String stem) {
        return !stem.startsWith(absent);
      }

      @Override
      public Optional<String> correction(String word) {
        return correction;
      }
    };
  }
}
