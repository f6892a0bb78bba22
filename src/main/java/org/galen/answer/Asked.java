package org.galen.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.LimitWords;
import org.galen.answer.question.Patient;
import org.galen.answer.question.Populations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.answer.question.TimingWords;

/**
 * What the first section must answer: the main intent (null for an overview), the sections that
 * answer it, the drugs and populations the question names, and its other words.
 *
 * @param keeping whether the question asks how a product is kept (stored, stable, discarded)
 * @param done the words of what the question sets aside as already done ({@link AlreadyDone})
 */
record Asked(Intent intent, List<SectionKind> sections, List<Set<String>> drugs, Set<String> populations,
    Patient patient, boolean described, List<Term> words, List<List<Set<String>>> options, boolean limit,
    boolean timing, Set<String> labelParts, boolean partNamed, List<Set<String>> takenBeside, boolean keeping,
    Set<String> done) {
  /** A question whether something may be done: "can I take…", "is it ok to give…", "should she use…". */
  private static final Pattern MAY_I = Pattern.compile("(?i)\\b(?:can|could|may|should|is it (?:ok|okay|safe|alright))"
      + "\\b[^.?]{0,40}\\b(?:take|taken|taking|give|given|giving|use|used|using|have|start|continue)\\b");
  /** A question asking what, how, when or why is no yes-or-no question of whether it may be done. */
  private static final Pattern WH_QUESTION = Pattern.compile("(?i)^\\W*(?:what|how|when|which|why|who)\\b");
  /** A word a third of a source's lines or more hold tells none of them apart. */
  private static final double MOST_LINES = 1 / 3.0;
  /** Below this many lines a source's shares say little. */
  private static final int MIN_LINES_TO_TELL_APART = 12;
  /**
   * "…: X or Y?": the clause that asks (it ends the question, or its last question), split at its
   * "or" — the words before it back to a stop or bracket, and those after it to the end.
   */
  private static final Pattern EITHER_OR = Pattern.compile("(?i)([^,:;.?!()]*?)\\bor\\b([^,:;.?!()]*)[\\s?!.)\"'’]*$");
  /** Words that offer a choice between the drugs a question names. */
  private static final Pattern ALTERNATIVES_ASKED = Pattern.compile("(?i)\\b(?:or|vs\\.?|versus|compared (?:to|with))\\b");
  /**
   * A number of the question is a value — the patient's age, weight or kidney function (met by
   * bands), a dose they take — never a word a line shares ("on 40 mg" is no answer's "40 mg").
   */
  private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");

  /** The intent a first section answers, when a question asks several: the most specific first. */
  private static final List<Intent> PRECEDENCE = List.of(Intent.DOSING, Intent.CAUTIONS, Intent.DIAGNOSIS,
      Intent.PREVENTION, Intent.COMPARISON, Intent.TREATMENT, Intent.CAUSES, Intent.SYMPTOMS, Intent.PROGNOSIS,
      Intent.MECHANISM);

  /**
   * The question's words less those a large share of the source's lines hold: they tell no line
   * from another (a product's own name in every line of its label, "acetate injectable
   * suspension"). A source of a few lines keeps them all.
   */
  Asked tellingApart(List<Candidate> lines) {
    if (lines.size() < MIN_LINES_TO_TELL_APART) {
      return this;
    }
    List<Term> telling = words.stream()
        .filter(term -> lines.stream().filter(term::sharedBy).count() < lines.size() * MOST_LINES).toList();
    return new Asked(intent, sections, drugs, populations, patient, described, telling, options, limit, timing,
        labelParts, partNamed, takenBeside, keeping, done);
  }

  /**
   * A word of the question, or a concept it names, that the answering line shares: one of its
   * forms, each the stems a line must hold together ("post exposure prophylaxis"), counts once.
   */
  record Term(List<Set<String>> forms) {
    Term {
      forms = forms.stream().filter(form -> !form.isEmpty()).map(Set::copyOf).toList();
    }

    /**
     * A word alone; the index's stemmer leaves an adverb of an adjective ending in a consonant apart
     * from it ("commonly": "commonli"), so a line saying "most commonly" shares "most common" asked.
     */
    static Term word(String stem) {
      return stem.matches("\\p{L}+[^aeiouy]") ? new Term(List.of(Set.of(stem), Set.of(stem + "li")))
          : new Term(List.of(Set.of(stem)));
    }

    boolean sharedBy(Candidate c) {
      return sharedBy(c.stems());
    }

    boolean sharedBy(Set<String> stems) {
      return forms.stream().anyMatch(stems::containsAll);
    }

    /** The term without the stems of the populations asked about, which count apart. */
    Term without(Set<String> stems) {
      return new Term(forms.stream().map(form -> form.stream().filter(stem -> !stems.contains(stem))
          .collect(java.util.stream.Collectors.toSet())).toList());
    }
  }

  /** Whether a line names a drug the patient takes beside the one asked about. */
  boolean namesDrugTakenBeside(Candidate c) {
    return takenBeside.stream().anyMatch(c.stems()::containsAll);
  }

  /**
   * The two words an "X or Y" question sets side by side — the last word before "or" and the first
   * after it, each with every name of the concept it writes ("IM": intramuscular) — or none when
   * either side is empty ("…like a child, or …": a clause, not an option) or "or" follows a word
   * the analysis drops ("halve it or …": actions on what the pronoun stands for).
   */
  private static List<List<Set<String>>> eitherOr(QuestionAnalysis analysis) {
    // The clause that asks: up to the last question mark, when there is one ("IV or oral? She is 70.").
    String question = analysis.question();
    int asked = question.lastIndexOf('?');
    java.util.regex.Matcher or = EITHER_OR.matcher(asked > 0 ? question.substring(0, asked) : question);
    if (!or.find()) {
      return List.of();
    }
    String before = or.group(1);
    String after = or.group(2);
    List<Stems.Token> left = Stems.tokens(before);
    List<Stems.Token> right = Stems.tokens(after);
    if (left.isEmpty() || right.isEmpty()) {
      return List.of();
    }
    Stems.Token last = left.get(left.size() - 1);
    Stems.Token first = right.get(0);
    if (!before.substring(last.end()).isBlank()) {
      // "halve it or …": the word before "or" is a pronoun, and the two are actions on it.
      return List.of();
    }
    return List.of(option(before.substring(last.start(), last.end()), last.stem(), analysis),
        option(after.substring(first.start(), first.end()), first.stem(), analysis));
  }

  /** A word set beside another: its own forms, or every name of the concept it writes. */
  private static List<Set<String>> option(String written, String stem, QuestionAnalysis analysis) {
    return analysis.concepts().stream()
        .filter(c -> c.names().stream().anyMatch(name -> name.equalsIgnoreCase(written)))
        .findFirst().map(Concept::nameStems).orElseGet(() -> Term.word(stem).forms());
  }

  /** "X or Y", "X vs Y": the options are each quoted. */
  boolean comparing() {
    return options.size() >= 2;
  }

  static Asked of(QuestionAnalysis analysis, boolean described) {
    List<Intent> main = analysis.everyAskedIntent();
    List<List<Set<String>>> options = analysis.concepts().stream().filter(c -> c.kind() == Concept.Kind.DRUG)
        .map(Concept::nameStems).toList();
    List<Set<String>> drugs = options.stream().flatMap(List::stream).toList();
    if (options.size() < 2 && (main.isEmpty() || main.contains(Intent.COMPARISON))) {
      // "IM or oral?", "partial or total excision?": a question asking nothing but which of two
      // is answered by what the source says of each, whatever the two are.
      List<List<Set<String>>> either = eitherOr(analysis);
      if (!either.isEmpty()) {
        options = either;
      }
    }
    boolean comparing = main.contains(Intent.COMPARISON)
        || options.size() >= 2 && ALTERNATIVES_ASKED.matcher(analysis.question()).find();
    List<Set<String>> takenBeside = comparing ? List.of() : takenBeside(analysis);
    // Adults are whom a dose line is for unless it says otherwise: they single nothing out. A
    // patient's age puts them in the groups it covers ("5 yr old": a child).
    Patient patient = Patient.describedIn(analysis.question());
    Intent intent = PRECEDENCE.stream().filter(main::contains).findFirst().orElseGet(() -> unasked(analysis,
        drugs, takenBeside, patient.described()));
    List<SectionKind> sections;
    if (intent == null) {
      // "What is drug X (used for)?": what it is for first — a label's indications — then how it is given.
      // A condition described without its name, asking nothing, is told what helps (a sentence
      // saying what it is is added to the bottom line when no line chosen names it): its signs,
      // which echo the description, tell the asker nothing new.
      sections = analysis.primary().kind() == Concept.Kind.DRUG
          ? List.of(SectionKind.OVERVIEW, SectionKind.MEDICATIONS, SectionKind.CAUTIONS)
          : described ? List.of(SectionKind.MANAGEMENT, SectionKind.MEDICATIONS, SectionKind.SUPPORTIVE)
          : List.of(SectionKind.OVERVIEW, SectionKind.SYMPTOMS, SectionKind.MANAGEMENT, SectionKind.MEDICATIONS);
    } else if (intent == Intent.TREATMENT || intent == Intent.COMPARISON) {
      // Cautions last: a follow-up naming a population after a treatment question is answered by the
      // drug that is contraindicated in pregnancy as much as by the one that is used.
      sections = List.of(SectionKind.MEDICATIONS, SectionKind.MANAGEMENT, SectionKind.SUPPORTIVE,
          SectionKind.CAUTIONS);
    } else if (intent == Intent.DOSING && main.contains(Intent.PREVENTION)) {
      // The dose of what prevents ("which vaccine, and what dose?"): the prevention section answers
      // it too, ranked as a drug list of what treats is (a drug line's own weight still counts).
      sections = java.util.stream.Stream.concat(java.util.stream.Stream.of(SectionKind.PREVENTION),
          intent.sections().stream()).toList();
    } else {
      sections = intent.sections();
    }
    Set<String> named = new java.util.HashSet<>(analysis.qualifiers());
    analysis.concepts().stream().filter(c -> c.kind() == Concept.Kind.POPULATION)
        .forEach(c -> c.nameStems().forEach(named::addAll));
    Set<String> populations = new java.util.HashSet<>();
    Populations.builtIn().askedIn(named, patient).forEach(group -> populations.addAll(group.stems()));
    List<Term> words = new java.util.ArrayList<>();
    analysis.qualifiers().stream().filter(word -> !NUMBER.matcher(word).matches()).map(Term::word)
        .forEach(words::add);
    // A comorbidity named beside the subject ("with glaucoma", "BPH") is a term the answering
    // line shares, under any of its names (benign prostatic hyperplasia, BPH).
    // So is a procedure asked of a condition ("post-exposure prophylaxis" of rabies, "dialysis"),
    // and whatever an abbreviation stands for ("CABG").
    analysis.others().stream().filter(c -> c.kind() == Concept.Kind.CONDITION || c.kind() == Concept.Kind.PROCEDURE
            || c.origin() == Concept.Origin.ABBREVIATION)
        .forEach(c -> words.add(new Term(c.nameStems())));
    // A complaint a clause that asks names ("what helps the itch?") is what the answering line treats
    // (of a drug, every complaint named is such a word, below).
    if (analysis.singlesOutAClause() && analysis.primary().kind() != Concept.Kind.DRUG) {
      analysis.others().stream().filter(c -> c.kind() == Concept.Kind.SYMPTOM && analysis.askedOfInAnyQuestion(c))
          .forEach(c -> words.add(new Term(c.nameStems())));
    }
    // Of a drug, what it is given around — a device, a symptom, another drug ("after CABG", "on
    // hemodialysis", "needs clarithromycin") — is what the answering line speaks of.
    if (analysis.primary().kind() == Concept.Kind.DRUG) {
      analysis.others().stream().filter(c -> c.kind() == Concept.Kind.DEVICE
          || c.kind() == Concept.Kind.SYMPTOM || c.kind() == Concept.Kind.DRUG)
          .forEach(c -> words.add(new Term(c.nameStems())));
    }
    // What the question sets aside as done is no word an answer shares.
    Set<String> done = AlreadyDone.in(analysis);
    words.replaceAll(term -> term.without(populations).without(done));
    words.removeIf(term -> term.forms().isEmpty());
    return new Asked(intent, sections, drugs, populations, patient, described, words,
        comparing ? options : List.of(), LimitWords.askedIn(analysis.question()),
        TimingWords.askedIn(analysis.question()),
        SectionClassifier.labelPartsAskedIn(analysis.question()),
        !SectionClassifier.labelPartsNamedIn(analysis.question()).isEmpty(), takenBeside,
        KeepingLines.about(analysis.question()), done);
  }

  /** Whether what helps is asked (a treatment, a way to prevent): what is set aside as done is no answer. */
  boolean asksWhatHelps() {
    return intent == Intent.TREATMENT || intent == Intent.PREVENTION;
  }

  /**
   * What a question naming a drug but asking nothing of it asks: with another drug the patient
   * takes or took ("got drug Y this morning - can she take drug X?"), whether the two go together
   * — the cautions first; whether a drug may be taken or given at all, for no condition, symptom
   * or patient's age named ("can she have it in pregnancy?", "can it be given intrathecally?"), its
   * cautions too; of a drug alone ("What is drug X?", "drug X used for?"), what it is
   * (null: an overview); with a condition, a symptom or a patient ("condition Y - can I use drug
   * X?"), whether and how to use it. Nothing named: an overview.
   */
  private static Intent unasked(QuestionAnalysis analysis, List<Set<String>> drugs, List<Set<String>> takenBeside,
      boolean patient) {
    if (drugs.isEmpty()) {
      return null;
    }
    if (!takenBeside.isEmpty()) {
      return Intent.CAUTIONS;
    }
    boolean ofDrug = analysis.primary().kind() == Concept.Kind.DRUG;
    if (ofDrug && MAY_I.matcher(analysis.question()).find() && !WH_QUESTION.matcher(analysis.question()).find()
        && !patient && analysis.others().stream()
            .noneMatch(c -> c.kind() == Concept.Kind.CONDITION || c.kind() == Concept.Kind.SYMPTOM)) {
      return Intent.CAUTIONS;
    }
    boolean alone = ofDrug && analysis.others().stream().allMatch(c -> c.kind() == Concept.Kind.DRUG) && !patient;
    return alone ? null : Intent.TREATMENT;
  }

  /**
   * The other drugs a question names beside the one it asks about, each not written as one
   * product with it ({@link OneProduct}): a drug the patient takes or took, whose lines say how the
   * two go together.
   */
  private static List<Set<String>> takenBeside(QuestionAnalysis analysis) {
    Concept asked = analysis.primary();
    if (asked.kind() != Concept.Kind.DRUG) {
      return List.of();
    }
    List<Concept> product = OneProduct.with(analysis, asked);
    return analysis.others().stream().filter(c -> c.kind() == Concept.Kind.DRUG && !product.contains(c))
        .flatMap(c -> c.nameStems().stream()).toList();
  }

  /** A treatment, a comparison, a dose or a described condition ("what helps?") is answered with a drug line. */
  boolean wantsDrug() {
    return intent == Intent.TREATMENT || intent == Intent.COMPARISON || intent == Intent.DOSING
        || intent == null && described;
  }
}
