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
 * A reference page filed under its symptoms may hold its site's whole page: what is done, and how
 * much is given, under prose headings of their own. Lines under a heading that places them go where
 * it places them; a heading that places nothing is a subheading of the part it stands in.
 */
class PagePartsTest {
  private static final String PAGE = String.join("\n\n",
      "Frothosis is an illness carried by ticks. Its first signs come a week after the bite.",
      "- Fever",
      "- Headache",
      "Rash",
      "A rash is seen in few people with frothosis, and then late in the illness.",
      "Treatment",
      "Zelbamide is the first line treatment for frothosis in people of all ages.",
      "Recommended Dosage",
      "Zelbamide is given to adults and children alike for frothosis:",
      "- Adults: 100 mg every 12 hours",
      "Patients with frothosis should be treated for at least 3 days after the fever goes.");

  @Test
  void aPlacingHeadingOpensAPartAndOneThatPlacesNothingStaysInIt() {
    List<PageParts.Part> parts = PageParts.of(PAGE);
    assertThat(parts).extracting(PageParts.Part::kind)
        .containsExactly(SectionKind.MANAGEMENT, SectionKind.MEDICATIONS);
    assertThat(PageParts.at(parts, PAGE.indexOf("A rash is seen"))).isEmpty();
    assertThat(PageParts.at(parts, PAGE.indexOf("Zelbamide is the first"))).contains(SectionKind.MANAGEMENT);
    assertThat(PageParts.at(parts, PAGE.indexOf("Patients with frothosis"))).contains(SectionKind.MEDICATIONS);
  }

  @Test
  void aPartEndsWithTheSourcesSection() {
    String symptoms = "Frothosis starts with fever. It is carried by ticks.\n\nTreatment\n\nZelbamide is given for it.";
    String outlook = "\nMost people with frothosis recover within weeks.";
    Document page = new DocumentBuilder("medquad:frothosis-2", "medquad").title("Frothosis")
        .section("symptoms", symptoms).section("outlook", outlook).focus(List.of("Frothosis"))
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build();
    List<PageParts.Part> parts = PageParts.of(page);
    assertThat(PageParts.at(parts, page.text().indexOf("Zelbamide is given"))).contains(SectionKind.MANAGEMENT);
    assertThat(PageParts.at(parts, page.text().indexOf("Most people"))).as("the next section's own").isEmpty();
  }

  @Test
  void aSymptomsPagesTreatmentUnderItsHeadingAnswersWhatHelps(@TempDir Path directory) throws Exception {
    Document page = new DocumentBuilder("medquad:frothosis-1", "medquad").title("What are the symptoms of Frothosis ?")
        .section("symptoms", PAGE).focus(List.of("Frothosis"))
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build();
    try (ComposerFixture fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(page))) {
      Article article = fixture.ask("how is frothosis treated?", Audience.PHYSICIAN);
      assertThat(article.abstained()).as(article.notes().toString()).isFalse();
      assertThat(article.sections().get(0).statements()).extracting(Statement::text)
          .anyMatch(text -> text.contains("first line treatment"));
    }
  }
}
