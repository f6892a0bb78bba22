package org.galen.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.galen.passage.Span;
import org.galen.source.SourceKind;

/**
 * Reads the structured doses of an article's medication statements, carrying a drug named on one
 * guideline line to the dose line under it, and notes where two guidelines name different
 * first-line drugs.
 */
final class DoseCollector {
  /**
   * Doses are read from guidelines and reference pages, and from a label's dosage part alone
   * ({@link #dosing}): a trial's arms are not recommendations, nor a label's studies, overdoses or
   * pharmacokinetics.
   */
  private static final Set<SourceKind> DOSING_SOURCES = Set.of(SourceKind.GUIDELINE, SourceKind.REFERENCE);

  /** Adult, child and neonate lines under one drug: a guideline rarely lists more. */
  private static final int MAX_LINES_ABOVE = 5;

  private final DoseExtractor extractor;
  private final TableRowDoses tableRows;
  private final DrugDictionary drugs;

  DoseCollector(DoseExtractor extractor, DrugDictionary drugs) {
    this.extractor = extractor;
    this.tableRows = new TableRowDoses(drugs);
    this.drugs = drugs;
  }

  /** The doses in cited medication statements, in statement order. */
  List<Dose> collect(List<Candidate> statements, Map<String, Integer> citationOf) {
    List<Dose> doses = new ArrayList<>();
    for (Candidate statement : statements) {
      if (!dosing(statement)) {
        continue;
      }
      SourceSpan source = new SourceSpan(statement.docId(), statement.sentence().start(), statement.sentence().end());
      // A label's lines are about its own drug; the drugs on its lines above are diluents,
      // interacting drugs and comparators, never the drug a dose line leaves unnamed.
      Optional<DrugDictionary.Drug> carried = statement.passage().sourceKind() == SourceKind.LABEL
          ? labelsDrug(statement) : drugAbove(statement);
      int citation = citationOf.get(statement.docId());
      List<Dose> read = extractor.extract(statement.text(), carried, source, citation);
      if (read.isEmpty()) {
        // A table row of bare numbers: the unit is its column header's.
        read = TableRowDoses.header(linesTo(statement))
            .map(header -> tableRows.read(header, statement.text(), carried, source, citation)).orElse(List.of());
      }
      doses.addAll(read);
    }
    return doses;
  }

  /** The lines of the statement's passage up to it, itself last. */
  private static List<String> linesTo(Candidate statement) {
    List<Span> sentences = statement.passage().sentences();
    return sentences.subList(0, sentences.indexOf(statement.sentence()) + 1).stream()
        .map(statement.passage()::sentenceText).toList();
  }

  private static boolean dosing(Candidate statement) {
    SourceKind kind = statement.passage().sourceKind();
    return DOSING_SOURCES.contains(kind) || kind == SourceKind.LABEL
        && SectionClassifier.isDosagePart(statement.passage().section(), kind);
  }

  /**
   * A label's own drug, for its dose lines that do not name it ("Take 1 tablet every 8 to 12
   * hours"): the one drug its title names; none for a combination, whose lines must say which.
   */
  private Optional<DrugDictionary.Drug> labelsDrug(Candidate statement) {
    List<DrugDictionary.Drug> named = drugs.drugsIn(statement.passage().title());
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /**
   * The drug a guideline named on the lines just above a dose line, in the source itself (not in
   * the article, which may have placed them apart): "Antibiotics: Amoxicillin" / "Adults: 250 - 500
   * mg ..." / "Children: ...".
   */
  private Optional<DrugDictionary.Drug> drugAbove(Candidate statement) {
    List<Span> sentences = statement.passage().sentences();
    int at = sentences.indexOf(statement.sentence());
    List<String> above = new ArrayList<>();
    for (int i = Math.max(0, at - MAX_LINES_ABOVE); i < at; i++) {
      above.add(statement.passage().sentenceText(sentences.get(i)));
    }
    return drugAbove(drugs, above);
  }

  /**
   * The drug named last on {@code linesAbove} (the nearest last): the walk up stops at a line with
   * neither a drug nor a dose, and goes at most {@value #MAX_LINES_ABOVE} lines.
   */
  static Optional<DrugDictionary.Drug> drugAbove(DrugDictionary drugs, List<String> linesAbove) {
    for (int i = linesAbove.size() - 1; i >= 0 && i >= linesAbove.size() - MAX_LINES_ABOVE; i--) {
      String line = linesAbove.get(i);
      List<DrugDictionary.Mention> named = drugs.mentionsIn(line);
      if (!named.isEmpty()) {
        return Optional.of(named.get(named.size() - 1).drug());
      }
      if (!DoseExtractor.hasAmount(line)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * When two guidelines on the article's subject ({@link Candidate#aboutSubject}: titled with it, a
   * broader condition covering it, or about it under another name) start their medication lists with
   * different drugs, the article says so and cites both, rather than presenting one as the answer. A
   * guideline on another condition quoted beside them (what to give when a joint is infected, on a
   * question about gout) disagrees with nothing; nor does one for people the question does not ask
   * about ("… in Pregnancy" beside a question on a man). A guideline's first line is the first of its lines
   * quoted, in its own order; one naming no drug ("Treat the underlying cause", a class such as
   * "Angiotensin II receptor blockers") lists no drug first: a drug named further down is no first choice.
   */
  Optional<Note> conflict(List<Candidate> medications, Map<String, Integer> citationOf,
      Predicate<String> forOtherPeople) {
    Map<String, Candidate> firstLineByDoc = new LinkedHashMap<>();
    for (Candidate statement : medications) {
      if (statement.passage().sourceKind() == SourceKind.GUIDELINE && statement.aboutSubject()
          && !forOtherPeople.test(statement.passage().title())) {
        firstLineByDoc.merge(statement.docId(), statement, (first, next) -> inSourceOrder(next, first) ? next : first);
      }
    }
    Map<String, String> firstDrugByDoc = new LinkedHashMap<>();
    firstLineByDoc.forEach((docId, line) -> drugGiven(line).ifPresent(drug -> firstDrugByDoc.put(docId, drug.name())));
    if (Set.copyOf(firstDrugByDoc.values()).size() < 2) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    firstDrugByDoc.forEach((docId, drug) -> parts.add("[" + citationOf.get(docId) + "] lists " + drug + " first"));
    return Optional.of(new Note("conflict", "The guidelines cited differ: " + String.join("; ", parts)
        + ". Both are shown, attributed; weigh them against the patient and local policy.",
        firstDrugByDoc.keySet().stream().map(citationOf::get).toList()));
  }

  /** Whether {@code line} comes before {@code other} in their (same) document. */
  private static boolean inSourceOrder(Candidate line, Candidate other) {
    return line.passage().ordinal() != other.passage().ordinal() ? line.passage().ordinal() < other.passage().ordinal()
        : line.sentence().start() < other.sentence().start();
  }

  /**
   * The drug a line gives: the first it names as a drug given (not as part of a class or a
   * measurement, as the dose reader reads them); for a dose line naming none, the drug named on the
   * lines just above it in the source ("Sodium valproate" / "Adult: 750 mg …").
   */
  private Optional<DrugDictionary.Drug> drugGiven(Candidate line) {
    List<DrugDictionary.Drug> named = extractor.drugsGivenIn(line.text());
    if (!named.isEmpty()) {
      return Optional.of(named.get(0));
    }
    return DoseExtractor.hasAmount(line.text()) ? drugAbove(line) : Optional.empty();
  }
}
