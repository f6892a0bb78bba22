package org.galen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * The first section: the leading source's statements that answer what was asked, ranked for the
 * question's main intent — for treatment the recommendation ("the drug of choice") and the first
 * line of the drug list; for a dose the dose line of the drug asked about; for a diagnosis the
 * confirming tests; for adverse effects the effects of the drug asked about; for prevention the
 * measures; for an overview what the condition is. The asked population's lines rank first, then
 * the asked drug's, then those sharing the question's other words; the nearest in meaning to the
 * question breaks near-ties when the embedding model is loaded ({@link MeaningOrder}), else a
 * source's own order (guidelines list first-line drugs first). A drug list's continuation
 * ("Elderly: initially half adult dose") comes with the line it goes on from, and a line leaning on
 * the sentence before ("Most of the other…") right after that sentence; a comparison quotes each
 * option. Never a goal, a lead-in, an alternative ("Or: …") unless asked for, or a line for another
 * patient's band than the one said. Immutable; thread-safe.
 */
final class BottomLine {
  /**
   * The first section's statements: three, as a clinical summary's few lines. The best-ranked line
   * is not always the one that answers (a line on another complication before the one asked about,
   * a drug's dose before its interaction asked about); a third gives the answer room without making
   * the first section a list (docs/benchmarks.md, fourteenth pass: two lines answered fewer
   * questions of every set, none more).
   */
  static final int STATEMENTS = 3;
  /**
   * A line naming the subject in a leading source on a broader condition: as much as a
   * recommendation, since the source's other lines are about its other conditions.
   */
  private static final double SUBJECT_IN_BROADER_SOURCE = 6;
  /** Question words a line must share to speak to what the comparison is about ("monotherapy", "black"). */
  private static final int MIN_COMPARISON_WORDS = 2;

  private final DrugDictionary drugs;
  private final MeaningOrder meaning;

  BottomLine(DrugDictionary drugs) {
    this(drugs, MeaningOrder.none());
  }

  BottomLine(DrugDictionary drugs, MeaningOrder meaning) {
    this.drugs = drugs;
    this.meaning = meaning;
  }

