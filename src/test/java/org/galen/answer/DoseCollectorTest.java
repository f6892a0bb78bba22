package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Carrying a drug to the dose lines under it, and noting guidelines that disagree. */
class DoseCollectorTest {
  private DoseCollector collector;

  @BeforeEach
  void drugs(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB01060,APRD00248,Amoxicillin,26787-78-0,804826J2HU,Amoxicillin | Amoxycillin,X",
        "DB00254,APRD00380,Doxycycline,564-25-0,N12000U13O,Doxycycline,X",
        "DB00316,APRD00252,Acetaminophen,103-90-2,362O9ITL9D,APAP | Paracetamol,X",
        "DB01373,APRD00269,Calcium,7440-70-2,SY7Q814VUP,Calcium,X"));
    DrugDictionary drugs = DrugDictionary.load(directory);
    collector = new DoseCollector(new DoseExtractor(drugs), drugs);
  }

  @Test
  void aDoseLineTakesTheDrugNamedOnTheSourcesLinesAboveIt() {
    List<Candidate> lines = guideline("nstg:tonsillitis", "Antibiotics: Amoxicillin",
        "Adults: 250 - 500 mg orally 8 hourly for 5 - 7 days", "Children: 125 mg orally 8 hourly",
        "Bed rest", "Adults: 1 g orally");
    // The article may show them apart (the drug line in the bottom line): the source decides.
    List<Dose> doses = collector.collect(List.of(lines.get(2), lines.get(1), lines.get(4)), Map.of("nstg:tonsillitis", 1));

    assertThat(doses).extracting(Dose::drug, Dose::amount, Dose::population)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Amoxicillin", "125", "Children"),
            org.assertj.core.groups.Tuple.tuple("Amoxicillin", "250 - 500", "Adults"));
  }

  @Test
  void guidelinesListingDifferentFirstDrugsGetAConflictNoteCitingBoth() {
    List<Candidate> first = guideline("nstg:a", "Amoxicillin - Adult: 500 mg orally 8 hourly");
    List<Candidate> second = guideline("nstg:b", "Doxycycline 100 mg orally twice daily");
    List<Candidate> medications = new ArrayList<>(first);
    medications.addAll(second);

    Optional<Note> note = collector.conflict(medications, Map.of("nstg:a", 1, "nstg:b", 2), title -> false);
    assertThat(note).hasValueSatisfying(n -> {
      assertThat(n.kind()).isEqualTo("conflict");
      assertThat(n.text()).contains("[1] lists Amoxicillin first").contains("[2] lists Doxycycline first");
      assertThat(n.citations()).containsExactly(1, 2);
    });
    assertThat(collector.conflict(first, Map.of("nstg:a", 1), title -> false)).isEmpty();
  }

  @Test
  void aGuidelinesFirstLineIsTheFirstInItsOwnOrderAndOneNamingNoDrugListsNoDrugFirst() {
    List<Candidate> first = guideline("nstg:a", "Amoxicillin - Adult: 500 mg orally 8 hourly", "Paracetamol 1 g orally");
    List<Candidate> second = guideline("nstg:b", "Amoxicillin 500 mg orally 8 hourly");
    // Quoted out of the source's order, the first guideline still lists amoxicillin first.
    assertThat(collector.conflict(List.of(first.get(1), first.get(0), second.get(0)), Map.of("nstg:a", 1, "nstg:b", 2),
        title -> false)).isEmpty();
    List<Candidate> noDrugFirst = guideline("nstg:c", "Treat the underlying cause", "Doxycycline 100 mg orally twice daily");
    assertThat(collector.conflict(List.of(first.get(0), noDrugFirst.get(0), noDrugFirst.get(1)),
        Map.of("nstg:a", 1, "nstg:c", 2), title -> false)).as("a drug further down is no first choice").isEmpty();
    List<Candidate> aClass = guideline("nstg:d", "Doxycycline receptor blockers");
    assertThat(collector.conflict(List.of(first.get(0), aClass.get(0)), Map.of("nstg:a", 1, "nstg:d", 2),
        title -> false)).as("a class named after a drug is not the drug").isEmpty();
    List<Candidate> calciumClass = guideline("nstg:g", "Calcium channel blockers: Doxycycline 100 mg orally");
    assertThat(collector.conflict(List.of(first.get(0), calciumClass.get(0)), Map.of("nstg:a", 1, "nstg:g", 2),
        title -> false)).hasValueSatisfying(note -> assertThat(note.text()).contains("[2] lists Doxycycline first"));
    List<Candidate> underItsDrug = guideline("nstg:h", "Doxycycline", "Adult: 100 mg orally twice daily");
    assertThat(collector.conflict(List.of(first.get(0), underItsDrug.get(1)), Map.of("nstg:a", 1, "nstg:h", 2),
        title -> false)).as("a dose line under its drug's name").isPresent();
    List<Candidate> aMeasurement = guideline("nstg:e", "Serum doxycycline checked weekly");
    assertThat(collector.conflict(List.of(first.get(0), aMeasurement.get(0)), Map.of("nstg:a", 1, "nstg:e", 2),
        title -> false)).as("nor is a measurement of it").isEmpty();
  }

  @Test
  void aGuidelineForPeopleTheQuestionDoesNotAskAboutConflictsWithNone() {
    List<Candidate> medications = new ArrayList<>(guideline("nstg:a", "Amoxicillin - Adult: 500 mg orally 8 hourly"));
    medications.addAll(passage("nstg:f", "Tonsillitis in Pregnancy", "Drug treatment", SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, "Doxycycline 100 mg orally twice daily"));
    Map<String, Integer> cited = Map.of("nstg:a", 1, "nstg:f", 2);
    assertThat(collector.conflict(medications, cited, title -> title.contains("Pregnancy"))).isEmpty();
    assertThat(collector.conflict(medications, cited, title -> false)).isPresent();
  }

  @Test
  void aGuidelineOnAnotherConditionConflictsWithNone() {
    List<Candidate> medications = new ArrayList<>(guideline("nstg:a", "Amoxicillin - Adult: 500 mg orally 8 hourly"));
    passage("nstg:c", "Quinsy", "Drug treatment", SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE,
        "Doxycycline 100 mg orally twice daily").stream()
        .map(c -> new Candidate(c.passage(), c.sentence(), c.text(), c.stems(), c.section(), c.score(), false, false))
        .forEach(medications::add);
    assertThat(collector.conflict(medications, Map.of("nstg:a", 1, "nstg:c", 2), title -> false)).isEmpty();
  }

  @Test
  void aLabelGivesDosesFromItsDosagePartAloneWithItsOwnDrugNotTheOneAboveForLinesThatDoNotNameIt() {
    // The drug on the line above is one it is not to be mixed with: the label's own drug is the dose's.
    List<Candidate> dosage = label("Dosage and administration: 2.1 Adults", "Do not mix with doxycycline.",
        "Adults: 500 mg every 8 hours.");
    List<Candidate> studies = label("Clinical studies: 14.1 Otitis", "Adults: 500 mg every 8 hours.");
    List<Dose> doses = collector.collect(List.of(dosage.get(1), studies.get(0)), Map.of("spl:amox", 1));
    assertThat(doses).singleElement().satisfies(dose -> {
      assertThat(dose.drug()).isEqualTo("Amoxicillin");
      assertThat(dose.amount()).isEqualTo("500");
      assertThat(dose.source().start()).isEqualTo(29);
    });
  }

  @Test
  void aTableRowOfBareNumbersTakesItsUnitAndBandFromTheColumnHeadersAndRecordsThem() {
    List<Candidate> table = label("Dosage and administration: 2.2 Children", "Table 1. Dose by body weight",
        "Body Weight (kg) | Dose (mg)", "10 to 19 | 250", "≥ 20 | 500", "Table 2. Infants",
        "Weight | Dose (mg) | Note", "5 | 125");
    List<Dose> doses = collector.collect(List.of(table.get(2), table.get(3)), Map.of("spl:amox", 1));
    assertThat(doses).extracting(Dose::drug, Dose::amount, Dose::unit, Dose::population).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Amoxicillin", "250", "mg", "10 to 19"),
        org.assertj.core.groups.Tuple.tuple("Amoxicillin", "500", "mg", "≥ 20"));
    assertThat(doses.get(0).columns()).containsEntry("unit", "Dose (mg)").containsEntry("population", "Body Weight (kg)");
    assertThat(doses.get(0).spans().get("amount").of(doses.get(0).text())).isEqualTo("250");
    // Not a row of the table above: its own header line is the table's first, and it has another
    // number of cells than this row; the header itself is no row.
    assertThat(collector.collect(List.of(table.get(6), table.get(1)), Map.of("spl:amox", 1))).isEmpty();
  }

  /** One label passage whose sentences are the given lines. */
  private static List<Candidate> label(String section, String... lines) {
    return passage("spl:amox", "Amoxicillin capsules", section, SourceKind.LABEL, EvidenceLevel.LABEL, lines);
  }

  /** One guideline passage whose sentences are the given lines, one per line, as NSTG lists are. */
  private static List<Candidate> guideline(String docId, String... lines) {
    return passage(docId, "Tonsillitis", "Drug treatment", SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, lines);
  }

  private static List<Candidate> passage(String docId, String title, String section, SourceKind kind,
      EvidenceLevel level, String... lines) {
    String text = String.join("\n", lines);
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (String line : lines) {
      spans.add(new Span(at, at + line.length()));
      at += line.length() + 1;
    }
    StoredPassage passage = new StoredPassage(docId, docId, "nstg", title, section, kind, level, Optional.of(2022), 0,
        new Span(0, text.length()), spans, text);
    return spans.stream().map(span -> new Candidate(passage, span, passage.sentenceText(span), Set.of(),
        SectionKind.MEDICATIONS, 1, true, false)).toList();
  }
}
