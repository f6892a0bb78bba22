package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.Document;
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
      "- Keep the grass near the house short",
      "Where the ticks that carry frothosis are found",
      "- Vantor valley",
      "- found in damp woods near the rivers",
      "- Kellan hills",
      "- found in old pasture land",
      "*Counted over the last ten years");

  @Test
  void aBulletedLineSaysSomethingWhenItOpensAndEndsAsASentenceAndHeadsNoItems() {
    List<String> written = List.of("- Wear long sleeves outdoors", "- Vantor valley", "- found in damp woods",
        "* Counted over ten years", "- Check your skin daily,", "Ticks in the grass here", "- Trouble breathing");
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : written) {
      String said = line.replaceFirst("^[-*] ", "");
      int start = text.length() + line.indexOf(said);
      spans.add(new Span(start, start + said.length()));
      lines.add(said);
      text.append(line).append("\n\n");
    }
    StoredPassage page = new StoredPassage("medquad:f", "f", "medquad", "Frothosis", "prevention",
        SourceKind.REFERENCE, EvidenceLevel.REFERENCE, Optional.empty(), 0, new Span(0, text.length()), spans,
        text.toString());
    List<Boolean> says = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      says.add(StatementLines.says(new Candidate(page, spans.get(i), lines.get(i), SubjectMatcher.stemsOf(lines.get(i)),
          i == lines.size() - 1 ? SectionKind.SYMPTOMS : SectionKind.PREVENTION, 1, true, false), Set.of()));
    }
    assertThat(says).as("a measure; a heading of items in lower case; such an item; a footnote; a line going on; "
        + "an unbulleted short line; a sign, not a measure").containsExactly(true, false, false, false, false, false, false);
  }

  @Test
  void aBulletedMeasureAnswersHoweverShort(@TempDir Path directory) throws Exception {
    Document page = FixtureDocuments.page("medquad:frothosis-7", "Frothosis", PAGE);
    try (ComposerFixture fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(page))) {
      Article article = fixture.ask("how can I prevent frothosis?", Audience.PHYSICIAN);
      assertThat(article.abstained()).as(article.notes().toString()).isFalse();
      assertThat(article.sections().get(0).statements()).as(article.sections().toString()).extracting(Statement::text)
          .contains("Wear long sleeves outdoors");
      assertThat(article.sections()).flatExtracting(Section::statements).extracting(Statement::text)
          .as("the line leading into the list is no statement").doesNotContain("To lower your risk in wooded areas")
          .as("a bulleted line heading items in lower case").doesNotContain("Vantor valley", "Kellan hills");
      assertThat(article.sections().get(0).statements()).extracting(Statement::text)
          .as("items opening in lower case, a footnote").noneMatch(text -> text.contains("found in")
              || text.contains("Counted over"));
    }
  }
}
