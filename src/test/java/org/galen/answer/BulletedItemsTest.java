package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference page lists its measures as bulleted lines, tersely and without a full stop: each is a
 * list's item that says what to do, however short, and answers as a statement; a heading is never
 * bulleted.
 */
class BulletedItemsTest {
  private static final String PAGE = String.join("\n",
      "Frothosis is an illness carried by ticks. It is common in wooded areas in the summer months.",
      "Most people with frothosis recover within two weeks and have no lasting harm from it.",
      "To lower your risk in wooded areas",
      "- Wear long sleeves outdoors",
      "- Check your skin for ticks daily",
      "- Keep the grass near the house short");

  @Test
  void aBulletedMeasureAnswersHoweverShort(@TempDir Path directory) throws Exception {
    Document page = new DocumentBuilder("medquad:frothosis-7", "medquad").title("What is (are) Frothosis ?")
        .section("information", PAGE).focus(List.of("Frothosis"))
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build();
    try (ComposerFixture fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(page))) {
      Article article = fixture.ask("how can I prevent frothosis?", Audience.PHYSICIAN);
      assertThat(article.abstained()).as(article.notes().toString()).isFalse();
      assertThat(article.sections().get(0).statements()).as(article.sections().toString()).extracting(Statement::text)
          .contains("Wear long sleeves outdoors");
      assertThat(article.sections()).flatExtracting(Section::statements).extracting(Statement::text)
          .as("the line leading into the list is no statement").doesNotContain("To lower your risk in wooded areas");
    }
  }
}
