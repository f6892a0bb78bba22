package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/** Research bullets quote what a study found, never how it was done. */
class CandidateFinderTest {
  private static final Concept ORLISTAT = new Concept("Orlistat", Concept.Origin.DRUGBANK, "DB01083",
      List.of("Orlistat"), List.of(), Concept.Kind.DRUG);
  private static final QuestionAnalysis ASKED = new QuestionAnalysis("Orlistat dose?", "Orlistat dose?", List.of(),
      ORLISTAT, List.of(), "Orlistat", Set.of(), false);
  private final CandidateFinder finder = new CandidateFinder(new SubjectMatcher(ASKED, words -> false, words -> false),
      Audience.PHYSICIAN);

  @Test
  void methodsPartsAndSentencesOnWhatTheAuthorsDidAreNoResearchBullets() {
    assertThat(texts("METHODS", "Orlistat 120 mg was given three times daily to 200 obese adults in the trial."))
        .as("an abstract's methods part").isEmpty();
    assertThat(texts("RESULTS", "We performed a prospective cohort study of orlistat in an obese population.",
        "Forty patients were randomized to orlistat or placebo for twelve weeks of follow-up.",
        "Orlistat reduced weight by 2.9 kg more than placebo at one year in obese adults."))
        .containsExactly("Orlistat reduced weight by 2.9 kg more than placebo at one year in obese adults.");
  }

  @Test
  void playerTextAndReferenceListEntriesAreNoStatements() {
    assertThat(texts("RESULTS", "To reduce the orlistat video, press the Escape (Esc) button on your keyboard.",
        "Smith J, Jones MA, Brown K. Orlistat and weight loss in adults. Obes Rev 2010;11(3):120-9.",
        "Orlistat was associated with modest weight loss compared with placebo in adults."))
        .containsExactly("Orlistat was associated with modest weight loss compared with placebo in adults.");
  }

  @Test
  void aSummarysPointersToTrialListingsAndSearchesAreNoStatements() {
    assertThat(texts("RESULTS", "Check the list of supported clinical trials now accepting patients taking orlistat.",
        "For more specific results, refine the search by using other search features, such as the drug.",
        "Talk with your doctor about clinical trials that may be right for you.",
        "General information about clinical trials is available from the institute's website.",
        "Orlistat was tested in clinical trials of obese adults and lowered weight by 3 kg."))
        .containsExactly("Orlistat was tested in clinical trials of obese adults and lowered weight by 3 kg.");
  }

  @Test
  void aPointerToAnotherSiteIsNoStatement() {
    assertThat(texts("RESULTS", "You can view detailed information about orlistat on the society's Web site.",
        "More on orlistat is on the agency's webpage at www.example.org for patients.",
        "Orlistat lowered weight by 3 kg in obese adults."))
        .containsExactly("Orlistat lowered weight by 3 kg in obese adults.");
  }

  @Test
  void aPagesLinkToARelatedTopicIsNoStatement() {
    assertThat(texts("RESULTS", "More on: orlistat for weight loss in adults", "Orlistat lowered weight by 3 kg in obese adults."))
        .containsExactly("Orlistat lowered weight by 3 kg in obese adults.");
  }

  @Test
  void aSentenceLeaningOnTheOneBeforeIsACandidateOnlyWhenThatOneIsThere() {
    assertThat(texts("RESULTS", "They're also known as lipase inhibitors, like orlistat, and are taken with meals.",
        "Orlistat lowers fat absorption from the gut in obese adults."))
        .containsExactly("Orlistat lowers fat absorption from the gut in obese adults.");
    assertThat(texts("RESULTS", "Orlistat lowers fat absorption from the gut in obese adults.",
        "They're also known as lipase inhibitors, like orlistat, and are taken with meals."))
        .as("said after the sentence it leans on (Antecedents)").hasSize(2);
  }

