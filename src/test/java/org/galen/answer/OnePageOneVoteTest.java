package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference page split into question–answer pairs is one source: its pairs, ranked behind a
 * guideline on the narrower condition a description pictures, do not outvote it by their number.
 * A real index written for the test: a guideline on a swelling over a half-grown wisdom tooth, a
 * consumer page on mouth troubles in general in three pairs at one address, and a page on gout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnePageOneVoteTest {
  private static final String PAGE = "https://pages.example/mouth-troubles";
  private static final String QUESTION = "swollen sore gum behind a half grown wisdom tooth at the back, bad taste "
      + "in my mouth, what helps";

  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        new DocumentBuilder("nstg:wisdom-tooth-swelling", "nstg").title("Wisdom Tooth Swelling")
            .section("Clinical features", "A swollen sore gum over a half grown wisdom tooth at the back of the jaw, "
                + "with a bad taste in the mouth.")
            .section("Non-drug treatment", "Rinse the mouth with warm salt water after meals and keep the gum "
                + "behind the wisdom tooth clean.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        pair(1, "What is (are) Mouth Troubles ?", "Mouth troubles include a sore gum, a swollen gum and a bad "
            + "taste in the mouth."),
        pair(2, "What are the symptoms of Mouth Troubles ?", "A sore mouth, a swollen gum or a bad taste are "
            + "common symptoms."),
        pair(3, "What are the treatments for Mouth Troubles ?", "Brushing twice a day helps a sore gum and a "
            + "bad taste in the mouth."),
        new DocumentBuilder("nstg:gout", "nstg").title("Gout")
            .section("Clinical features", "Sudden pain at the back of the big toe at night.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  private static Document pair(int pid, String title, String answer) {
    return new DocumentBuilder("medquad:mouth-troubles-" + pid, "medquad").title(title).section("information", answer)
        .url(PAGE).focus(List.of("Mouth Troubles")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build();
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void thePairsOfOnePageRankedBehindAGuidelineDoNotTakeItsMargin() throws Exception {
    Topic topic = fixture.settle(QUESTION);
    // The page weighs as its best pair: the three together would weigh more than half the guideline.
    assertThat(topic.reasons()).as("the guideline ranked first, the page's pairs behind it")
        .anyMatch(reason -> reason.startsWith("evidence: Wisdom Tooth Swelling 1.00, Mouth Troubles")
            && reason.endsWith("decisive: Wisdom Tooth Swelling"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Wisdom Tooth Swelling");
    assertThat(fixture.ask(QUESTION, Audience.PATIENT).references().get(0).docId())
        .isEqualTo("nstg:wisdom-tooth-swelling");
  }
}
