package org.galen.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Intent;
import org.galen.answer.question.LimitWords;
import org.galen.answer.question.Stems;

/**
 * How well one of the leading source's statements answers what was asked, for {@link BottomLine}:
 * the section the intent asks for; a recommendation, a test named or side effects listed, as the
 * intent asks; the asked drug and population, a drug taken beside it, the label part named; a limit
 * or a time stated when asked; what the condition is when nothing is asked; and the question's other
 * words the line shares. Never a treatment goal. Stateless.
 */
final class LineScores {
  /** Question words a line shares that count: past a few, a long line would win by length alone. */
  private static final int MAX_SHARED_WORDS = 3;
  /** A line under the source's heading for the asked population, beyond being for that population. */
  private static final double POPULATION_HEADING = 6;
  /** A line naming the drug taken beside the asked one: as much as a line for the asked population. */
  private static final double TAKEN_BESIDE = 10;
  /** A ceiling stated, when a limit is asked: as much as the asked drug named. */
  private static final double LIMIT_STATED = 8;
  /**
   * A line stating a time: an amount of minutes to months ("30 minutes before", "24 - 28 weeks",
   * "for 5 days"), a trimester, a visit, or how often ("annually"). Years are left out: a line's years
   * are most often an age band ("Child 2 - 12 years").
   */
  private static final Pattern STATES_TIME = Pattern.compile("(?i)\\b\\d+(?:\\s*(?:-|–|to|and)\\s*\\d+)?\\s*"
      + "(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?)\\b|\\btrimester\\b"
      + "|\\b(?:annually|yearly|monthly|weekly)\\b|\\b(?:first|booking|antenatal) visit\\b");
  /**
   * A line of the label part the question names: as much as the section an intent asks for and a
   * recommendation together (10 + 6) — the question said where its answer is.
   */
  private static final double LABEL_PART_NAMED = 16;
  /** The label's part that lists adverse reactions, where a question asks for side effects. */
  private static final String ADVERSE_REACTIONS = "Adverse reactions";
  /**
   * A label's own summary of its adverse reactions ("The most common adverse reactions are…",
   * "…reported most frequently…"): asked for side effects, the line a pharmacist reads out first.
   */
  private static final Pattern MOST_COMMON = Pattern.compile("(?i)\\bmost\\s+(?:common(?:ly)?|frequent(?:ly)?)\\b");
  /**
   * A time stated, when when or how long is asked: as much as the label part a question names —
   * the question said what its answer is, a time, wherever the source says it.
   */
  private static final double TIME_STATED = LABEL_PART_NAMED;

  /**
   * A reference page's line naming a test, when how a condition is diagnosed or confirmed is asked:
   * as much as a recommendation when a drug is asked for — what answers, against lines saying only
   * that a diagnosis is made.
   */
  private static final double TEST_NAMED = 6;

  /**
   * A reference page's line listing a treatment's effects, when its harms are asked: as much as
   * the section the question asks for. A page written for patients tells its drugs' side effects among
   * what it says of the treatment, not under a heading of their own as a guideline or a label does.
   */
  private static final double EFFECTS_LISTED = 10;
  /**
   * "side effects", "adverse reactions" and the like, then at least two commas in the same
   * sentence: three things or more listed after them ("nausea, tiredness and hair loss").
   */
  private static final Pattern LISTS_EFFECTS = Pattern.compile("(?i)\\b(?:side[- ]effects?|adverse (?:drug )?"
      + "(?:effects?|reactions?|events?))\\b(?:[^,.;]*+,){2}");

  /**
   * A reference page's line listing what a condition is treated with, when its treatment is asked:
   * as much as its side effects listed when those are asked. A page written for patients names its
   * treatments in one sentence ("These treatments include transfusions, chelation and supplements")
   * before a paragraph on each.
   */
  private static final double TREATMENTS_LISTED = EFFECTS_LISTED;
  /**
   * "treatments", "medicines" and the like, then "include" or "are", then three things or more
   * listed ("A, B and C"); never the drugs to avoid or that trigger, cause or worsen something.
   */
  private static final Pattern LISTS_TREATMENTS = Pattern.compile("(?i)\\b(?:treatments?|therap(?:y|ies)|"
      + "medicines?|medications?|drugs?)\\b[^.;:]*?\\b(?:include|includes|including|are)\\b"
      + "(?:(?:[^,.;]*+,){2}|[^,.;]*+,[^,.;]*\\b(?:and|or)\\b)");
  private static final Pattern NOT_TREATMENTS = Pattern.compile("(?i)\\b(?:avoid\\w*|trigger\\w*|caus\\w*|"
      + "wors\\w*|interact\\w*)\\b");