  @Test
  void anotherConditionsPageIsQuotedOnlyWhenTheSubjectHasNoPageOfItsOwn() {
    Concept blister = new Concept("Blister", Concept.Origin.MESH, "D001768", List.of("Blister"), List.of(),
        Concept.Kind.CONDITION);
    QuestionAnalysis asked = new QuestionAnalysis("painful blisters on my chest", "painful blisters on my chest",
        List.of(), blister, List.of(), "blisters", Set.of(), false);
    CandidateFinder blisters = new CandidateFinder(new SubjectMatcher(asked, words -> false, words -> false),
        Audience.PATIENT);
    org.galen.retrieve.PassageHit shingles = page("medquad:shingles", "What is (are) Shingles ?",
        "Shingles causes a band of painful blisters on one side of the body.", 1);
    org.galen.retrieve.PassageHit own = page("medquad:blister", "What is (are) Blister ?",
        "A blister is a small pocket of fluid in the upper layers of the skin.", 2);
    assertThat(blisters.find(List.of(shingles))).extracting(Candidate::docId).containsExactly("medquad:shingles");
    assertThat(blisters.find(List.of(shingles, own))).extracting(Candidate::docId).containsExactly("medquad:blister");
  }

  @Test
  void aGuidelinesLineNamingWhatItsTitleLeavesOutNamesTheSubjectWithIt() {
    Concept pinta = new Concept("Dermatitis, Pinta", Concept.Origin.MESH, "D000001", List.of("Pinta dermatitis"),
        List.of(), Concept.Kind.CONDITION);
    QuestionAnalysis asked = new QuestionAnalysis("pinta dermatitis in contacts", "pinta dermatitis in contacts",
        List.of(), pinta, List.of(), "pinta dermatitis", Set.of(), false);
    CandidateFinder finder = new CandidateFinder(new SubjectMatcher(asked, words -> false, words -> false),
        Audience.PHYSICIAN);
    List<String> lines = List.of("Doxycycline for prophylaxis of household contacts during pinta outbreaks",
        "Emollients twice daily for the dry skin of any cause");
    String text = String.join("\n", lines);
    StoredPassage guideline = new StoredPassage("nstg:dermatitis", "dermatitis", "nstg", "Dermatitis",
        "Drug treatment", SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, Optional.of(2022), 0,
        new Span(0, text.length()), spansOf(lines), text);
    assertThat(finder.inPassage(guideline, 0)).extracting(Candidate::text)
        .as("the title names dermatitis, the line pinta: together the subject; the other line neither")
        .containsExactly("Doxycycline for prophylaxis of household contacts during pinta outbreaks");
  }

  @Test
  void aDrugListsLineGoingOnFromTheDrugAskedIsAboutIt() {
    List<String> lines = List.of("Orlistat: 1st line drug when diet alone fails", "Adult: 120 mg three times daily "
        + "with meals", "Metformin in those with diabetes", "Adult: 500 mg twice daily with meals");
    String text = String.join("\n", lines);
    StoredPassage guideline = new StoredPassage("nstg:obesity", "obesity", "nstg", "Obesity", "Drug treatment",
        SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, Optional.of(2022), 0, new Span(0, text.length()),
        spansOf(lines), text);
    assertThat(finder.inPassage(guideline, 0)).extracting(Candidate::text)
        .containsExactly("Orlistat: 1st line drug when diet alone fails", "Adult: 120 mg three times daily with meals");
  }

