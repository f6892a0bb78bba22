package org.galen.answer.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a question: its intents from cue words, its subject from the vocabularies, and, for a
 * follow-up, what it inherits from the previous turn. Thread-safe.
 */
public final class QuestionAnalyzer {
  /** Openings that continue the previous question rather than start a new one. */
  private static final Pattern CONTINUATION = Pattern.compile("(?i)^(what about|how about|and\\b|what if|in\\b|for\\b|"
      + "also\\b|same\\b|then\\b|but\\b|during\\b|with\\b|without\\b)");
  private static final Set<String> PRONOUNS = Set.of("it", "its", "this", "that", "they", "them", "these", "those");

  /**
   * How a comorbidity is introduced, within a few words before it and in its clause: a dash set
   * apart by spaces ends a clause as a full stop does ("a swelling with redness - cellulitis?":
   * the name after it is what the description is, not a second condition it has).
   */
  private static final Pattern COMORBIDITY_LEAD = Pattern.compile(
      "(?i)\\b(with|has|have|having|known)\\b(?:(?!\\s[-\u2013\u2014]\\s)[^.;,?])*$");
  /**
   * What says a condition is the one in doubt, the one a question asks about: "suspected", "we
   * suspect", "rule out", "probable", what a test is to confirm or diagnose, or a clinician's "?"
   * written against its name — not one the patient is known to have. Up to two words may qualify the name between ("suspect acute gout").
   * Words that also ask of a known condition ("possible causes of", "a query about") are left out.
   */
  private static final Pattern SUSPECTED_LEAD = Pattern.compile("(?i)(?:\\b(?:suspect|suspected|suspecting|"
      + "rule out|ruling out|r/o|probable|confirms?|confirming|diagnoses|diagnose|diagnosing)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}|(?:^|\\s)\\?)$");
  /** How far before a name its lead ("suspected", "with", "taking") is looked for. */
  private static final int LEAD_CHARS = 30;
  /**
   * What says a drug is one the patient takes, not the one asked about: "who takes", "she's on",
   * "taking", "already using" right before its name ("can I take …" asks, it does not tell).
   */
  private static final Pattern TAKEN_LEAD = Pattern.compile("(?i)\\b(?:takes|taking|on|uses|using|took)\\s+$");
  /** One word in a verb's -ing or -ed form. */
  private static final Pattern VERB_FORM = Pattern.compile("(?i)\\p{L}+(?:ing|ed)");
  /** A word that may be misspelt: letters, five or more (shorter ones are too often abbreviations). */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]{4,}");

  private final ConceptVocabulary vocabulary;
  private final Speller speller;
  private final SourceSpellings sourceSpellings;

  public QuestionAnalyzer(ConceptVocabulary vocabulary) {
    this(vocabulary, Speller.NONE);
  }

  /** A reader that corrects misspelt words against what {@code speller} knows of the evidence. */
  public QuestionAnalyzer(ConceptVocabulary vocabulary, Speller speller) {
    this.vocabulary = vocabulary;
    this.speller = speller;
    this.sourceSpellings = new SourceSpellings(vocabulary, speller);
  }

  /** A standalone question. */
  public QuestionAnalysis analyze(String question) {
    return analyze(question, Optional.empty());
  }

  /**
   * A question, in the context of the previous turn when there is one and the wording continues it.
   * A misspelt word is read as the indexed word it unambiguously is ("treatmnet of hypertention");
   * a word any vocabulary knows is never changed ("tirzepatide" stays, for the article to say the
   * evidence does not mention it).
   */
  public QuestionAnalysis analyze(String question, Optional<QuestionAnalysis> previous) {
    List<String> corrections = new ArrayList<>();
    String corrected = corrected(question, corrections);
    QuestionAnalysis analysis = understood(corrected, previous);
    return corrections.isEmpty() ? analysis : analysis.typedAs(question, corrections);
  }

  private String corrected(String question, List<String> corrections) {
    List<ConceptVocabulary.Mention> known = vocabulary.questionMentionsIn(question);
    List<int[]> lay = vocabulary.layDescriptionsIn(question);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    java.util.regex.Matcher word = WORD.matcher(question);
    try {
      while (word.find()) {
        int start = word.start();
        String written = word.group();
        boolean named = known.stream().anyMatch(m -> m.start() <= start && start < m.end())
            || lay.stream().anyMatch(span -> span[0] <= start && start < span[1])
            || speciesOfNamedGenus(question, known, start);
        Set<String> stems = Stems.of(written);
        if (named || stems.isEmpty() || written.equals(written.toUpperCase(java.util.Locale.ROOT))
            || stems.stream().anyMatch(FocusWords::isGeneric) || speller.indexedAll(stems)) {
          continue;
        }
        Optional<String> correction = speller.correction(written)
            .filter(c -> !ProperNames.isProductName(question, start, written) || ProperNames.oneEditFrom(written, c));
        if (correction.isPresent()) {
          out.append(question, copied, start).append(correction.get());
          copied = word.end();
          corrections.add(written + " \u2192 " + correction.get());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the index's words to check spelling", e);
    }
    return out.append(question.substring(copied)).toString();
  }

  /**
   * Whether the word at {@code start} is a species written after its genus: a capitalised
   * organism's name of one word, then a lower-case word ("Candida" then a species). A binomial's
   * second word is a name, not a misspelling of a word the index has, and an unknown species must
   * stay unknown for the article to say no source holds it. A lower-case genus ("staph") is a
   * common word: what follows it may be misspelt.
   */
  private static boolean speciesOfNamedGenus(String question, List<ConceptVocabulary.Mention> known, int start) {
    return Character.isLowerCase(question.charAt(start)) && known.stream().anyMatch(m ->
        m.concept().kind() == Concept.Kind.ORGANISM && m.end() < start
            && Character.isUpperCase(question.charAt(m.start()))
            && !question.substring(m.start(), m.end()).contains(" ")
            && question.substring(m.end(), start).isBlank());
  }

  /** Whether the evidence has every word of one of the concept's names. */
  private boolean indexed(Concept concept) {
    try {
      for (Set<String> name : concept.nameStems()) {
        if (speller.indexedAll(name)) {
          return true;
        }
      }
      return false;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the index's words", e);
    }
  }

  /**
   * Whether a word is a one-word name made a verb: the name and "ing" or "ed" ("watering", "salted"),
   * its final "e" dropped or its last letter doubled ("iced", "tapped"). "Caffeinated" or
   * "heparinized" are other words made of the name, a drink's or a flush's: they stay the drug.
   */
  private static boolean verbOf(String name, String written) {
    String word = written.toLowerCase(java.util.Locale.ROOT);
    String base = name.toLowerCase(java.util.Locale.ROOT);
    if (!base.matches("\\p{L}+")) {
      return false;
    }
    String stem = word.endsWith("ing") ? word.substring(0, word.length() - 3) : word.substring(0, word.length() - 2);
    boolean doubled = stem.length() == base.length() + 1 && stem.startsWith(base)
        && stem.charAt(base.length()) == base.charAt(base.length() - 1);
    return stem.equals(base) || (stem + "e").equals(base) || doubled;
  }

  /**
   * A drug read from a verb made of its name ("watering"), or from one lower-case word that the
   * vocabulary writes only in capitals, as a trade name ("SPARK", a pesticide's), that the sources
   * use as a word, and whose other names no source holds: the word, not the drug. A drug the
   * sources know by another of its names (an international name beside a US one) stays that drug;
   * so does one no source names at all, which the article then says the sources lack.
   */
  private boolean wordNotDrug(String question, ConceptVocabulary.Mention mention) {
    String written = question.substring(mention.start(), mention.end());
    Concept concept = mention.concept();
    if (concept.kind() == Concept.Kind.DRUG && VERB_FORM.matcher(written).matches()
        && concept.names().stream().anyMatch(name -> verbOf(name, written))) {
      // A verb made of a substance's name ("eyes watering", "salted") tells what happens, not a drug
      // given: the stem is the drug's, the word is not.
      return true;
    }
    boolean tradeName = concept.names().stream().anyMatch(name -> name.equalsIgnoreCase(written)
        && name.equals(name.toUpperCase(java.util.Locale.ROOT)));
    if (concept.kind() != Concept.Kind.DRUG || !written.matches("\\p{Ll}+") || !tradeName) {
      return false;
    }
    try {
      if (!speller.indexedAll(Stems.of(written))) {
        return false;
      }
      boolean otherNames = false;
      for (String name : concept.names()) {
        if (!name.equalsIgnoreCase(written)) {
          if (speller.indexedAll(Stems.of(name))) {
            return false;
          }
          otherNames = true;
        }
      }
      // A product known by its trade name alone (a label's) is that product.
      return otherNames;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the index's words", e);
    }
  }

  private QuestionAnalysis understood(String question, Optional<QuestionAnalysis> previous) {
    QuestionAnalysis own = sourceSpellings.applied(standalone(question));
    if (previous.isEmpty() || !continues(question, own)) {
      return own;
    }
    QuestionAnalysis before = previous.get();
    List<Concept> others = new ArrayList<>(before.others());
    own.concepts().stream().filter(c -> !c.name().isBlank())
        .filter(c -> !c.name().equalsIgnoreCase(before.primary().name()))
        .filter(c -> others.stream().noneMatch(o -> o.name().equalsIgnoreCase(c.name()))).forEach(others::add);
    Set<String> qualifiers = new LinkedHashSet<>(before.qualifiers());
    qualifiers.addAll(FocusWords.of(question));
    qualifiers.removeAll(Stems.of(before.subject()));
    List<Intent> intents = own.intents().isEmpty() ? before.intents() : own.intents();
    String retrieval = before.subject() + " " + question + " "
        + intents.stream().map(Intent::label).collect(Collectors.joining(" "));
    return new QuestionAnalysis(question, retrieval.strip(), intents, before.primary(), others, before.subject(),
        qualifiers, true);
  }

  private QuestionAnalysis standalone(String question) {
    // What an acknowledgement opening the turn says ("ok, and …") asks nothing.
    String acknowledged = Interjections.blanked(question);
    List<Intent> intents = new ArrayList<>(Intent.askedIn(acknowledged));
    // A lay description of something no source names (a child tugging at an ear: earache) says nothing
    // the evidence can answer by that name; its words still search.
    // A finding the question says is absent ("no fever") names no subject and searches for nothing.
    List<ConceptVocabulary.Mention> all = Initialisms.withDefined(question, vocabulary.questionMentionsIn(question),
        vocabulary, speller);
    List<int[]> negated = prevented(Negations.in(question), all, intents);
    String blanked = Negations.blanked(acknowledged, negated);
    // "… no symptoms. What now?": a cue said to be absent, or another person's, asks nothing — unless
    // a clause marked "?" writes it ("can you have it with no symptoms?").
    Set<String> unnegatedStems = Stems.of(blanked);
    String marked = new QuestionClauses(question, intents).markedText();
    Set<String> markedStems = Stems.of(marked);
    intents.removeIf(intent -> !intent.askedBy(blanked, unnegatedStems) && !intent.askedBy(marked, markedStems));
    QuestionClauses clauses = new QuestionClauses(question, intents);
    int asking = clauses.askingClauseStart();
    List<ConceptVocabulary.Mention> found = MeasuredResults.asFindings(question, all,
            asking, asking + clauses.askingClause().length()).stream()
        .filter(m -> !Negations.covers(negated, m.start()) || !isFinding(m.concept()))
        .filter(m -> !Set.copyOf(FocusWords.of(question.substring(m.start(), m.end()))).isEmpty()
            || m.concept().origin() == Concept.Origin.ABBREVIATION)
        .filter(m -> !m.lay() || indexed(m.concept()))
        .filter(m -> !wordNotDrug(question, m))
        .toList();
    List<ConceptVocabulary.Mention> mentions = found.stream()
        .filter(m -> !DrugForms.isFormOfADrug(question, m, found)).toList();
    // The concept of the highest kind is the subject: a condition over a drug, a drug over a symptom,
    // a symptom over a setting or a population; what brackets restate ("myoclonus (Opioid-Induced
    // Movement Disorder)") only when nothing outside them is named — an organism in brackets names
    // the cause ("bloody diarrhoea (shigella)"); the treated condition over a
    // comorbidity ("gout in a patient with chronic kidney disease"), and before that the condition
    // in doubt over one known ("known valve disease, suspected endocarditis"); the drug asked about over one
    // the patient takes; the drug over a salt written after it (DrugForms); then the longest name, then the last
    // named. A drug's side effects asked (DrugCautions): the medicine over the condition it was given
    // for — a medicine DrugBank lists, not a MeSH heading for a chemical or a class ("Solutions", "Water").
    boolean drugsCautions = DrugCautions.askedIn(question, intents, mentions);
    Optional<ConceptVocabulary.Mention> primary = mentions.stream().max(Comparator
        .comparing((ConceptVocabulary.Mention m) -> !inBrackets(question, m.start())
            || m.concept().kind() == Concept.Kind.ORGANISM)
        .thenComparing((ConceptVocabulary.Mention m) -> drugsCautions && m.concept().kind() == Concept.Kind.DRUG
            && vocabulary.isMedicine(m.concept()))
        .thenComparingInt((ConceptVocabulary.Mention m) -> m.concept().kind().subjectRank())
        .thenComparing((ConceptVocabulary.Mention m) -> isSuspected(question, m))
        .thenComparing((ConceptVocabulary.Mention m) -> !isComorbidity(question, m, mentions))
        .thenComparing((ConceptVocabulary.Mention m) -> !isTaken(question, m, mentions))
        .thenComparing((ConceptVocabulary.Mention m) -> !DrugForms.isSaltAfterADrug(question, m, mentions))
        .thenComparingInt(m -> m.end() - m.start())
        .thenComparingInt(ConceptVocabulary.Mention::start))
        .filter(m -> m.concept().kind().subjectRank() > Concept.Kind.OTHER.subjectRank()
            || m.concept().origin() == Concept.Origin.ABBREVIATION);
    String words = focusPhrase(question);
    // Lay words are searched with the clinical words sources use: "still fitting" with "Seizures".
    String unnegated = blanked.replaceAll("\\s+", " ").strip();
    String searched = unnegated.isEmpty() ? question : unnegated;
    List<String> clinical = new ArrayList<>(vocabulary.clinicalWordsFor(searched));
    // A medicine another person has ("mum has some of drug X at home") is still what may be given:
    // only their findings are no evidence to search for.
    List<int[]> othersTold = OtherExperiencers.in(question);
    mentions.stream().filter(m -> m.concept().kind() == Concept.Kind.DRUG && Negations.covers(othersTold, m.start()))
        .map(m -> question.substring(m.start(), m.end())).distinct().forEach(clinical::add);
    String retrieval = clinical.isEmpty() ? searched : searched + " " + String.join(" ", clinical);
    if (primary.isEmpty()) {
      // Only a setting, a body part or a population is named ("adult still fitting in A&E"): the
      // question's own words are the subject, and the evidence settles it; what was named qualifies.
      Concept ownWords = Concept.ofWords(words);
      List<Concept> named = mentions.stream().map(ConceptVocabulary.Mention::concept).distinct().toList();
      return new QuestionAnalysis(question, retrieval, intents, ownWords, named, words, Set.of(), false);
    }
    ConceptVocabulary.Mention subject = primary.get();
    Concept.Kind kind = subject.concept().kind();
    if ((kind == Concept.Kind.CONDITION || kind == Concept.Kind.SYMPTOM) && !intents.contains(Intent.TREATMENT)
        && mentions.stream().noneMatch(m -> m.concept().kind() == Concept.Kind.DRUG) && Intent.useAskedIn(question)) {
      // What is used for a condition is its treatment; what a drug named is used for is what it is,
      // its indications ("can drug X be used for Y?" asks of the drug).
      intents.add(0, Intent.TREATMENT);
    }
    List<Concept> others = mentions.stream().filter(m -> m != subject).map(ConceptVocabulary.Mention::concept)
        .distinct().toList();
    // A finding said to be absent qualifies nothing.
    Set<String> qualifiers = new LinkedHashSet<>(FocusWords.of(blanked));
    found.forEach(m -> qualifiers.removeAll(Stems.of(question.substring(m.start(), m.end()))));
    qualifiers.removeIf(DrugForms::isSaltStem); // a salt no vocabulary read ("… hydrochloride") qualifies nothing
    // A lay description is no name of its subject: headings and searches use the vocabulary's.
    String subjectWords = subject.lay() ? subject.concept().name() : question.substring(subject.start(), subject.end());
    return new QuestionAnalysis(question, retrieval, intents, subject.concept(), others, subjectWords, qualifiers,
        false);
  }

  /**
   * The negations less those of the condition to be prevented: asked how to prevent, and naming no
   * condition the patient has, a condition the patient has never had is the one asked about — it is
   * the subject, and searched for.
   */
  private static List<int[]> prevented(List<int[]> negated, List<ConceptVocabulary.Mention> mentions,
      List<Intent> intents) {
    List<ConceptVocabulary.Mention> conditions = mentions.stream()
        .filter(m -> m.concept().kind() == Concept.Kind.CONDITION).toList();
    if (!intents.contains(Intent.PREVENTION) || conditions.isEmpty()
        || conditions.stream().anyMatch(m -> !Negations.covers(negated, m.start()))) {
      return negated;
    }
    return negated.stream().filter(span -> conditions.stream()
        .noneMatch(m -> Negations.covers(List.<int[]>of(span), m.start()))).toList();
  }

  /** A finding a question can say is absent: a condition or a sign, never a drug (what is "not safe"). */
  private static boolean isFinding(Concept concept) {
    return concept.kind() == Concept.Kind.CONDITION || concept.kind() == Concept.Kind.SYMPTOM;
  }

  /**
   * A condition the patient also has: introduced by "with", "has" or "known" after another
   * condition the question names first ("gout in a patient with chronic kidney disease").
   */
  private static boolean isComorbidity(String question, ConceptVocabulary.Mention mention,
      List<ConceptVocabulary.Mention> mentions) {
    boolean conditionBefore = mentions.stream().anyMatch(m -> m.start() < mention.start()
        && m.concept().kind() == Concept.Kind.CONDITION);
    String clause = question.substring(Math.max(0, mention.start() - LEAD_CHARS), mention.start());
    return conditionBefore && mention.concept().kind() == Concept.Kind.CONDITION
        && COMORBIDITY_LEAD.matcher(clause).find();
  }

  /** A condition the question says is in doubt ("we suspect infective endocarditis"): what it asks about. */
  private static boolean isSuspected(String question, ConceptVocabulary.Mention mention) {
    return mention.concept().kind() == Concept.Kind.CONDITION && SUSPECTED_LEAD.matcher(
        question.substring(Math.max(0, mention.start() - LEAD_CHARS), mention.start())).find();
  }

  /**
   * A drug the patient is said to take, beside another drug the question names: that other one is
   * asked about ("takes isosorbide mononitrate … is sildenafil OK?").
   */
  private static boolean isTaken(String question, ConceptVocabulary.Mention mention,
      List<ConceptVocabulary.Mention> mentions) {
    boolean otherDrug = mentions.stream().anyMatch(m -> m != mention && m.concept().kind() == Concept.Kind.DRUG
        && !m.concept().equals(mention.concept()));
    return otherDrug && mention.concept().kind() == Concept.Kind.DRUG
        && TAKEN_LEAD.matcher(question.substring(Math.max(0, mention.start() - LEAD_CHARS),
            mention.start())).find();
  }

  /** Whether a bracket opened before {@code at} is still open there. */
  private static boolean inBrackets(String text, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    }
    return depth > 0;
  }

  /** Follow-up wording: a continuation opening, a pronoun, or nothing of its own to be about. */
  private static boolean continues(String question, QuestionAnalysis own) {
    if (CONTINUATION.matcher(question.strip()).find()) {
      return true;
    }
    String[] words = question.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
    return java.util.Arrays.stream(words).anyMatch(PRONOUNS::contains) || FocusWords.of(question).isEmpty();
  }

  /** The question's words from the first to the last subject word: "opioid-induced segmental myoclonus". */
  private static String focusPhrase(String question) {
    Set<String> focus = FocusWords.of(question);
    List<Stems.Token> tokens = Stems.tokens(question).stream().filter(t -> focus.contains(t.stem())).toList();
    if (tokens.isEmpty()) {
      return "";
    }
    return question.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
  }

  /** What the vocabulary says of names, for the steps after reading the question. */
  public Terminology terminology() {
    return new Terminology(vocabulary);
  }
}