  /** Words a source uses for its recommendation. */
  private static final Pattern RECOMMENDATION = Pattern.compile("(?i)\\b(?:(?:drugs?|medicines?|treatment|agents?)"
      + " of (?:first )?choice|(?:first|1st)[- ]line|mainstay|recommended|preferred|treatment of choice)\\b");
  /**
   * A recommendation for some patients only ("recommended in patients with renal pathology", not
   * "for all patients with …"): it
   * recommends nothing to the rest, whom the question asks about unless it names them (a line
   * sharing the question's words ranks for that).
   */
  private static final Pattern FOR_SOME_ONLY = Pattern.compile("(?i)\\b(?:recommended|preferred)\\s+(?:only\\s+)?"
      + "(?:in|for)\\s+(?!all\\b|every\\b|any\\b)(?:[\\w-]+\\s+){0,2}?(?:patients?|people|persons?|those|cases|individuals)\\s+(?:with|who|having|on)\\b");
  /** A second choice: "Or: Tetracycline…", "Alternative regimen for penicillin-allergic patients: …". */
  private static final Pattern ALTERNATIVE = Pattern.compile("(?i)^(?:or\\b|alternatives?\\b|alternatively\\b)|"
      + "\\b(?:second[- ]line|if (?:allergic|intolerant)|allergic to)\\b");
  /**
   * A line on what the question sets aside as done ({@link AlreadyDone}), when what helps is asked:
   * as much as the asked drug named weighs — it falls behind the lines that say something new.
   */
  private static final double ALREADY_DONE = 8;
  /** What a guideline aims for is no recommendation ("To eradicate the fluke and ova"). */
  private static final Pattern GOALS = Pattern.compile("(?i)goals?");
  /** A sentence saying what something is: "Gout is a form of arthritis". */
  private static final Pattern DEFINITION = Pattern.compile("(?i)\\b(?:is|are) (?:an?|the|one|also|caused|"
      + "usually|common|inflammation|infection)\\b|\\brefers to\\b|\\bis defined\\b");

  static long sharedWords(Candidate c, Asked asked) {
    return asked.words().stream().filter(term -> term.sharedBy(c)).count();
  }