  @Test
  void theItemsOfAListWhoseLeadInIsNoStatementAreNoneEither() {
    String links = "These resources address the diagnosis or management of orlistat use:";
    String lead = "Orlistat's side effects include:";
    List<Span> spans = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (List<String> list : List.of(List.of(links, "Orlistat Tests", "Orlistat Therapy"),
        List.of(lead, "Oily spotting from orlistat", "Orlistat flatus with discharge"))) {
      spans.add(new Span(text.length(), text.length() + list.get(0).length()));
      text.append(list.get(0)).append('\n');
      for (String item : list.subList(1, list.size())) {
        text.append("- ");
        spans.add(new Span(text.length(), text.length() + item.length()));
        text.append(item).append('\n');
      }
    }
    StoredPassage page = new StoredPassage("medquad:orlistat", "orlistat", "medquad", "What is (are) Orlistat ?",
        "treatment", SourceKind.REFERENCE, EvidenceLevel.REFERENCE, Optional.empty(), 0, new Span(0, text.length()),
        spans, text.toString());
    // The links' items go with their lead-in; a list a statement leads in keeps its items.
    assertThat(finder.inPassage(page, 0)).extracting(Candidate::text).containsExactly("Oily spotting from orlistat",
        "Orlistat flatus with discharge");
  }

  @Test
  void anOverviewsListGoesWhereTheSentenceLeadingIntoItGoes() {
    List<String> sentences = List.of("Orlistat is a medicine taken with meals.",
        "There are ways to reduce the risk of its side effects with orlistat.", "These include",
        "Eating less fat with orlistat.", "Orlistat taken with the main meals only. Not with snacks for orlistat.",
        "Orlistat was first sold in 1999.", "Keeping orlistat dry");
    List<Span> spans = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      boolean item = sentence.startsWith("Eating") || sentence.startsWith("Orlistat taken") || sentence.startsWith("Keeping");
      if (item) {
        text.append("- ");
      }
      if (sentence.contains(". Not with")) {
        int cut = sentence.indexOf(" Not with");
        spans.add(new Span(text.length(), text.length() + cut));
        spans.add(new Span(text.length() + cut + 1, text.length() + sentence.length()));
      } else {
        spans.add(new Span(text.length(), text.length() + sentence.length()));
      }
      text.append(sentence).append('\n');
    }
    StoredPassage page = new StoredPassage("medquad:orlistat", "orlistat", "medquad", "What is (are) Orlistat ?",
        "information", SourceKind.REFERENCE, EvidenceLevel.REFERENCE, Optional.empty(), 0, new Span(0, text.length()),
        spans, text.toString());
    java.util.Map<String, SectionKind> kinds = new java.util.HashMap<>();
    finder.inPassage(page, 0).forEach(c -> kinds.put(c.text(), c.section()));
    assertThat(kinds.get("Eating less fat with orlistat.")).isEqualTo(SectionKind.PREVENTION);
    assertThat(kinds.get("Not with snacks for orlistat.")).as("a second sentence of an item").isEqualTo(SectionKind.PREVENTION);
    assertThat(kinds.get("Keeping orlistat dry")).as("a list after a sentence leading nowhere").isEqualTo(SectionKind.OVERVIEW);
  }

  private static org.galen.retrieve.PassageHit page(String docId, String title, String text, int rank) {
    StoredPassage passage = new StoredPassage(docId, docId, "medquad", title, "information", SourceKind.REFERENCE,
        EvidenceLevel.REFERENCE, Optional.empty(), 0, new Span(0, text.length()), List.of(new Span(0, text.length())),
        text);
    return new org.galen.retrieve.PassageHit(rank, 1, passage);
  }

  private List<String> texts(String section, String... sentences) {
    String text = String.join(" ", sentences);
    StoredPassage passage = new StoredPassage("pmid:1", "1", "pubmedqa", "A trial of orlistat in obesity", section,
        SourceKind.RESEARCH, EvidenceLevel.UNKNOWN, Optional.of(2010), 0, new Span(0, text.length()),
        spansOf(List.of(sentences)), text);
    return finder.inPassage(passage, 0).stream().map(Candidate::text).toList();
  }

  /** Where each part stands in the parts joined by one character (a space or a line break). */
  private static List<Span> spansOf(List<String> parts) {
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (String part : parts) {
      spans.add(new Span(at, at + part.length()));
      at += part.length() + 1;
    }
    return spans;
  }
}
