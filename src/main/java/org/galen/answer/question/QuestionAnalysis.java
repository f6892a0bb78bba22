package org.galen.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a question asks ({@link #intents}) about what ({@link #primary} and {@link #others}), as
 * {@link QuestionAnalyzer} understood it. Stored with each turn of a conversation, so a follow-up
 * ("what about in renal impairment?") inherits its subject.
 *
 * @param question the words as asked
 * @param retrievalText what retrieval searches for: the question, or for a follow-up the previous
 *     subject with the new words
 * @param intents what is asked, in the order asked; empty for "What is X?" (an overview)
 * @param primary the subject every cited statement must mention (a disease where one is named)
 * @param others other concepts named (a drug, a population, a follow-up's qualifier): they rank
 * @param subject the subject as the user wrote it, for headings and suggested follow-ups
 * @param qualifiers stems a follow-up added ("renal", "impair"): statements mentioning them rank first
 * @param followUp whether this question was read in the context of the previous turn
 * @param typed the question as typed, when spelling was corrected ({@code question} is then the
 *     corrected wording every later step reads)
 * @param corrections each correction made, "tonsilitis → tonsillitis"; empty when none
 */
public record QuestionAnalysis(String question, String retrievalText, List<Intent> intents, Concept primary,
    List<Concept> others, String subject, Set<String> qualifiers, boolean followUp, String typed,
    List<String> corrections) {
  /** Analyses stored before spelling correction existed read back as typed, uncorrected. */
  public QuestionAnalysis {
    intents = List.copyOf(intents);
    others = List.copyOf(others);
    qualifiers = Set.copyOf(qualifiers);
    typed = typed == null ? question : typed;
    corrections = corrections == null ? List.of() : List.copyOf(corrections);
  }

  public QuestionAnalysis(String question, String retrievalText, List<Intent> intents, Concept primary,
      List<Concept> others, String subject, Set<String> qualifiers, boolean followUp) {
    this(question, retrievalText, intents, primary, others, subject, qualifiers, followUp, question, List.of());
  }

  /** This analysis of the corrected wording, remembering what was typed and what was corrected. */
  public QuestionAnalysis typedAs(String typedQuestion, List<String> madeCorrections) {
    return new QuestionAnalysis(question, retrievalText, intents, primary, others, subject, qualifiers, followUp,
        typedQuestion, madeCorrections);
  }

  /** The same analysis with other qualifiers (the settled topic's content words). */
  public QuestionAnalysis withQualifiers(Set<String> settled) {
    return new QuestionAnalysis(question, retrievalText, intents, primary, others, subject, settled, followUp, typed,
        corrections);
  }

  /** The same analysis with its concepts going by the sources' spellings too, searched for as well. */
  QuestionAnalysis withSourcesSpellings(Concept spelledPrimary, List<Concept> spelledOthers, String searched) {
    return new QuestionAnalysis(question, searched, intents, spelledPrimary, spelledOthers, subject, qualifiers,
        followUp, typed, corrections);
  }

  /** The same analysis about another subject, as the evidence settled it. */
  public QuestionAnalysis about(Concept settled, String subjectWords, List<Concept> otherConcepts,
      Set<String> settledQualifiers) {
    return new QuestionAnalysis(question, retrievalText, intents, settled, otherConcepts, subjectWords,
        settledQualifiers, followUp, typed, corrections);
  }

  public boolean asks(Intent intent) {
    return intents.contains(intent);
  }

  /**
   * The intents its last question asking anything asks: what the asker wants answered, when an
   * earlier clause only sets the scene (a diagnosis told, then "what's the treatment?" asks for
   * treatment, not a diagnosis). When the question marks a clause "?", the marked clauses, and those
   * after the last one opening as English asks ("…? and how long is it given"), are what is
   * asked; a statement told after them only sets the scene ("… side effects? she works nights").
   * With no clause marked, or none of the questions asking anything, the last clause asking
   * anything; all intents when no clause singles any out. A dose asked anywhere stays asked when
   * the last clause asks for treatment: a dose is the treatment made exact.
   */
  public List<Intent> mainIntents() {
    return new QuestionClauses(question, intents).mainIntents();
  }

  /**
   * The intents of every question the asker puts: the first section answers
   * the most specific of them, as it does for one question asking several.
   */
  public List<Intent> everyAskedIntent() {
    return new QuestionClauses(question, intents).everyAsked();
  }

  /**
   * The words of the clause {@link #mainIntents} reads what is asked from, else of the last clause
   * marked "?" ("… - what is the drug X course?" asks no intent by name); the whole question when
   * no clause singles itself out. What the question names outside it sets the scene.
   */
  public String askingClause() {
    return new QuestionClauses(question, intents).askingClause();
  }

  /**
   * Whether a clause singles itself out as what is asked: its words are not all the question's
   * (a question of one clause, with or without its "?", has no scene).
   */
  public boolean singlesOutAClause() {
    return !Stems.of(askingClause()).containsAll(Stems.of(question));
  }

  /**
   * Whether a clause that asks writes one of the concept's names: the one {@link #askingClause}
   * reads, or any other the question marks "?" ("how is X given, and for how long?
   * What else is Y for?" asks of X too).
   */
  public boolean askedOfInAnyQuestion(Concept concept) {
    QuestionClauses clauses = new QuestionClauses(question, intents);
    return concept.namedIn(Stems.of(clauses.askingClause() + " " + clauses.markedText()));
  }

  /** Whether the clause that asks ({@link #askingClause}) writes one of the concept's names. */
  public boolean asksOf(Concept concept) {
    Set<String> asking = Stems.of(askingClause());
    return concept.namedIn(asking);
  }

  /**
   * The words retrieval searches for besides the question's own (the clinical words for its lay
   * words), after the question as it searched it: whole, or with the findings it says are absent
   * blanked out. Empty when retrieval searched other words first (a follow-up's subject).
   */
  public String addedWords() {
    for (String searched : List.of(question, Negations.blanked(question).replaceAll("\\s+", " ").strip())) {
      if (!searched.isEmpty() && retrievalText.startsWith(searched)) {
        return retrievalText.substring(searched.length()).strip();
      }
    }
    return "";
  }

  /** Every concept named, the subject first. */
  public List<Concept> concepts() {
    List<Concept> all = new ArrayList<>(List.of(primary));
    all.addAll(others);
    return all;
  }

  /**
   * The subject narrowed by the question's own qualifying words, when a source is about exactly
   * that ("acute otitis media" has its own guideline, apart from "chronic otitis media"): the
   * qualifiers become part of every name, and statements must mention them too.
   */
  public QuestionAnalysis narrowedBy(String qualifierWords) {
    List<String> names = primary.names().stream().map(name -> qualifierWords + " " + name).toList();
    // The name stays the vocabulary's heading ("Otitis Media", for glosses); every name a statement
    // may use now carries the qualifier.
    Concept narrowed = new Concept(primary.name(), primary.origin(), primary.id(), names, primary.broader(),
        primary.kind());
    return new QuestionAnalysis(question, retrievalText, intents, narrowed, others, qualifierWords + " " + subject,
        Set.of(), followUp, typed, corrections);
  }

  /**
   * The question's words whose stems are qualifiers, as written: "acute"; words written together
   * stay together, hyphens included ("opioid-induced segmental").
   */
  public String qualifierWords() {
    List<Stems.Token> words = Stems.tokens(question).stream().filter(t -> qualifiers.contains(t.stem())).toList();
    List<String> phrases = new ArrayList<>();
    Set<String> said = new java.util.HashSet<>();
    int i = 0;
    while (i < words.size()) {
      int start = words.get(i).start();
      int end = words.get(i).end();
      while (i + 1 < words.size() && question.substring(end, words.get(i + 1).start()).matches("[\\s-]*")) {
        end = words.get(++i).end();
      }
      String phrase = question.substring(start, end);
      // "opioid-induced segmental myoclonus (Opioid-Induced ...)": a phrase restating words already said adds nothing.
      if (!said.containsAll(Stems.of(phrase))) {
        phrases.add(phrase);
        said.addAll(Stems.of(phrase));
      }
      i++;
    }
    return String.join(" ", phrases);
  }

  /** The same analysis with the subject known by more names (MedQuAD focus synonyms, an expansion). */
  public QuestionAnalysis withPrimary(Concept resolved) {
    return new QuestionAnalysis(question, retrievalText, intents, resolved, others, subject, qualifiers, followUp,
        typed, corrections);
  }
}
