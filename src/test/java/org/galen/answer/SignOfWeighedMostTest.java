package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.galen.answer.ComposerFixture.referencePage;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sign named with a description that the pages of the condition retrieval weighs most hold is a
 * sign of that condition, though a guideline on another condition names the sign with more of the
 * description's words. A real index written for the test: two reference pages on the condition the
 * description is of, the sign's own page, and a guideline ranked behind them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOfWeighedMostTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090301\tHoarseness\tC23.888.852.538"),
        List.of(
            referencePage("medquad:quellan-1", "What is (are) Quellan Throat Syndrome ?", "Quellan Throat Syndrome",
                "Quellan throat syndrome causes hoarseness and a dry cough at night in heavy adults. "
                    + "Quellan throat syndrome pauses the voice for seconds."),
            referencePage("medquad:quellan-2", "What are the treatments for Quellan Throat Syndrome ?",
                "Quellan Throat Syndrome",
                "Quellan throat syndrome with hoarseness at night in heavy adults is treated by losing weight."),
            referencePage("medquad:hoarseness-1", "What is (are) Hoarseness ?", "Hoarseness",
                "Hoarseness is a rough voice in an adult who shouts at work. It has many causes."),
            new DocumentBuilder("nstg:vocal-nodules", "nstg").title("Vocal Nodules")
                .section("Clinical features", "Hoarseness in singers and teachers, a dry cough, a sore throat after "
                    + "singing, worse at night, in children and in adults who shout at work.")
                .section("Management", "Voice rest for two weeks. Speech therapy teaches the voice to rest between "
                    + "lessons and rehearsals. Surgery is rarely needed when rest and therapy fail over months.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theConditionWeighedMostWhosePagesHoldTheSignAndDescriptionIsTheSubject() throws Exception {
    Topic topic = fixture.settle("hoarseness and a dry cough at night in a heavy adult who shouts at work, "
        + "voice pauses for seconds - what is it?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Quellan Throat Syndrome");
  }
}