  /**
   * Up to {@value #STATEMENTS} statements from {@code source} (any section of its candidates), the
   * best answer first, or its first statement when none qualifies; when the question described the
   * subject without naming it, also a sentence saying what the subject is.
   */
  List<Candidate> choose(List<Candidate> candidates, String source, QuestionAnalysis analysis,
      SubjectMatcher subject) {
    List<Candidate> fromSource = candidates.stream().filter(c -> c.docId().equals(source)).toList();
    // The asker described the condition without naming any word of it: the first section says
    // what it is, and what helps.
    boolean described = subject.describedIn(analysis);
    Asked all = Asked.of(analysis, described);
    List<Candidate> pool = pool(candidates, fromSource, all);
    Asked asked = all.tellingApart(pool);
    // Which drug-list lines name a drug, looked up once per line (scoring asks it several times).
    // The drug asked about names its own lines though the dictionary may not hold it (a MeSH heading only).
    Set<Candidate> naming = candidates.stream()
        .filter(c -> c.section() == SectionKind.MEDICATIONS && (!drugs.mentionsIn(c.text()).isEmpty()
            || asked.drugs().stream().anyMatch(c.stems()::containsAll)))
        .collect(java.util.stream.Collectors.toSet());
    // Each statement scored once: a score may look for the line a continuation goes on from.
    java.util.Map<Candidate, Double> scores = new java.util.HashMap<>();
    // The lines under a heading for the population asked about ("Geriatric use", "2.3 Use in Renal
    // Impairment"): each heading's words read once.
    java.util.Map<String, Boolean> headings = new java.util.HashMap<>();
    Set<Candidate> headed = asked.populations().isEmpty() ? Set.of() : pool.stream()
        .filter(c -> headings.computeIfAbsent(c.passage().section(),
            heading -> Stems.of(heading).stream().anyMatch(asked.populations()::contains)))
        .collect(java.util.stream.Collectors.toSet());
    // A guideline on a broader condition leads (one on poisoning for one poison): its lines on the
    // subject answer, not those on the other conditions it covers.
    boolean ofBroaderSource = analysis.primary().kind() == Concept.Kind.CONDITION && !fromSource.isEmpty()
        && fromSource.get(0).passage().evidenceLevel() == org.galen.source.EvidenceLevel.GUIDELINE
        && !subject.mentionedIn(Stems.of(fromSource.get(0).passage().title()));
    // A line for a case the question does not tell of is an add-on for that case, never the answer.
    pool.stream().filter(c -> StatementLines.says(c, naming) && !StatementLines.forUnaskedCase(c, asked))
        .forEach(c -> scores.put(c, LineScores.score(c, asked, subject, pool, naming, headed.contains(c))
            + (ofBroaderSource && c.docId().equals(source) && subject.mentionedIn(c.stems())
                ? SUBJECT_IN_BROADER_SOURCE : 0)));
    // The best few by the words they share with the question, told apart by what they mean (a
    // follow-up means what its retrieval text asks: the subject with the new words).
    meaning.gains(analysis.retrievalText(), MeaningOrder.reorderable(ranked(scores), scores::get))
        .forEach((c, gain) -> scores.merge(c, gain, Double::sum));
    List<Candidate> ranked = ranked(scores);
    List<Candidate> lines = new ArrayList<>();
    for (Candidate line : ranked) {
      if (lines.size() >= STATEMENTS) {
        break;
      }
      if (PatientBands.forPatient(line, asked.patient()) < 0
          || PatientBands.otherBand(line, lines, asked.patient())) {
        // A line whose band excludes the patient described, or another age or weight band than the
        // patient's already said, answers for someone else.
        continue;
      }
      if (SectionClassifier.isBoxedWarning(line.passage().section(), line.passage().sourceKind())
          && BoxedWarnings.ofLabel(candidates, line.docId()).contains(line)
          && !asked.labelParts().contains(SectionClassifier.labelPart(line.passage().section()))) {
        // A boxed warning line its own marked section shows is said there, unless it is what was asked.
        continue;
      }
      if (lines.stream().anyMatch(chosen -> sameRow(chosen.text(), line.text()))) {
        // Labels of one drug from several labelers say the same sentence, and one label's tables
        // repeat a drug's row with fewer columns: it is said once.
        continue;
      }
      if (!lines.isEmpty() && LineScores.ofBothDrugs(lines.get(0), asked) && !asked.namesDrugTakenBeside(line)) {
        // What the label says of the two drugs together is the answer; its other lines are not.
        continue;
      }
      if (Antecedents.leansOnBefore(line.text())) {
        // "Most of the other drugs…" is said right after the sentence it goes on from, when both
        // fit, or not at all.
        Optional<Candidate.SourceSpanKey> before = Antecedents.of(line).map(Candidate::key);
        Optional<Candidate> antecedent = before.flatMap(key -> pool.stream().filter(c -> c.key().equals(key))
            .findFirst());
        boolean last = antecedent.isPresent() && !lines.isEmpty()
            && lines.get(lines.size() - 1).equals(antecedent.get());
        if (antecedent.isEmpty() || !last && (lines.contains(antecedent.get()) || lines.size() > STATEMENTS - 2)) {
          continue;
        }
        if (!last) {
          lines.add(antecedent.get());
        }
      }
      if (StatementLines.isContinuation(line)) {
        // "Elderly: initially half adult dose" is said with the drug line it goes on from, or not at all.
        Optional<Candidate> head = drugLineOf(line, pool, naming);
        if (head.isEmpty()) {
          continue;
        }
        if (!lines.contains(head.get())) {
          lines.add(head.get());
        }
      }
      if (!lines.contains(line)) {
        lines.add(line);
      }
    }
    if (asked.comparing()) {
      // "drug A or drug B for this patient?": what the source says of each
      // option, side by side, then the line that speaks to the rest of the question.
      lines.clear();
      for (List<Set<String>> forms : asked.options()) {
        Asked.Term option = new Asked.Term(forms);
        // An option the leading source is silent on is answered by another guideline on the subject.
        ranked.stream().filter(c -> !lines.contains(c) && option.sharedBy(c))
            .findFirst()
            .or(() -> candidates.stream().filter(c -> c.aboutSubject() && !lines.contains(c)
                    && c.passage().evidenceLevel() == org.galen.source.EvidenceLevel.GUIDELINE
                    && asked.sections().contains(c.section()) && StatementLines.says(c, naming)
                    && option.sharedBy(c))
                .max(Comparator.comparingDouble(Candidate::score)))
            .ifPresent(lines::add);
      }
      ranked.stream().filter(c -> !lines.contains(c) && LineScores.sharedWords(c, asked) >= MIN_COMPARISON_WORDS)
          .findFirst().ifPresent(lines::add);
    }
    // A question asking whether something is safe and how a condition is treated ("which antibiotic,
    // and are these drops safe?") asks for a drug as well; one about a drug has named it.
    boolean drugAsked = asked.wantsDrug() || asked.intent() == Intent.CAUTIONS
        && analysis.intents().contains(Intent.TREATMENT) && subject.isCondition();
    if (drugAsked && !asked.comparing()
        && lines.stream().noneMatch(c -> StatementLines.isDrugLine(c, naming))) {
      // A treatment question is answered with a drug when the source lists one: its best drug line.
      ranked.stream().filter(c -> StatementLines.isDrugLine(c, naming) && !StatementLines.isContinuation(c)
              && PatientBands.forPatient(c, asked.patient()) >= 0)
          .findFirst().ifPresent(drug -> {
        if (lines.size() >= STATEMENTS) {
          lines.remove(lines.size() - 1);
        }
        lines.add(drug);
      });
    }
    if (asked.intent() == Intent.DOSING && !asked.comparing() && !asked.limit()) {
      // A limit asked is answered by the line setting it, a ceiling, not by a dose.
      leadWithDose(lines, ranked, pool, naming, asked);
    }
    if (lines.isEmpty()) {
      fromSource.stream().findFirst().ifPresent(lines::add);
    }
    if (described && lines.stream().noneMatch(c -> subject.mentionedIn(c.stems()))) {
      // The leading source's own words may never name it ("Crystalline inflammatory disease…"):
      // the best sentence saying what it is by name, from its own source first, else a page about
      // it; else the source's opening sentence, which says what it is without its name (a
      // guideline's "Superficial yeast infection of the skin caused by…").
      candidates.stream().filter(c -> subject.mentionedIn(c.stems()) && LineScores.defines(c))
          .filter(c -> StatementLines.says(c, naming))
          .min(Comparator.comparingInt((Candidate c) -> c.docId().equals(source) ? 0 : 1)
              .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
              .thenComparingInt(c -> c.sentence().start()))
          .or(() -> opening(fromSource, naming).filter(c -> !lines.contains(c)))
          .ifPresent(lines::add);
    }
    return lines;
  }

