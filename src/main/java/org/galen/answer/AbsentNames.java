package org.galen.answer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.DrugForms;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.Intent;
import org.galen.answer.question.ProperNames;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.answer.question.Terminology;
import org.galen.index.EvidenceReader;

/**
 * Whether the corpus holds what a question names, for {@link TopicSettler}: the article abstains,
 * naming it, when a drug, condition, organism, symptom or device the question names is in no
 * indexed passage and no subject name ("tirzepatide"), or when a word right next to the subject is
 * ("glorbic fever"), or when a product's name is ("prescribed Zelvora"), or a proper name before a
 * word naming a condition or an organism ("could it be Glorbix virus?"): the corpus does not hold
 * what was asked, and a neighbour is no answer. A lay or misspelt word elsewhere never makes it
 * abstain, nor a chemical of the scene the clause that asks does not write. Thread-safe.
 */
final class AbsentNames {
  /** Content words of a subject no vocabulary knew, up to which it is a name rather than a description. */
  private static final int MAX_NAME_WORDS = 3;
  /** Letters each part of a word written as two needs: shorter parts ("in", "ab") make any word a compound. */
  private static final int MIN_COMPOUND_PART = 3;
  /** Kinds a question is about when it names them: one absent from the index means the corpus cannot answer. */
  private static final Set<Concept.Kind> ANSWERABLE_KINDS = Set.of(Concept.Kind.CONDITION, Concept.Kind.ORGANISM,
      Concept.Kind.DRUG, Concept.Kind.SYMPTOM, Concept.Kind.DEVICE);
  /** Words that end a condition's name. */
  private static final String CONDITION_WORDS = "syndrome|disease|disorder|infection";
  /** A subject and up to three words after it that end in a word naming a condition. */
  private static final java.util.regex.Pattern CONDITION_PHRASE = java.util.regex.Pattern.compile(
      "[\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,3}?\\s+(?i:" + CONDITION_WORDS + ")\\b");

  /** A word that makes the proper names before it the name of a condition or an organism. */
  private static final java.util.regex.Pattern NAMING_HEAD = java.util.regex.Pattern.compile(
      "(?i)(?:" + CONDITION_WORDS + "|virus|fever)(?:e?s)?");

  /**
   * What may stand between the subject and a word beside it: spaces, and a product's model number
   * ("a Glidecare 3 insulin pump": "Glidecare" is beside the insulin).
   */
  private static final java.util.regex.Pattern BESIDE = java.util.regex.Pattern.compile("\\s+(?:\\d+\\s+)?");

