package org.galen.answer.question;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the vocabularies say of names, for the steps after reading the question: which conditions
 * a title names, what MeSH files a subject under, the long forms of an abbreviation. Immutable over
 * an immutable {@link ConceptVocabulary}; thread-safe. The topic step reads it directly, so it never
 * calls back into {@link QuestionAnalyzer}.
 */
public final class Terminology {
  /** Kinds of what no patient has: chemicals and medicines, groups of people, settings, body parts. */
  private static final Set<Concept.Kind> NO_CONDITION = Set.of(Concept.Kind.DRUG, Concept.Kind.POPULATION,
      Concept.Kind.SETTING, Concept.Kind.ANATOMY);

  /** Kinds of what is done for a patient: procedures and devices. */
  private static final Set<Concept.Kind> DONE_FOR_A_PATIENT = Set.of(Concept.Kind.PROCEDURE, Concept.Kind.DEVICE);

  private final ConceptVocabulary vocabulary;

  public Terminology(ConceptVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Whether a drug is a medicine DrugBank lists, not only a MeSH class or chemical ({@link ConceptVocabulary#isMedicine}). */
  public boolean isMedicine(Concept drug) {
    return vocabulary.isMedicine(drug);
  }

  /**
   * Whether a text names a condition or a drug other than {@code subject} and not filed under it
   * in MeSH: "dystonia" of "Myoclonus-dystonia" and "Pyridoxine" of "Pyridoxine-dependent epilepsy"
   * do; "Bronchial" of "Bronchial Asthma" does not, nor "Seizures" of "Seizures/Epilepsies" for
   * epilepsy (MeSH files seizures under epilepsy), nor a condition whose name is part of the
   * subject's ("Meningitis" of meningococcal meningitis, however many levels up MeSH files it).
   */
  public boolean namesOtherCondition(String text, Concept subject) {
    return namesOther(text, subject, Set.of(Concept.Kind.CONDITION, Concept.Kind.DRUG));
  }

  /** Whether a text names a condition other than {@code subject}, as {@link #namesOtherCondition} reads it; drugs aside. */
  public boolean namesOtherDisease(String text, Concept subject) {
    return namesOther(text, subject, Set.of(Concept.Kind.CONDITION));
  }

  private boolean namesOther(String text, Concept subject, Set<Concept.Kind> kinds) {
    Set<String> subjectWords = wordsOf(subject.name());
    List<String> filedUnder = broaderOf(subject);
    return vocabulary.mentionsIn(text).stream().map(ConceptVocabulary.Mention::concept)
        .filter(c -> kinds.contains(c.kind()))
        .anyMatch(c -> !c.name().equals(subject.name()) && !c.broader().contains(subject.name())
            && !filedUnder.contains(c.name()) && !namedWithin(c, subjectWords));
  }

  /**
   * Whether a condition's name is words of the subject's name, as written: a broader condition,
   * not another. Written words, not stems: the stemmer folds "hepatitis" into "hepatic".
   */
  private static boolean namedWithin(Concept condition, Set<String> subjectWords) {
    Set<String> words = wordsOf(condition.name());
    return condition.kind() == Concept.Kind.CONDITION && !words.isEmpty() && subjectWords.containsAll(words)
        && subjectWords.size() > words.size();
  }

  private static Set<String> wordsOf(String name) {
    return java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty()).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * Whether a name is, to the vocabulary, the name of something no patient has: a chemical or a
   * medicine ("Drinking Water", "Iron"), a group of people ("Pregnancy"), a setting or a body part.
   * A condition, a symptom, an organism, a procedure or device, and a name no vocabulary files
   * (a rare disease, a behaviour such as "Depression") may be what a patient has or is asked of.
   */
  public boolean namesNoCondition(String name) {
    return namesWholeOneOf(name, NO_CONDITION);
  }

  /**
   * Whether a name is, to the vocabulary, the name of a procedure or a device, whole: what was done
   * for a patient (a transplantation, a bypass), not what the patient has.
   */
  public boolean namesAProcedure(String name) {
    return namesWholeOneOf(name, DONE_FOR_A_PATIENT);
  }

  /** Whether the vocabulary reads the whole name, stripped, as a concept of one of these kinds. */
  private boolean namesWholeOneOf(String name, Set<Concept.Kind> kinds) {
    String whole = name.strip();
    return vocabulary.mentionsIn(whole).stream()
        .anyMatch(m -> m.start() == 0 && m.end() == whole.length() && kinds.contains(m.concept().kind()));
  }

  /** Whether a name is, to the vocabulary, the name of a sign or symptom ("Chest Pain"). */
  public boolean namesASign(String name) {
    return vocabulary.mentionsIn(name).stream().map(ConceptVocabulary.Mention::concept)
        .anyMatch(c -> c.kind() == Concept.Kind.SYMPTOM && c.name().equalsIgnoreCase(name.strip()));
  }

  /**
   * Whether a text names a heading MeSH files {@code subject} under ("Seizures/Epilepsies" for status
   * epilepticus, a kind of epilepsy), or only headings filed under the subject ("Thyrotoxicosis"
   * for hyperthyroidism): a guideline on that condition covers the subject.
   */
  public boolean namesBroaderCondition(String text, Concept subject) {
    List<Concept> conditions = vocabulary.mentionsIn(text).stream().map(ConceptVocabulary.Mention::concept)
        .filter(c -> c.kind() == Concept.Kind.CONDITION).toList();
    // Every condition the title names is that broader heading or filed under it with the subject
    // ("Seizures" is filed under epilepsy too); "Vulvo-Vaginal Candidiasis" names candidiasis,
    // outside bacterial vaginosis' family, so it does not cover it.
    List<String> filedUnder = broaderOf(subject);
    boolean broader = conditions.stream().anyMatch(c -> filedUnder.contains(c.name()))
        && conditions.stream().allMatch(c -> filedUnder.contains(c.name())
            || c.broader().stream().anyMatch(filedUnder::contains));
    // Or every condition it names is filed under the subject: "Thyrotoxicosis" is a form of
    // hyperthyroidism, and its guideline is the one on hyperthyroidism.
    boolean narrower = !conditions.isEmpty() && conditions.stream().allMatch(c -> c.broader().contains(subject.name()));
    return broader || narrower;
  }

  /**
   * The focus words of every heading MeSH files {@code subject} under, at any level up its trees
   * ("parasit", "diseas" for babesiosis, under Protozoan Infections under Parasitic Diseases); none
   * for a subject MeSH does not file. A heading the vocabulary does not hold under its own name (a
   * name too long for it to read, or a key another heading took) ends the walk on its branch: fewer
   * words, never other ones.
   */
  public Set<String> wordsFilingUnder(Concept subject) {
    Set<String> words = new java.util.HashSet<>();
    java.util.Deque<String> headings = new java.util.ArrayDeque<>(broaderOf(subject));
    Set<String> seen = new java.util.HashSet<>();
    while (!headings.isEmpty()) {
      String heading = headings.pop();
      if (seen.add(heading)) {
        words.addAll(FocusWords.of(heading));
        vocabulary.heading(heading).ifPresent(parent -> headings.addAll(parent.broader()));
      }
    }
    return words;
  }

  /**
   * The headings MeSH files the subject under. A subject the evidence settled (a source's name for
   * it, no heading's) files where the vocabulary's heading of that name does: "Cyclosporiasis" from
   * a page's focus, as MeSH's.
   */
  private List<String> broaderOf(Concept subject) {
    return subject.broader().isEmpty()
        ? vocabulary.heading(subject.name()).map(Concept::broader).orElse(List.of()) : subject.broader();
  }

  /** The long forms of an abbreviation as written ("ACS"); empty when the vocabulary has none. */
  public List<String> longForms(String abbreviation) {
    return vocabulary.longForms(abbreviation);
  }

  /**
   * Resolves ambiguous abbreviations by what the retrieved evidence says: "ACS" is the long form the
   * retrieved passages name most, if one clearly leads; otherwise it stays as written.
   */
  public QuestionAnalysis resolveAbbreviations(QuestionAnalysis analysis, List<String> evidenceTexts) {
    Concept primary = analysis.primary();
    List<String> forms = vocabulary.longForms(primary.name());
    if (primary.origin() != Concept.Origin.ABBREVIATION || forms.size() < 2) {
      return analysis;
    }
    List<Set<String>> evidence = evidenceTexts.stream().map(Stems::of).toList();
    record Count(String form, long count) {}
    List<Count> counts = forms.stream()
        .map(form -> new Count(form, evidence.stream().filter(e -> e.containsAll(Stems.of(form))).count()))
        .sorted(Comparator.comparingLong(Count::count).reversed()).toList();
    if (counts.get(0).count() == 0 || counts.get(0).count() == counts.get(1).count()) {
      return analysis;
    }
    return analysis.withPrimary(vocabulary.expansion(primary.name(), counts.get(0).form()));
  }
}
