package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/** A statement that refers back is said after what it refers to, or not at all. */
class AntecedentsTest {
  private static final List<String> LINES = List.of(
      "Antimuscarinic drugs: dry mouth and blurred vision.",
      "Their use is contraindicated in angle-closure glaucoma.",
      "They also worsen urinary retention.",
      "Selenium shampoo: use as above");
  private final StoredPassage passage = passage();

  @Test
  void theRestOfWhatTheSentenceBeforeNamedLeansOnItOtherWordsDoNot() {
    assertThat(List.of("Most of the other drugs should be used with caution.", "The latter is preferred.",
        "Others may cause drowsiness.", "Some of the remaining cases relapse.")).allMatch(Antecedents::leansOnBefore);
    assertThat(List.of("Otherwise the dose is halved.", "The restriction applies to children.",
        "Other causes include trauma.", "The same as adult dose.")).noneMatch(Antecedents::leansOnBefore);
  }

  @Test
  void aLeaningSentenceIsQuotableOnlyWhenWhatItLeansOnIsThere() {
    assertThat(Antecedents.quotable(passage, span(1), LINES.get(1))).isTrue();
    assertThat(Antecedents.quotable(passage, span(0), LINES.get(0))).isTrue();
    assertThat(Antecedents.quotable(passage, span(3), LINES.get(3))).as("what \"above\" is cannot be known").isFalse();
    StoredPassage alone = new StoredPassage("nstg:x", "x", "nstg", "X", "Cautions", SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, Optional.empty(), 1, new Span(0, LINES.get(1).length()),
        List.of(new Span(0, LINES.get(1).length())), LINES.get(1));
    assertThat(Antecedents.quotable(alone, new Span(0, LINES.get(1).length()), LINES.get(1)))
        .as("its passage begins with it").isFalse();
    assertThat(Antecedents.quotable(passage, span(2), LINES.get(2))).as("a second leaning sentence: the one "
        + "before it leans too").isFalse();
  }

  @Test
  void aLeaningStatementIsSaidAfterItsAntecedentEachWithItsOwnSpan() {
    Map<SectionKind, List<Candidate>> chosen = new LinkedHashMap<>();
    chosen.put(SectionKind.CAUTIONS, new ArrayList<>(List.of(candidate(1))));
    List<Candidate> placed = Antecedents.placed(chosen).get(SectionKind.CAUTIONS);
    assertThat(placed).extracting(Candidate::text).containsExactly(LINES.get(0), LINES.get(1));
    assertThat(placed).extracting(Candidate::sentence).containsExactly(span(0), span(1));
    assertThat(passage.sentenceText(placed.get(0).sentence())).isEqualTo(placed.get(0).text());
  }

  @Test
  void anAntecedentSaidElsewhereLeavesTheLeaningStatementOut() {
    Map<SectionKind, List<Candidate>> chosen = new LinkedHashMap<>();
    chosen.put(SectionKind.GUIDELINES, new ArrayList<>(List.of(candidate(0))));
    chosen.put(SectionKind.CAUTIONS, new ArrayList<>(List.of(candidate(1))));
    Map<SectionKind, List<Candidate>> placed = Antecedents.placed(chosen);
    assertThat(placed).doesNotContainKey(SectionKind.CAUTIONS);
    assertThat(placed.get(SectionKind.GUIDELINES)).extracting(Candidate::text).containsExactly(LINES.get(0));
  }

  @Test
  void aBulletedDoseLineIsSaidAfterTheLineLeadingIntoItsListEachItemAfterTheOther() {
    List<String> lines = List.of("Zelbamide is the first line treatment for adults and children:",
        "Adults: 100 mg every 12 hours", "Children under 45 kg: 2 mg/kg twice a day", "Give it with food.");
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String line : lines) {
      String written = line.endsWith(":") || line.startsWith("Give") ? line : "- " + line;
      int start = text.length() + written.indexOf(line);
      spans.add(new Span(start, start + line.length()));
      text.append(written).append("\n\n");
    }
    StoredPassage page = new StoredPassage("medquad:z", "z", "medquad", "Zelbamide", "treatment",
        SourceKind.REFERENCE, EvidenceLevel.REFERENCE, Optional.empty(), 0, new Span(0, text.length()), spans,
        text.toString());
    List<Candidate> items = List.of(1, 2, 3).stream().map(i -> new Candidate(page, spans.get(i), lines.get(i),
        SubjectMatcher.stemsOf(lines.get(i)), SectionKind.MEDICATIONS, 1, true, false)).toList();
    Map<SectionKind, List<Candidate>> chosen = new LinkedHashMap<>();
    chosen.put(SectionKind.MEDICATIONS, new ArrayList<>(items));
    assertThat(Antecedents.placed(chosen).get(SectionKind.MEDICATIONS)).extracting(Candidate::text)
        .containsExactly(lines.get(0), lines.get(1), lines.get(2), lines.get(3));
    assertThat(Antecedents.leadIn(items.get(2))).as("no bulleted dose line").isEmpty();
    Map<SectionKind, List<Candidate>> apart = new LinkedHashMap<>();
    apart.put(SectionKind.GUIDELINES, new ArrayList<>(List.of(items.get(0))));
    apart.put(SectionKind.MEDICATIONS, new ArrayList<>(List.of(items.get(1))));
    assertThat(Antecedents.placed(apart).get(SectionKind.MEDICATIONS)).extracting(Candidate::text)
        .as("its lead-in said in the first section").containsExactly(lines.get(2));
  }

  private Candidate candidate(int line) {
    return new Candidate(passage, span(line), LINES.get(line), SubjectMatcher.stemsOf(LINES.get(line)),
        SectionKind.CAUTIONS, 1, true, false);
  }

  private static Span span(int line) {
    int start = 0;
    for (int i = 0; i < line; i++) {
      start += LINES.get(i).length() + 1;
    }
    return new Span(start, start + LINES.get(line).length());
  }

  private static StoredPassage passage() {
    String text = String.join("\n", LINES);
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < LINES.size(); i++) {
      spans.add(span(i));
    }
    return new StoredPassage("nstg:x", "x", "nstg", "X", "Adverse reactions and cautions", SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, Optional.empty(), 0, new Span(0, text.length()), spans, text);
  }
}