  /**
   * The statement's score: higher answers better. {@code pool} holds the lines a continuation may
   * go on from, {@code naming} the drug-list lines that name a drug.
   */
  static double score(Candidate c, Asked asked, SubjectMatcher subject, List<Candidate> pool,
      Set<Candidate> naming, boolean underPopulationHeading) {
    double score = 0;
    int rank = asked.sections().indexOf(c.section());
    if (rank >= 0) {
      score += 10 - 2 * rank;
    }
    if (asked.wantsDrug() && RECOMMENDATION.matcher(c.text()).find() && !SectionClassifier.NOT_RECOMMENDED.matcher(c.text()).find()
        && !FOR_SOME_ONLY.matcher(c.text()).find()) {
      score += 6;
    }
    if (asked.intent() == Intent.DIAGNOSIS && ofReferencePage(c) && TestsNamed.in(c.text(), c.stems())) {
      // A guideline lists its investigations one test to a line, named by a word of the list or
      // not: its order stands. A reference page tells how a diagnosis is made before naming the test.
      score += TEST_NAMED;
    }
    if (asked.wantsDrug() && StatementLines.isDrugLine(c, naming) && !StatementLines.isContinuation(c)) {
      // A line naming its drug over one that only continues the line above ("Neonate, 20 - 50 mg/kg").
      score += naming.contains(c) ? 3 : 1;
    }
    // A drug list's line going on from the one above is about that line's drug.
    Candidate drugLine = StatementLines.isContinuation(c) ? StatementLines.headOf(c, pool, naming).orElse(c) : c;
    boolean namesAskedDrug = namesAskedDrug(c, drugLine, asked);
    // A line whose band holds the patient described is for the asked population, named or not.
    double forPatient = PatientBands.forPatient(c, asked.patient());
    boolean forAskedPopulation = forPatient > 0 || underPopulationHeading
        || c.stems().stream().anyMatch(asked.populations()::contains);
    if (asked.intent() == Intent.CAUTIONS && ofReferencePage(c) && (asked.drugs().isEmpty() || namesAskedDrug)
        && LISTS_EFFECTS.matcher(c.text()).find()) {
      // Another drug's side effects, on a page covering several, are no answer for the one asked about.
      score += EFFECTS_LISTED;
    }
    if (asked.intent() == Intent.TREATMENT && ofReferencePage(c) && LISTS_TREATMENTS.matcher(c.text()).find()
        && !LISTS_EFFECTS.matcher(c.text()).find() && !NOT_TREATMENTS.matcher(c.text()).find()) {
      score += TREATMENTS_LISTED;
    }
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
    if (asked.intent() == Intent.DOSING && !asked.partNamed()
        && SectionClassifier.isDosagePart(c.passage().section(), c.passage().sourceKind())) {
      // A dose asked of a label, no part of it named by its name, is answered where the label says
      // how the drug is dosed, not by a contraindication or a study sharing more of its words.
      score += LABEL_PART_NAMED;
    } else if (c.passage().sourceKind() == org.galen.source.SourceKind.LABEL
        && asked.labelParts().contains(SectionClassifier.labelPart(c.passage().section()))) {
      // "What does its boxed warning require?": the part of the label the question names answers it.
      score += LABEL_PART_NAMED;
      if (SectionClassifier.labelPart(c.passage().section()).equals(ADVERSE_REACTIONS)
          && MOST_COMMON.matcher(c.text()).find()) {
        score += LABEL_PART_NAMED / 2;
      }
    }
    if (asked.limit() && (DosePatterns.statesCeiling(c.text())
        || LimitWords.namedIn(c.stems()) && DosePatterns.AMOUNT.matcher(c.text()).find())) {
      // "What's the most I can give?" is answered by the line setting the ceiling, not by a dose.
      score += LIMIT_STATED;
    }
    boolean keepingLine = c.passage().sourceKind() == org.galen.source.SourceKind.LABEL && !asked.keeping()
        && KeepingLines.about(c.text());
    if (asked.timing() && STATES_TIME.matcher(c.text()).find() && !keepingLine
        && (asked.drugs().isEmpty() || namesAskedDrug || !naming.contains(drugLine))) {
      // "When should it be given?", "for how long?": the line that says when — not a line of
      // another drug than the one asked about (its course says nothing of the asked one's), nor a
      // label's line on how long the product keeps, unless that is what is asked.
      score += TIME_STATED;
    }
    if (asked.intent() == null && subject.mentionedIn(c.stems()) && defines(c)) {
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
    if (asked.asksWhatHelps() && c.stems().stream().anyMatch(asked.done()::contains)) {
      // "Apart from resting, what helps?": a line on rest is what the asker does already.
      score -= ALREADY_DONE;
    }
    return score;
  }

  /**
   * A line of the asked drug — naming it, or in its label — that names the drug taken beside it:
   * how the two go together. The other drug's own lines are not (the question's drugs, which every
   * other check counts, hold both).
   */
  static boolean ofBothDrugs(Candidate c, Asked asked) {
    if (!asked.namesDrugTakenBeside(c)) {
      return false;
    }
    List<Set<String>> own = asked.drugs().stream().filter(drug -> !asked.takenBeside().contains(drug)).toList();
    Set<String> where = c.passage().sourceKind() == org.galen.source.SourceKind.LABEL
        ? Stems.of(c.passage().title()) : Set.of();
    return own.stream().anyMatch(drug -> c.stems().containsAll(drug) || where.containsAll(drug));
  }

  /**
   * Whether a line is about a drug asked about: it, or the drug list's line it goes on from
   * ({@code drugLine}, the line itself when it goes on from none), names it, or it is on its label.
   */
  static boolean namesAskedDrug(Candidate c, Candidate drugLine, Asked asked) {
    return asked.drugs().stream().anyMatch(drugLine.stems()::containsAll) || ofAskedDrugsLabel(c, asked);
  }

  /** A line of a label whose products the asked drug names: every line of it speaks of that drug, named or not. */
  static boolean ofAskedDrugsLabel(Candidate c, Asked asked) {
    return c.passage().sourceKind() == org.galen.source.SourceKind.LABEL
        && asked.drugs().stream().anyMatch(Stems.of(c.passage().title())::containsAll);
  }

  /**
   * A line of a reference page, written for readers in prose: not a guideline's lists, a label's
   * numbered sections or a study's results.
   */
  private static boolean ofReferencePage(Candidate c) {
    return c.passage().sourceKind() == org.galen.source.SourceKind.REFERENCE;
  }

  /** Whether a line says what something is ("Gout is a form of arthritis"). */
  static boolean defines(Candidate c) {
    return DEFINITION.matcher(c.text()).find();
  }

  private LineScores() {}
}