  /**
   * The line a drug list's continuation goes on from: the drug line above it, or the line leading
   * into its bulleted list when that names a drug ({@link Antecedents#leadIn}).
   */
  private Optional<Candidate> drugLineOf(Candidate continuation, List<Candidate> pool, Set<Candidate> naming) {
    return StatementLines.headOf(continuation, pool, naming).or(() -> Antecedents.leadIn(continuation)
        .filter(lead -> !drugs.mentionsIn(lead.text()).isEmpty()));
  }

  /**
   * A dose question is answered with a dose when the source states one: when no line of the first
   * section states a dose or how to change one, the best line stating a dose of a drug asked about
   * where its source doses it leads, over lines that only speak of doses (how many doses make a
   * course, when to withhold one); a line stating no dose gives way. A line said only with the line
   * it goes on from is put with it, or not at all, as the ranked lines are.
   */
  private void leadWithDose(List<Candidate> lines, List<Candidate> ranked, List<Candidate> pool,
      Set<Candidate> naming, Asked asked) {
    if (lines.stream().anyMatch(c -> Amounts.statesDose(c.text())
        || DosePatterns.CHANGES_DOSE.matcher(c.text()).find())) {
      return;
    }
    for (Candidate dose : ranked) {
      if (!Amounts.statesDose(dose.text()) || !dosedThere(dose) || Antecedents.leansOnBefore(dose.text())
          || PatientBands.forPatient(dose, asked.patient()) < 0) {
        continue;
      }
      // The drug list's line a continuation goes on from: said with it, or the continuation not at all.
      Optional<Candidate> drugLine = StatementLines.isContinuation(dose) ? drugLineOf(dose, pool, naming)
          : Optional.of(dose);
      if (drugLine.isEmpty() || !asked.drugs().isEmpty() && !LineScores.namesAskedDrug(dose, drugLine.get(), asked)) {
        continue;
      }
      List<Candidate> first = drugLine.get() == dose ? List.of(dose) : List.of(drugLine.get(), dose);
      lines.removeAll(first);
      lines.addAll(0, first);
      while (lines.size() > STATEMENTS) {
        lines.remove(lines.size() - 1);
      }
      return;
    }
  }

