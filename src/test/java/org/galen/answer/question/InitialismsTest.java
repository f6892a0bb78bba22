package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The long form a text defines an initialism by, written before it in brackets. */
class InitialismsTest {
  @Test
  void theWordsBeforeTheBracketWhoseLettersSpellItAreItsLongForm() {
    assertThat(Initialisms.longFormsIn("Stop the drug at once: brisk muscle fever (BMF) can kill.", "BMF"))
        .containsExactly("brisk muscle fever");
    assertThat(Initialisms.longFormsIn("Give oral dorvamazine (DVZ) for six weeks.", "DVZ"))
        .as("the letters inside one word").containsExactly("dorvamazine");
    assertThat(Initialisms.longFormsIn("Patients on the ward were seen daily (BMF) by the team.", "BMF"))
        .as("words whose letters do not spell it").isEmpty();
    assertThat(Initialisms.longFormsIn("A tuba meter fault (BMF) stays.", "BMF"))
        .as("its first letter opens a word").isEmpty();
    assertThat(Initialisms.longFormsIn("Brisk muscle. Fever pain (BMF) follows.", "BMF"))
        .as("a long form stays within its sentence").isEmpty();
    assertThat(Initialisms.longFormsIn("Start QRSB decolonisation (QRSB) today.", "QRSB"))
        .as("a long form holding the initialism").isEmpty();
    assertThat(Initialisms.longFormsIn("Kidney harm (KH) and later kidney harm (KH) again.", "KH"))
        .containsExactly("Kidney harm", "kidney harm");
  }

  @Test
  void theLongFormTheTextsDefineItByMostOftenIsWhatItStandsFor() {
    List<String> texts = List.of("Brisk muscle fever (BMF) follows the drug.", "Treat brisk muscle fever (BMF) by cooling.",
        "A bone marrow failure (BMF) is rare.", "BMF needs no further test.");
    assertThat(Initialisms.definedIn(texts, "BMF")).as("defined the same way twice, another way once")
        .contains("Brisk muscle fever");
    assertThat(Initialisms.definedIn(texts.subList(1, 3), "BMF")).as("two long forms as often").isEmpty();
    assertThat(Initialisms.definedIn(texts.subList(3, 4), "BMF")).as("written, never defined").isEmpty();
  }

  @Test
  void aQuestionsInitialismNoVocabularyListsIsTheConceptItsSourcesDefine() {
    ConceptVocabulary vocabulary = ConceptVocabulary.of(new org.galen.source.ClinicalVocabulary(List.of(),
        List.of(new org.galen.source.ClinicalVocabulary.MeshHeading("D099101", "Brisk Muscle Fever",
            List.of("C10.999.101"))), java.util.Map.of("ECG", List.of("electrocardiogram"))));
    Speller sources = definingBy(initialism -> Initialisms.definedIn(
        List.of("Stop the drug: brisk muscle fever (BMF) can follow a dose increase."), initialism));
    QuestionAnalysis analysis = new QuestionAnalyzer(vocabulary, sources)
        .analyze("Rigid and sweating after the dose went up, ECG normal. Looks like BMF - how do we manage it?");
    assertThat(analysis.primary().name()).isEqualTo("Brisk Muscle Fever");
    assertThat(analysis.primary().names()).contains("BMF");
    assertThat(new QuestionAnalyzer(vocabulary).analyze("Looks like BMF - how do we manage it?").primary().name())
        .as("sources that define nothing").isNotEqualTo("Brisk Muscle Fever");
  }

  @Test
  void aStopWordInCapitalsAsksTheEvidenceNothing() {
    List<String> asked = new java.util.ArrayList<>();
    Speller counting = definingBy(initialism -> {
      asked.add(initialism);
      return Optional.empty();
    });
    ConceptVocabulary vocabulary = ConceptVocabulary.of(new org.galen.source.ClinicalVocabulary(List.of(), List.of(),
        java.util.Map.of()));
    new QuestionAnalyzer(vocabulary, counting).analyze("HOW IS BMF TREATED WITH THE DRUG?");
    assertThat(asked).contains("BMF").doesNotContain("HOW", "WITH", "THE");
  }

  /** A speller over an index holding every word, correcting none, whose sources define initialisms thus. */
  private static Speller definingBy(Function<String, Optional<String>> longForms) {
    return new Speller() {
      @Override
      public boolean indexed(String stem) {
        return true;
      }

      @Override
      public Optional<String> correction(String word) {
        return Optional.empty();
      }

      @Override
      public Optional<String> longForm(String initialism) {
        return longForms.apply(initialism);
      }
    };
  }
}
