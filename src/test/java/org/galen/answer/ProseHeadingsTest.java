package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

class ProseHeadingsTest {
  @Test
  void aTerseLineBetweenAFinishedSentenceAndAParagraphIsAHeadingAListsItemsAreNot() {
    Map<String, Boolean> lines = new LinkedHashMap<>();
    lines.put("Brannock disease is found with a few tests.", false);
    lines.put("Specialist Doctors Involved", true);
    lines.put("A liver doctor and a brain doctor may see you. They work together.", false);
    lines.put("Blood Tests", true);
    lines.put("Copper Level", true);
    lines.put("A blood test shows how much copper is in your blood.", false);
    lines.put("Signs a doctor looks for include:", false);
    lines.put("Brown rings in the eyes", false);
    lines.put("Shaking hands", false);
    lines.put("Slow speech", false);
    lines.put("These signs come on over years.", false);
    lines.put("Scans", false);
    lines.put("Ask your doctor.", false);
    lines.put("Outlook", false);
    lines.put("The disease is rare.", false);
    lines.put("Treatment is supportive", false);
    lines.put("Doctors treat the symptoms as they come, one by one.", false);
    lines.put("It runs in families.", false);
    lines.put("Shaking hands at rest", false);
    lines.put("Shaking starts in one hand and spreads over the years.", false);
    lines.put("Tests from Blood", true);
    lines.put("A second blood test shows whether the copper level falls with treatment.", false);
    lines.put("Living With Brannock Disease", true);
    StoredPassage page = passage(List.copyOf(lines.keySet()));
    for (int i = 0; i < page.sentences().size(); i++) {
      String line = page.sentenceText(page.sentences().get(i));
      assertThat(ProseHeadings.isHeading(page, page.sentences().get(i))).as(line).isEqualTo(lines.get(line));
    }
  }

  @Test
  void aHeadingIsNoStatementOfAReferencePage() {
    StoredPassage page = passage(List.of("Brannock disease is found with a few tests.", "Specialist Doctors Involved",
        "A liver doctor and a brain doctor may see you with Brannock disease."));
    Concept brannock = new Concept("Brannock disease", Concept.Origin.MESH, "D000001", List.of("Brannock disease"),
        List.of(), Concept.Kind.CONDITION);
    QuestionAnalysis asked = new QuestionAnalysis("how is brannock disease diagnosed", "how is brannock disease "
        + "diagnosed", List.of(), brannock, List.of(), "brannock disease", Set.of(), false);
    CandidateFinder finder = new CandidateFinder(new SubjectMatcher(asked, words -> false, words -> false),
        Audience.PHYSICIAN);
    assertThat(finder.inPassage(page, 0)).extracting(Candidate::text).doesNotContain("Specialist Doctors Involved")
        .contains("A liver doctor and a brain doctor may see you with Brannock disease.");
  }

