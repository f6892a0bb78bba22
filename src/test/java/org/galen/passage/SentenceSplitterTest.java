package org.galen.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(span -> span.of(text)).toList();
  }

  @Test
  void survivesTheAbbreviationsOfMedicalProse() {
    assertThat(sentences("Smith et al. reported a 40% reduction. It was confirmed later."))
        .containsExactly("Smith et al. reported a 40% reduction.", "It was confirmed later.");
    assertThat(sentences("Drug A vs. placebo showed no difference. The trial stopped early."))
        .containsExactly("Drug A vs. placebo showed no difference.", "The trial stopped early.");
    assertThat(sentences("Give an NSAID, e.g. ibuprofen, with food. Review in a week."))
        .containsExactly("Give an NSAID, e.g. ibuprofen, with food.", "Review in a week.");
    assertThat(sentences("As shown in Fig. 2, the rate fell. Mortality was unchanged."))
        .containsExactly("As shown in Fig. 2, the rate fell.", "Mortality was unchanged.");
  }

  @Test
  void keepsDosesAndDecimalsWhole() {
    assertThat(sentences("Amoxicillin 40 mg/kg orally 8 hourly. Then 2.5 mg daily for 5 days. Stop if rash."))
        .containsExactly("Amoxicillin 40 mg/kg orally 8 hourly.", "Then 2.5 mg daily for 5 days.", "Stop if rash.");
  }

  @Test
  void lineBreaksAreAlwaysBoundaries() {
    assertThat(sentences("Earache\nFever\nEar discharge")).containsExactly("Earache", "Fever", "Ear discharge");
  }

  @Test
  void listBulletsAreNotPartOfTheSentence() {
    assertThat(sentences("Key Points\n- Leukemia may affect red blood cells.\n• Rest helps."))
        .containsExactly("Key Points", "Leukemia may affect red blood cells.", "Rest helps.");
  }

  @Test
  void offsetsIndexIntoTheWholeText() {
    String text = "Ignored prefix. First sentence here. Second one.";
    List<Span> spans = splitter.split(text, 16, text.length());
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).of(text)).isEqualTo("First sentence here.");
    assertThat(spans.get(1).start()).isEqualTo(text.indexOf("Second"));
  }

  @Test
  void passagesNeverCrossSectionsAndTheirSentencesLieInsideThem() {
    String longSection = "This sentence is about forty characters. ".repeat(40);
    Document document = new DocumentBuilder("x:1", "test").section("A", longSection).section("B", "Short one.").build();
    List<Passage> passages = new PassageSplitter().split(document);

    assertThat(passages.size()).isGreaterThan(2);
    assertThat(passages.get(passages.size() - 1).section()).isEqualTo("B");
    assertThat(passages).allSatisfy(p -> {
      assertThat(p.span().length()).isLessThanOrEqualTo(PassageSplitter.TARGET_CHARS);
      assertThat(p.sentences()).allSatisfy(s -> assertThat(s.start()).isBetween(p.span().start(), p.span().end()));
    });
    assertThat(passages).extracting(Passage::ordinal).doesNotHaveDuplicates();
  }
}