  /**
   * Whether a line is where its source doses drugs: a label's dosage part (not the doses its
   * overdosage part tells of), a guideline's or a page's drug list.
   */
  static boolean dosedThere(Candidate c) {
    return c.passage().sourceKind() == org.galen.source.SourceKind.LABEL
        ? SectionClassifier.isDosagePart(c.passage().section(), c.passage().sourceKind())
        : c.section() == SectionKind.MEDICATIONS;
  }

  /** The same sentence, or a table's row and the same row with more cells after its own. */
  private static boolean sameRow(String one, String other) {
    return one.equals(other) || one.startsWith(other + TableRowDoses.CELL)
        || other.startsWith(one + TableRowDoses.CELL);
  }

  /** The statements scored, best first; among equals the source's order. */
  private static List<Candidate> ranked(java.util.Map<Candidate, Double> scores) {
    return scores.keySet().stream()
        .sorted(Comparator.comparingDouble((Candidate c) -> -scores.get(c)).thenComparingInt(c -> c.sentence().start())
            .thenComparing(Candidate::docId))
        .toList();
  }

  /** A source's opening sentence: the first of its overview, where a guideline says what the condition is. */
  private static Optional<Candidate> opening(List<Candidate> fromSource, Set<Candidate> naming) {
    return fromSource.stream().filter(c -> c.section() == SectionKind.OVERVIEW && StatementLines.says(c, naming))
        .min(Comparator.comparingInt(c -> c.sentence().start()))
        .filter(c -> c.sentence().equals(c.passage().sentences().get(0)));
  }

  /**
   * The leading source's statements; when none says what was asked of the drug asked about (the
   * cardiomyopathy guideline leads on ACE inhibitors, the hypertension guideline lists their
   * adverse effects), the statements that do, guidelines' first.
   */
  private static List<Candidate> pool(List<Candidate> candidates, List<Candidate> fromSource, Asked asked) {
    java.util.function.Predicate<Candidate> answers = c -> asked.sections().contains(c.section())
        && (asked.drugs().stream().anyMatch(c.stems()::containsAll) || LineScores.ofAskedDrugsLabel(c, asked));
    if (asked.drugs().isEmpty() || fromSource.stream().anyMatch(answers)) {
      return fromSource;
    }
    List<Candidate> naming = candidates.stream().filter(answers).toList();
    List<Candidate> guidelines = naming.stream()
        .filter(c -> c.passage().evidenceLevel() == org.galen.source.EvidenceLevel.GUIDELINE).toList();
    return guidelines.isEmpty() ? naming.isEmpty() ? fromSource : naming : guidelines;
  }
}