  /**
   * A clause that asks of what the question named before: "is it any good?", "how long do I take
   * it?", "are they safe?". It may point at the condition ("how is it managed?"): read as pointing at
   * the medicine, the article abstains rather than answer beside a drug no source knows. "That" is
   * as often a relative pronoun ("treatments that work").
   */
  private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
      "(?i)\\b(?:it|its|this|these|those|they|them)\\b");
  /** "3x normal": a multiple, no name. */
  private static final java.util.regex.Pattern MULTIPLE = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?[xX×]");

  private final EvidenceReader index;
  private final NamedSubjects subjectNames;
  private final Terminology terminology;

  AbsentNames(EvidenceReader index, NamedSubjects subjectNames, Terminology terminology) {
    this.index = index;
    this.subjectNames = subjectNames;
    this.terminology = terminology;
  }

  /**
   * The word to name when what the question asks about is in no indexed passage: a concept of an
   * answerable kind none of whose names is indexed, or an unknown word right next to the subject.
   * A follow-up inherits a subject the evidence already had.
   */
  Optional<String> in(QuestionAnalysis analysis) throws IOException {
    if (analysis.followUp()) {
      return Optional.empty();
    }
    for (Concept concept : analysis.concepts()) {
      if (ANSWERABLE_KINDS.contains(concept.kind()) && concept.origin() != Concept.Origin.QUESTION
          && !inTheScene(concept, analysis) && !takenInTheScene(concept, analysis)
          && !anyNameIndexed(concept)) {
        return Optional.of(writtenName(analysis.question(), concept));
      }
    }
    Optional<String> unknown = unknownWordBesideSubject(analysis);
    if (unknown.isEmpty()) {
      unknown = unknownProperName(analysis.question());
    }
    if (unknown.isEmpty()) {
      unknown = unknownNameOfACondition(analysis.question());
    }
    return unknown.isPresent() ? unknown : unindexedConditionPhrase(analysis);
  }

  /**
   * Whether a concept is a chemical MeSH files among drugs, no medicine, that no clause that asks
   * writes while one names another concept of the question ("they grind a mineral all day …
   * how is the lung disease prevented?": what is breathed, asked of the disease it causes): the scene, not
   * what is asked. Asked of it, by name or by a pronoun ("… is it dangerous?"), or of a medicine,
   * the corpus must hold it.
   */
  private boolean inTheScene(Concept concept, QuestionAnalysis analysis) {
    if (!chemical(concept) || !analysis.singlesOutAClause()) {
      return false;
    }
    // Read as NamedOutright.chemicalInTheScene reads it: every clause that asks, not only the last.
    return !analysis.askedOfInAnyQuestion(concept) && analysis.concepts().stream()
        .anyMatch(other -> other != concept && other.origin() != Concept.Origin.QUESTION
            && analysis.askedOfInAnyQuestion(other));
  }

  /**
   * Whether a concept is a medicine the scene tells of ("takes drug X for his acne") while
   * the question asks of the condition it names: no clause that asks writes the medicine, nor points
   * back at it, and the condition is the subject. What the patient takes is a circumstance; asked
   * of ("is drug X safe?", "is it any good?"), or a dose or a harm asked ("how many tablets?": of what
   * is taken), the corpus must hold it.
   */
  private boolean takenInTheScene(Concept concept, QuestionAnalysis analysis) {
    Concept primary = analysis.primary();
    return concept.kind() == Concept.Kind.DRUG && !chemical(concept) && primary != concept
        && primary.kind() == Concept.Kind.CONDITION && primary.origin() != Concept.Origin.QUESTION
        && analysis.singlesOutAClause() && !analysis.askedOfInAnyQuestion(concept)
        && !analysis.asks(Intent.DOSING) && !analysis.asks(Intent.CAUTIONS)
        && !POINTS_BACK.matcher(analysis.askingClause()).find();
  }

  /** Whether the vocabulary files a concept among drugs, and it is no medicine: a chemical. */
  private boolean chemical(Concept concept) {
    return concept.kind() == Concept.Kind.DRUG && !terminology.isMedicine(concept);
  }

  /**
   * A product's name the question writes ({@link ProperNames#isProductName}: "my doctor mentioned
   * Zelvora", not "my daughter Emily") that no passage, title or subject name holds: a product the
   * corpus does not know. A brand is what patients write of a drug they were given, and no
   * vocabulary here lists brands, so its kind cannot be read; but the question names it, and nothing
   * indexed can say what it is.
   */
  private Optional<String> unknownProperName(String question) throws IOException {
    // The question as read: a proper name one edit from an indexed word was corrected already.
    for (Stems.Token token : Stems.tokens(question)) {
      String written = question.substring(token.start(), token.end());
      if (ProperNames.isProductName(question, token.start(), written) && !index.hasTerm(token.stem())) {
        return Optional.of(written);
      }
    }
    return Optional.empty();
  }

  /**
   * A condition the question names around a concept of another kind, by words each indexed but
   * never together: "cytokine release syndrome" is not about cytokines. The phrase runs from the
   * subject to the condition word (syndrome, disease, disorder) that ends it.
   */
  private Optional<String> unindexedConditionPhrase(QuestionAnalysis analysis) throws IOException {
    String question = analysis.question();
    int start = analysis.subject().isBlank() ? -1 : question.indexOf(analysis.subject());
    if (start < 0 || analysis.primary().kind() == Concept.Kind.CONDITION) {
      return Optional.empty();
    }
    java.util.regex.Matcher phrase = CONDITION_PHRASE.matcher(question).region(start, question.length());
    if (phrase.lookingAt() && namesOneThing(phrase.group()) && !index.hasPhrase(phrase.group())
        && !heldBySubjectName(phrase.group())) {
      return Optional.of(phrase.group());
    }
    return Optional.empty();
  }

  /** Whether the phrase, whole, is a name a source gives its subject (an eponym in another order). */
  private boolean heldBySubjectName(String phrase) throws IOException {
    return subjectNames.longestIn(phrase).filter(named -> named.written().equalsIgnoreCase(phrase.strip())).isPresent();
  }

  /**
   * Whether the words between the subject and the condition word name something with them: none is
   * a stop word, a word of asking or an intent's cue ("ceftriaxone dose for gonococcal infection"
   * asks a dose for an infection; "cytokine release syndrome" is one name).
   */
  private static boolean namesOneThing(String phrase) {
    String[] words = phrase.trim().split("\\s+");
    String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
    return Stems.tokens(middle).size() == middle.split("\\s+").length - (middle.isEmpty() ? 1 : 0)
        && FocusWords.of(middle).size() == Stems.tokens(middle).size();
  }

  /**
   * Whether passages have every word of one of the concept's names. Words, not the phrase, for a
   * condition, a symptom or a drug: they are often written otherwise ("vulvo-vaginal candidiasis",
   * "benzathine penicillin"). A device or an organism of several words is a name, held only as a
   * phrase (in a passage's text or a subject's names) or whole in one title: "heart", "assist" and
   * "device" each indexed do not make a heart-assist device one, nor "candida" and a species word
   * from elsewhere that species.
   */
  private boolean anyNameIndexed(Concept concept) throws IOException {
    boolean nameOnly = concept.kind() == Concept.Kind.DEVICE || concept.kind() == Concept.Kind.ORGANISM;
    for (String written : concept.names()) {
      if (nameOnly && SubjectMatcher.stemsOf(written).size() > 1 && index.hasPhrase(written)) {
        return true;
      }
    }
    for (Set<String> name : concept.nameStems()) {
      if (nameOnly && name.size() > 1) {
        continue;
      }
      boolean all = true;
      for (String stem : name) {
        all = all && index.hasTerm(stem);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The concept as the question wrote it ("nirmatrelvir"), else its name. */
  private static String writtenName(String question, Concept concept) {
    String lower = question.toLowerCase(Locale.ROOT);
    for (String name : concept.names()) {
      int at = lower.indexOf(name.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        return question.substring(at, at + name.length());
      }
    }
    return concept.name();
  }

  /**
   * Whether a word is two indexed words written as one ("bedbound", "handwashing"): a word of the
   * language the sources write apart or otherwise, not a name they lack. Each part has at least
   * {@value #MIN_COMPOUND_PART} letters.
   */
  private boolean compound(String word) throws IOException {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!lower.matches("\\p{L}+")) {
      return false;
    }
    for (int split = MIN_COMPOUND_PART; split <= lower.length() - MIN_COMPOUND_PART; split++) {
      List<Stems.Token> left = Stems.tokens(lower.substring(0, split));
      List<Stems.Token> right = Stems.tokens(lower.substring(split));
      if (left.size() == 1 && right.size() == 1 && index.hasTerm(left.get(0).stem())
          && index.hasTerm(right.get(0).stem())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word no indexed passage has, written right before or after the subject ("glorbic fever", a
   * model number between them allowed: "Zentrix 3 insulin pump"), or
   * inside a short subject no vocabulary knew ("flurbogen disease"): the question names something
   * the corpus does not hold. A word within the spell checker's edits of words the passages have
   * ("takin" before a drug's name) is one of them misspelt, whether or not the question's reader
   * could tell which one and correct it; so is the start of words they have ("abdo pain"), a word
   * clipped as notes clip them.
   */
  private Optional<String> unknownWordBesideSubject(QuestionAnalysis analysis) throws IOException {
    String question = analysis.question();
    int start = analysis.subject().isBlank() ? -1 : question.indexOf(analysis.subject());
    if (start < 0) {
      return Optional.empty();
    }
    int end = start + analysis.subject().length();
    // A name no vocabulary knew ("flurbogen disease") is short; a lay description ("my big toe went
    // red") is not a name, and an unknown word in it says nothing.
    boolean ownWords = analysis.primary().origin() == Concept.Origin.QUESTION
        && FocusWords.of(analysis.subject()).size() <= MAX_NAME_WORDS;
    List<Stems.Token> tokens = Stems.tokens(question);
    Set<String> focus = FocusWords.of(question);
    for (Stems.Token token : tokens) {
      boolean inside = token.start() >= start && token.end() <= end;
      // Nothing but spaces (and a model number) between the word and the subject: no other word.
      boolean before = token.end() <= start && BESIDE.matcher(question.substring(token.end(), start)).matches();
      boolean after = token.start() >= end && BESIDE.matcher(question.substring(end, token.start())).matches();
      String written = question.substring(token.start(), token.end());
      // A salt written beside a drug's name ("… hydrochloride", "sodium …") is the form it is given
      // as, no concept of the question's (DrugForms): no source need name it.
      boolean form = (before || after) && analysis.primary().kind() == Concept.Kind.DRUG && DrugForms.isSalt(written);
      if ((ownWords ? inside : before || after) && !form && focus.contains(token.stem())
          && unknown(question, token, false)) {
        return Optional.of(written);
      }
    }
    return Optional.empty();
  }

  /**
   * A proper name no indexed passage has, written right before a word that makes it the name of a
   * condition or an organism ("… virus", "… syndrome"), wherever the question writes it ("could it
   * be Glorbix virus?"): what it names is no subject the question's reader found, and the corpus
   * does not hold it. Named with the capitalised words of substance before it, up to {@value
   * #MAX_NAME_WORDS} words in all ("Glorbix Vantu virus"). A word in lower case ("a spiking fever",
   * a lay name the reader found) describes, or is one the speller or the vocabulary read.
   */
  private Optional<String> unknownNameOfACondition(String question) throws IOException {
    List<Stems.Token> tokens = Stems.tokens(question);
    Set<String> focus = FocusWords.of(question);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Stems.Token token = tokens.get(i);
      Stems.Token head = tokens.get(i + 1);
      if (NAMING_HEAD.matcher(question.substring(head.start(), head.end())).matches()
          && question.substring(token.end(), head.start()).isBlank() && focus.contains(token.stem())
          && ProperNames.isProperName(question, token.start(), question.substring(token.start(), token.end()))
          && unknown(question, token, true)) {
        int first = i;
        while (first > 0 && i - first < MAX_NAME_WORDS - 1) {
          Stems.Token before = tokens.get(first - 1);
          if (!question.substring(before.end(), tokens.get(first).start()).isBlank() || !focus.contains(before.stem())
              || !ProperNames.isProperName(question, before.start(), question.substring(before.start(), before.end()))) {
            break;
          }
          first--;
        }
        return Optional.of(question.substring(tokens.get(first).start(), head.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a word of the question is one no passage has and none of the language's: not two
   * indexed words written as one, a word of time, a multiple, an indexed word misspelt or clipped.
   * A word read as the proper name of a condition or an organism ({@code properName}) is no compound
   * ("Oro" and "pouch" make no place's name), nor a clipped word ("Lassa" is not "Lassar's"); beside
   * the subject, a capital may be a title's ("How To Treat Bronch Asthma?").
   */
  private boolean unknown(String question, Stems.Token token, boolean properName) throws IOException {
    String written = question.substring(token.start(), token.end());
    return !index.hasTerm(token.stem()) && (properName || !compound(written)) && !ProperNames.tellsWhen(written)
        && !MULTIPLE.matcher(written).matches() && !index.misspelt(written) && (properName || !index.clipped(written));
  }
}
