package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.galen.answer.question.Stems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition the evidence settles, named by no vocabulary, keeps the words the question writes
 * right before its name as what kind of it is asked of, when it writes only part of the name. A real
 * index of two guidelines written for the test, one's drug list a line per form of the condition.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualifierBeforeNameTest {
  private static final EvidenceTopics.Condition GRELLAN_RASH = new EvidenceTopics.Condition("Grellan Rash",
      List.of("Grellan Rash"), Set.of("grellan", "rash"), 1, 1, Set.of("nstg:grellan-rash"));

  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        FixtureDocuments.guideline("nstg:grellan-rash", "Grellan Rash Vulgaris", "Drug treatment",
            "Comedonal grellan rash: Ferrodol 100 mg orally once daily\n"
                + "Mild grellan rash: Ferrodol 50 mg orally once daily\n"
                + "Moderate inflammatory grellan rash: Brantomycin 100 mg orally once daily\n"
                + "Severe nodular grellan rash: refer to a dermatologist"),
        // Another source naming the condition in passing: its name's words are no source's own.
        FixtureDocuments.guideline("nstg:sore-foot", "Sore Foot", "Introduction",
            "A sore foot after a long walk, unlike grellan rash, is not itchy.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theWordsRightBeforeTheNameInOnePhraseQualifyIt() {
    assertThat(SettledAnalysis.writtenBefore("teenager with papules - first-line for moderate inflammatory "
        + "grellan rash?", GRELLAN_RASH)).isEqualTo(Stems.of("moderate inflammatory"));
    assertThat(SettledAnalysis.writtenBefore("late-stage grellan rash", GRELLAN_RASH))
        .as("a hyphen joins a phrase").isEqualTo(Stems.of("late stage"));
    assertThat(SettledAnalysis.writtenBefore("papules, pustules and grellan rash", GRELLAN_RASH))
        .as("a stop word ends the phrase").isEmpty();
    assertThat(SettledAnalysis.writtenBefore("papules on the cheeks - grellan rash?", GRELLAN_RASH))
        .as("\" - \" parts two clauses").isEmpty();
    assertThat(SettledAnalysis.writtenBefore("papules on the cheeks, itchy at night", GRELLAN_RASH))
        .as("no name written, nothing qualifies").isEmpty();
  }

  @Test
  void theBottomLineIsTheLineOfTheFormAskedOf() throws Exception {
    String question = "Teenager with papules on the cheeks - what's first-line for moderate inflammatory grellan rash?";
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().subject()).as(topic.reasons().toString()).isEqualTo("Grellan Rash Vulgaris");
    Article article = fixture.ask(question, Audience.PHYSICIAN);
    assertThat(article.sections().get(0).statements().get(0).text()).contains("Brantomycin");
  }
}