  @Test
  void aLineLeadingIntoABulletedListWithoutItsColonIsNoStatementItsItemsAre() {
    StoredPassage page = passage(List.of("Brannock disease is spread by mosquitoes in the rainy season.",
        "To lower your risk of brannock disease when you travel", "- Wear insect repellent against brannock disease",
        "- Cover your arms and legs against brannock disease"));
    String text = page.text().replace("\n\n- ", "\n- ");
    StoredPassage listed = new StoredPassage(page.docId(), page.sourceId(), page.collection(), page.title(),
        page.section(), page.sourceKind(), page.evidenceLevel(), Optional.empty(), 0, new Span(0, text.length()),
        spansOf(text, List.of("Brannock disease is spread by mosquitoes in the rainy season.",
            "To lower your risk of brannock disease when you travel", "Wear insect repellent against brannock disease",
            "Cover your arms and legs against brannock disease")), text);
    Concept brannock = new Concept("Brannock disease", Concept.Origin.MESH, "D000001", List.of("Brannock disease"),
        List.of(), Concept.Kind.CONDITION);
    QuestionAnalysis asked = new QuestionAnalysis("how is brannock disease prevented", "how is brannock disease "
        + "prevented", List.of(), brannock, List.of(), "brannock disease", Set.of(), false);
    CandidateFinder finder = new CandidateFinder(new SubjectMatcher(asked, words -> false, words -> false),
        Audience.PATIENT);
    assertThat(finder.inPassage(listed, 0)).extracting(Candidate::text)
        .doesNotContain("To lower your risk of brannock disease when you travel")
        .contains("Wear insect repellent against brannock disease",
            "Brannock disease is spread by mosquitoes in the rainy season.");
    String resources = "These resources address the management of brannock disease:\n- Brannock disease drug "
        + "therapy\nThese resources offer more on brannock disease\n- Brannock disease palliative care\n";
    StoredPassage pointers = new StoredPassage(page.docId(), page.sourceId(), page.collection(), page.title(),
        page.section(), page.sourceKind(), page.evidenceLevel(), Optional.empty(), 0,
        new Span(0, resources.length()), spansOf(resources, List.of(
            "These resources address the management of brannock disease:", "Brannock disease drug therapy",
            "These resources offer more on brannock disease", "Brannock disease palliative care")), resources);
    assertThat(finder.inPassage(pointers, 0)).as("the items of a list no statement leads into").isEmpty();
  }

  private static List<Span> spansOf(String text, List<String> sentences) {
    List<Span> spans = new ArrayList<>();
    int from = 0;
    for (String sentence : sentences) {
      int start = text.indexOf(sentence, from);
      spans.add(new Span(start, start + sentence.length()));
      from = start + sentence.length();
    }
    return spans;
  }

  @Test
  void aLabelsNumberedHeadingIsNoStatementThoughItsParagraphIsShort() {
    StoredPassage page = passage(List.of("An initial dose of 10 mg per kilogram of mirodol is given.",
        "2.2 Directions for Use", "For intravenous use only.", "2.5 mg of mirodol may be given twice daily.",
        "5 WARNINGS AND PRECAUTIONS", "Mirodol may cause bleeding.", "1 Tablet Daily", "500 MG", "1 GRAM IV", "2.3 Use in Renal Impairment",
        "2.5 MG"));
    StoredPassage label = new StoredPassage("spl:1", "1", "dailymed", "MIRODOL injection", "Dosage and administration",
        SourceKind.LABEL, EvidenceLevel.LABEL, Optional.empty(), 0, page.span(), page.sentences(), page.text());
    assertThat(label.sentences()).extracting(span -> ProseHeadings.isNumberedHeading(label, span))
        .containsExactly(false, true, false, false, true, false, false, false, false, true, false);
    assertThat(ProseHeadings.isHeading(label, label.sentences().get(1)))
        .as("its paragraph is too short for the prose rule to tell it").isFalse();
    Concept mirodol = new Concept("Mirodol", Concept.Origin.DRUGBANK, "DB99999", List.of("Mirodol"), List.of(),
        Concept.Kind.DRUG);
    QuestionAnalysis asked = new QuestionAnalysis("mirodol dose", "mirodol dose", List.of(), mirodol, List.of(),
        "mirodol", Set.of(), false);
    CandidateFinder finder = new CandidateFinder(new SubjectMatcher(asked, words -> false, words -> false),
        Audience.PHYSICIAN);
    assertThat(finder.inPassage(label, 0)).extracting(Candidate::text).doesNotContain("2.2 Directions for Use")
        .contains("For intravenous use only.");
  }

  /** A reference page, one line a sentence, each its own line of the text. */
  private static StoredPassage passage(List<String> lines) {
    List<Span> spans = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      spans.add(new Span(text.length(), text.length() + line.length()));
      text.append(line).append("\n\n");
    }
    return new StoredPassage("medquad:brannock-1", "brannock-1", "medquad", "How is Brannock disease diagnosed?",
        "exams and tests", SourceKind.REFERENCE, EvidenceLevel.REFERENCE, Optional.empty(), 0,
        new Span(0, text.length()), spans, text.toString());
  }
}
