package org.galen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.LimitWords;
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
  /** Question words a line shares that count: past a few, a long line would win by length alone. */
  private static final int MAX_SHARED_WORDS = 3;
  /** A line under the source's heading for the asked population, beyond being for that population. */
  private static final double POPULATION_HEADING = 6;
  /** A line naming the drug taken beside the asked one: as much as a line for the asked population. */
  private static final double TAKEN_BESIDE = 10;
  /** A ceiling stated, when a limit is asked: as much as the asked drug named. */
  private static final double LIMIT_STATED = 8;
  /**
   * A line stating a time: an amount of hours to months ("2 hours before", "24 - 28 weeks", "for
   * 5 days"), a trimester, a visit, or how often ("annually"). Years are left out: a line's years
   * are most often an age band ("Child 2 - 12 years").
   */
  private static final Pattern STATES_TIME = Pattern.compile("(?i)\\b\\d+(?:\\s*(?:-|–|to|and)\\s*\\d+)?\\s*"
      + "(?:hours?|hrs?|days?|weeks?|wks?|months?)\\b|\\btrimester\\b|\\b(?:annually|yearly|monthly|weekly)\\b"
      + "|\\b(?:first|booking|antenatal) visit\\b");
  /**
   * A line of the label part the question names: as much as the section an intent asks for and a
   * recommendation together (10 + 6) — the question said where its answer is.
   */
  private static final double LABEL_PART_NAMED = 16;
  /**
   * A time stated, when when or how long is asked: as much as the label part a question names —
   * the question said what its answer is, a time, wherever the source says it.
   */
  private static final double TIME_STATED = LABEL_PART_NAMED;

  /**
   * A line of prose naming a test, when how a condition is diagnosed or confirmed is asked: as much
   * as a recommendation when a drug is asked for — what answers, against lines saying only that a
   * diagnosis is made.
   */
  private static final double TEST_NAMED = 6;

  /** Words a source uses for its recommendation. */
  private static final Pattern RECOMMENDATION = Pattern.compile("(?i)\\b(?:(?:drugs?|medicines?|treatment|agents?)"
      + " of (?:first )?choice|(?:first|1st)[- ]line|mainstay|recommended|preferred|treatment of choice)\\b");
  /** "not recommended", "not routinely recommended", "no longer recommended": the opposite. */
  private static final Pattern NOT_RECOMMENDED = Pattern.compile("(?i)\\b(?:not|no longer|never)\\s+(?:\\w+\\s+)?"
      + "(?:recommended|preferred)\\b");
  /** A second choice: "Or: Tetracycline…", "Alternative regimen for penicillin-allergic patients: …". */
  private static final Pattern ALTERNATIVE = Pattern.compile("(?i)^(?:or\\b|alternatives?\\b|alternatively\\b)|"
      + "\\b(?:second[- ]line|if (?:allergic|intolerant)|allergic to)\\b");
  /** What a guideline aims for is no recommendation ("To eradicate the fluke and ova"). */
  private static final Pattern GOALS = Pattern.compile("(?i)goals?");
  /** A sentence saying what something is: "Gout is a form of arthritis". */
  private static final Pattern DEFINITION = Pattern.compile("(?i)\\b(?:is|are) (?:an?|the|one|also|caused|"
      + "usually|common|inflammation|infection)\\b|\\brefers to\\b|\\bis defined\\b");

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
        .forEach(c -> scores.put(c, score(c, asked, subject, pool, naming, headed.contains(c))
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
      if (lines.stream().anyMatch(chosen -> chosen.text().equals(line.text()))) {
        // Labels of one drug from several labelers say the same sentence: it is said once.
        continue;
      }
      if (!lines.isEmpty() && ofBothDrugs(lines.get(0), asked) && !asked.namesDrugTakenBeside(line)) {
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
        Optional<Candidate> head = StatementLines.headOf(line, pool, naming);
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
      ranked.stream().filter(c -> !lines.contains(c) && sharedWords(c, asked) >= MIN_COMPARISON_WORDS).findFirst()
          .ifPresent(lines::add);
    }
    if (asked.wantsDrug() && !asked.comparing()
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
    if (lines.isEmpty()) {
      fromSource.stream().findFirst().ifPresent(lines::add);
    }
    if (described && lines.stream().noneMatch(c -> subject.mentionedIn(c.stems()))) {
      // The leading source's own words may never name it ("Crystalline inflammatory disease…"):
      // the best sentence saying what it is by name, from its own source first, else a page about
      // it; else the source's opening sentence, which says what it is without its name (a
      // guideline's "Superficial yeast infection of the skin caused by…").
      candidates.stream().filter(c -> subject.mentionedIn(c.stems()) && DEFINITION.matcher(c.text()).find())
          .filter(c -> StatementLines.says(c, naming))
          .min(Comparator.comparingInt((Candidate c) -> c.docId().equals(source) ? 0 : 1)
              .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
              .thenComparingInt(c -> c.sentence().start()))
          .or(() -> opening(fromSource, naming).filter(c -> !lines.contains(c)))
          .ifPresent(lines::add);
    }
    return lines;
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
        && (asked.drugs().stream().anyMatch(c.stems()::containsAll) || ofAskedDrugsLabel(c, asked));
    if (asked.drugs().isEmpty() || fromSource.stream().anyMatch(answers)) {
      return fromSource;
    }
    List<Candidate> naming = candidates.stream().filter(answers).toList();
    List<Candidate> guidelines = naming.stream()
        .filter(c -> c.passage().evidenceLevel() == org.galen.source.EvidenceLevel.GUIDELINE).toList();
    return guidelines.isEmpty() ? naming.isEmpty() ? fromSource : naming : guidelines;
  }

  private static long sharedWords(Candidate c, Asked asked) {
    return asked.words().stream().filter(term -> term.sharedBy(c)).count();
  }

  private static double score(Candidate c, Asked asked, SubjectMatcher subject, List<Candidate> pool,
      Set<Candidate> naming, boolean underPopulationHeading) {
    double score = 0;
    int rank = asked.sections().indexOf(c.section());
    if (rank >= 0) {
      score += 10 - 2 * rank;
    }
    if (asked.wantsDrug() && RECOMMENDATION.matcher(c.text()).find() && !NOT_RECOMMENDED.matcher(c.text()).find()) {
      score += 6;
    }
    if (asked.intent() == Intent.DIAGNOSIS && c.passage().evidenceLevel() != org.galen.source.EvidenceLevel.GUIDELINE
        && TestsNamed.in(c.text(), c.stems())) {
      // A guideline lists its investigations a test a line, named by a word of the list or not: its
      // order stands. A page written as prose tells how a diagnosis is made before naming the test.
      score += TEST_NAMED;
    }
    if (asked.wantsDrug() && StatementLines.isDrugLine(c, naming) && !StatementLines.isContinuation(c)) {
      // A line naming its drug over one that only continues the line above ("Neonate, 20 - 50 mg/kg").
      score += naming.contains(c) ? 3 : 1;
    }
    // A drug list's line going on from the one above is about that line's drug.
    Candidate drugLine = StatementLines.isContinuation(c) ? StatementLines.headOf(c, pool, naming).orElse(c) : c;
    boolean namesAskedDrug = asked.drugs().stream().anyMatch(drugLine.stems()::containsAll)
        || ofAskedDrugsLabel(c, asked);
    // A line whose band holds the patient described is for the asked population, named or not.
    double forPatient = PatientBands.forPatient(c, asked.patient());
    boolean forAskedPopulation = forPatient > 0 || underPopulationHeading
        || c.stems().stream().anyMatch(asked.populations()::contains);
    if (namesAskedDrug) {
      score += 8;
    } else if (asked.wantsDrug() && !forAskedPopulation && ALTERNATIVE.matcher(c.text()).find()) {
      score -= 4;
    }
    // Who a line is for outweighs the drug asked about: "can I use drug X in pregnancy?" is
    // answered by the regimen for pregnant women. A line going on from another drug's line is that
    // drug's, not an answer.
    boolean ownLine = !StatementLines.isContinuation(c) || namesAskedDrug || asked.drugs().isEmpty();
    if (forAskedPopulation && ownLine && rank >= 0) {
      score += 10;
    } else if (StatementLines.isContinuation(c) && !PatientBands.forDefaultPeople(c)) {
      // "Child: 40 mg/kg orally every 8 hours" goes on from the line above, for someone not asked
      // about; "Adult: 1 g daily" is for whom a dose is unless it says otherwise.
      score -= 2;
    }
    score += forPatient;
    if (underPopulationHeading) {
      // The source's own place for the population asked about: its lines over one that only mentions it.
      score += POPULATION_HEADING;
    }
    if (ofBothDrugs(c, asked)) {
      // "on drug Y - can she take drug X?": the asked drug's line saying how the two go together,
      // as much as a line for the population asked about (never drug Y's own line).
      score += TAKEN_BESIDE;
    }
    if (asked.intent() == Intent.DOSING && !asked.drugs().isEmpty() && namesAskedDrug
        && DosePatterns.AMOUNT.matcher(c.text()).find()) {
      score += 4;
    }
    if (c.passage().sourceKind() == org.galen.source.SourceKind.LABEL
        && asked.labelParts().contains(SectionClassifier.labelPart(c.passage().section()))) {
      // "What does its boxed warning require?": the part of the label the question names answers it.
      score += LABEL_PART_NAMED;
    }
    if (asked.limit() && (DosePatterns.statesCeiling(c.text())
        || LimitWords.namedIn(c.stems()) && DosePatterns.AMOUNT.matcher(c.text()).find())) {
      // "What's the most I can give?" is answered by the line setting the ceiling, not by a dose.
      score += LIMIT_STATED;
    }
    if (asked.timing() && STATES_TIME.matcher(c.text()).find()
        && (asked.drugs().isEmpty() || namesAskedDrug || !naming.contains(drugLine))) {
      // "When should it be given?", "for how long?": the line that says when — not a line of
      // another drug than the one asked about (its course says nothing of the asked one's).
      score += TIME_STATED;
    }
    if (asked.intent() == null && subject.mentionedIn(c.stems()) && DEFINITION.matcher(c.text()).find()) {
      score += 6;
    } else if (asked.intent() == null && c.section() == SectionKind.OVERVIEW
        && c.sentence().equals(c.passage().sentences().get(0))) {
      // A guideline opens with what the condition is ("A common parasitic infection of the urinary tract…").
      score += 5;
    }
    // The question's own other words ("benzathine", "secondary"): the line that shares them says what was asked.
    if (!(asked.intent() == Intent.DIAGNOSIS && c.section() == SectionKind.SYMPTOMS)) {
      // Asked how to diagnose, a question that tells the findings is answered by the tests: a
      // clinical feature sharing its words only repeats the picture it gave.
      score += 2 * Math.min(MAX_SHARED_WORDS, sharedWords(c, asked));
    }
    if (GOALS.matcher(c.passage().section()).find()) {
      score -= 6;
    }
    return score;
  }

  /**
   * A line of the asked drug — naming it, or in its label — that names the drug taken beside it:
   * how the two go together. The other drug's own lines are not (the question's drugs, which every
   * other check counts, hold both).
   */
  private static boolean ofBothDrugs(Candidate c, Asked asked) {
    if (!asked.namesDrugTakenBeside(c)) {
      return false;
    }
    List<Set<String>> own = asked.drugs().stream().filter(drug -> !asked.takenBeside().contains(drug)).toList();
    Set<String> where = c.passage().sourceKind() == org.galen.source.SourceKind.LABEL
        ? Stems.of(c.passage().title()) : Set.of();
    return own.stream().anyMatch(drug -> c.stems().containsAll(drug) || where.containsAll(drug));
  }

  /** A line of a label whose products the asked drug names: every line of it speaks of that drug, named or not. */
  private static boolean ofAskedDrugsLabel(Candidate c, Asked asked) {
    return c.passage().sourceKind() == org.galen.source.SourceKind.LABEL
        && asked.drugs().stream().anyMatch(Stems.of(c.passage().title())::containsAll);
  }
}
