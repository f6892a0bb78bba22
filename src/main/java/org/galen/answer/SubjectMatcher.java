package org.galen.answer;

import java.util.List;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * Decides whether a text mentions the question's subject: all the stems of one of its names
 * ("chronic obstructive pulmonary disease" or "COPD"). A subject no vocabulary knew is matched on
 * two thirds of its words, so "opioid-induced segmental myoclonus" still finds "myoclonus induced
 * by opioids".
 */
final class SubjectMatcher {
  private static final double UNKNOWN_SUBJECT_SHARE = 2.0 / 3;
  /**
   * Words that narrow a condition without making it another one: a guideline on "Acute Otitis Media"
   * answers a question on otitis media; one on "myoclonus-dystonia" does not answer one on myoclonus.
   */
  private static final Set<String> MODIFIERS = Stems.of("clinical acute chronic severe mild moderate uncomplicated "
      + "complicated recurrent persistent primary secondary simple adult adults childhood children child paediatric "
      + "pediatric neonatal newborn infant infants pregnancy pregnant early late stage type management treatment");

  private final List<Set<String>> names;
  /** Every name's stems, as a question may write it: an initialism's too. */
  private final List<Set<String>> writtenNames;
  /**
   * The stems of the subject's own name and of the words the question names it with: a title
   * adding a form they exclude is about another condition.
   */
  private final Set<String> ownWords;
  /** Every stem the question writes, cues included: a form it writes is no form a title adds. */
  private final Set<String> writtenWords;
  private final boolean vocabularyConcept;
  private final Set<String> qualifiers;
  private final List<List<Set<String>>> others;
  /** Words a title may have and still be about exactly the subject: the subject's and the question's. */
  private final Set<String> questionWords;

  /** Whether words a title adds to the subject name a condition of their own (then it is another subject). */
  private final java.util.function.Predicate<String> namesCondition;
  private final java.util.function.Predicate<String> namesBroader;
  /**
   * Words of the headings MeSH files the subject under, at any level: they place it, not narrow it.
   * Walked up the trees only when a title needs them, not for every matcher an answer makes.
   */
  private final java.util.function.Supplier<Set<String>> placing;
  /** What sort of thing the subject is: a condition's look-alikes are left out, a drug's guidelines are others'. */
  private final Concept.Kind kind;

  /**
   * Which texts mention the settled subject, and which titles are about it: words the vocabularies
   * read as another condition are not, a broader heading's are.
   */
  static SubjectMatcher of(QuestionAnalysis analysis, org.galen.answer.question.Terminology terminology) {
    return new SubjectMatcher(analysis, words -> terminology.namesOtherCondition(words, analysis.primary()),
        words -> terminology.namesBroaderCondition(words, analysis.primary()),
        () -> terminology.wordsFilingUnder(analysis.primary()));
  }

  /**
   * @param namesCondition whether words name a condition or drug other than the subject
   * @param namesBroader whether words name a condition MeSH files the subject under
   */

  SubjectMatcher(QuestionAnalysis analysis, java.util.function.Predicate<String> namesCondition,
      java.util.function.Predicate<String> namesBroader) {
    this(analysis, namesCondition, namesBroader, Set::of);
  }

  /** @param placing the stems of the headings MeSH files the subject under, at any level */
  SubjectMatcher(QuestionAnalysis analysis, java.util.function.Predicate<String> namesCondition,
      java.util.function.Predicate<String> namesBroader, java.util.function.Supplier<Set<String>> placing) {
    this.placing = placing;
    this.namesCondition = namesCondition;
    this.namesBroader = namesBroader;
    this.kind = analysis.primary().kind();
    this.writtenNames = analysis.primary().nameStems();
    // An initialism the stemmer cuts names nothing in a source's text by its stems ("NMS" would be
    // any "nm", "ALS" any "et al."): its long form does, unless it has none.
    List<Set<String>> uncut = analysis.primary().names().stream().filter(name -> !cutInitialism(name))
        .map(Stems::of).filter(stems -> !stems.isEmpty()).toList();
    this.names = uncut.isEmpty() ? writtenNames : uncut;
    this.questionWords = new java.util.HashSet<>(FocusWords.of(analysis.question()));
    names.forEach(questionWords::addAll);
    questionWords.addAll(analysis.qualifiers());
    this.vocabularyConcept = analysis.primary().origin() != Concept.Origin.QUESTION;
    this.qualifiers = analysis.qualifiers();
    this.others = analysis.others().stream().map(Concept::nameStems).toList();
    Set<String> own = new java.util.HashSet<>(Stems.of(analysis.primary().name()));
    own.addAll(Stems.of(analysis.subject()));
    this.ownWords = Set.copyOf(own);
    this.writtenWords = Stems.of(analysis.question());
  }

  boolean mentionedIn(Set<String> stems) {
    return mentionedIn(names, stems);
  }

  private boolean mentionedIn(List<Set<String>> byNames, Set<String> stems) {
    if (vocabularyConcept) {
      return byNames.stream().anyMatch(stems::containsAll);
    }
    return byNames.stream().anyMatch(name -> share(name, stems) >= UNKNOWN_SUBJECT_SHARE);
  }

  /** Whether a name is written in capitals, as an initialism, and the stemmer cuts it ("NMS" to "nm"). */
  static boolean cutInitialism(String name) {
    return name.matches("[A-Z][A-Z0-9]+") && !Stems.of(name).equals(Set.of(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Whether the question described its subject without naming any word of it (a joint gone red and
   * swollen overnight): the sources settled what it is, so the article says what it is and what helps.
   */
  boolean describedIn(QuestionAnalysis analysis) {
    return !analysis.followUp() && !mentionedIn(writtenNames, Stems.of(analysis.question()));
  }

  /**
   * Whether a document's title says it is about the subject itself, not a narrower condition that
   * contains its name: "What are the treatments for Myoclonus?" is, "...for myoclonus-dystonia?" is not.
   */
  boolean isTitleAbout(String title) {
    return isTitleAbout(title, false);
  }

  /**
   * As {@link #isTitleAbout(String)}; a guideline's title names a condition, so words it adds that
   * name no condition or drug of their own only qualify it: "Bronchial Asthma" and
   * "Seizures/Epilepsies" are about asthma and epilepsy, "Myoclonus-dystonia" is not about myoclonus;
   * and a guideline on the condition MeSH files the subject under covers it.
   */
  boolean isTitleAbout(String title, boolean guideline) {
    return isTitleAbout(title, guideline, guideline);
  }

  /**
   * As {@link #isTitleAbout(String, boolean)}, with what the title's other words may do and whether
   * a broader condition's title covers the subject told apart: a report's title ("Guidelines for
   * Prophylaxis Against …") is qualified by its other words but must name the subject itself.
   */
  boolean isTitleAbout(String title, boolean othersQualify, boolean coversBroader) {
    Set<String> stems = Stems.of(title);
    // "Peptic Ulcer Disease (PUD)": a parenthesis restates the title, it does not narrow it.
    String unbracketed = BracketedNames.withoutBrackets(title);
    // "Chlamydial Infection (Other Than Lymphogranuloma Venereum)" is not about the condition it
    // excludes, though it covers it as the broader condition; "Pneumonia (Other Than Aspiration
    // Pneumonia)" is still about pneumonia.
    if (mentionedIn(Stems.of(BracketedNames.excludedBy(title))) && !mentionedIn(Stems.of(unbracketed))) {
      return false;
    }
    Set<String> extra = new java.util.HashSet<>(FocusWords.of(unbracketed));
    extra.removeAll(questionWords);
    // "Chronic Myeloid Leukaemia" names myeloid leukaemia, under which MeSH files the acute form
    // asked of: a title narrowed to a form the subject excludes is about another condition. All the
    // title's stems count: a focus word list drops some forms ("lower", "complicated") as cues.
    Set<String> forms = new java.util.HashSet<>(Stems.of(unbracketed));
    forms.removeAll(writtenWords);
    forms.removeAll(ownWords);
    if (OpposedQualifiers.builtIn().opposes(stems, forms, ownWords)) {
      return false;
    }
    extra.removeAll(MODIFIERS);
    if (!mentionedIn(stems)) {
      // "Seizures/Epilepsies" covers status epilepticus, which MeSH files under epilepsy.
      return coversBroader && namesBroader.test(unbracketed);
    }
    // "Bronchial Asthma" is about asthma; "Myoclonus-dystonia" is another condition than myoclonus.
    String added = Stems.tokens(unbracketed).stream().filter(t -> extra.contains(t.stem()))
        .map(t -> unbracketed.substring(t.start(), t.end())).collect(java.util.stream.Collectors.joining(" "));
    if (extra.isEmpty()) {
      return true;
    }
    boolean another = namesCondition.test(added);
    // "Parasites - Babesiosis": a source's series names where the subject belongs, as MeSH files it —
    // when its words name no other condition ("Heart Failure after Myocardial Infarction" is not
    // about the infarction, whose headings hold "heart").
    return !another && (othersQualify || placing.get().containsAll(extra));
  }

  /**
   * Whether a title (not about the subject: the caller asks {@link #isTitleAbout} first) names
   * another condition: "Pediculosis (Lice)" for scabies, "progressive myoclonus epilepsy with
   * ataxia" for myoclonus. Its sentences that mention the subject are about that other condition.
   * Only for a condition or a sign: a drug or a procedure is rightly found in the guidelines of the
   * conditions it treats.
   */
  boolean isTitleAboutAnotherCondition(String title) {
    return (kind == Concept.Kind.CONDITION || kind == Concept.Kind.SYMPTOM) && namesCondition.test(title);
  }

  /** Whether the subject is a condition or a sign (not a drug, an organism, a procedure...). */
  boolean isCondition() {
    return kind == Concept.Kind.CONDITION || kind == Concept.Kind.SYMPTOM;
  }

  /** Whether the subject is a drug (its guidelines are those of the conditions it treats). */
  boolean isDrug() {
    return kind == Concept.Kind.DRUG;
  }

  /** Whether the subject is a drug or an organism: named in the guidelines of other conditions. */
  boolean isDrugOrOrganism() {
    return kind == Concept.Kind.DRUG || kind == Concept.Kind.ORGANISM;
  }

  /** The share of the follow-up's or question's qualifying words ("children", "renal") the text has. */
  double qualifierShare(Set<String> stems) {
    return qualifiers.isEmpty() ? 0 : share(qualifiers, stems);
  }

  boolean hasQualifiers() {
    return !qualifiers.isEmpty();
  }

  /** The share of the other named concepts (a drug asked about) the text mentions. */
  double othersShare(Set<String> stems) {
    if (others.isEmpty()) {
      return 0;
    }
    long mentioned = others.stream().filter(names -> names.stream().anyMatch(stems::containsAll)).count();
    return mentioned / (double) others.size();
  }

  static Set<String> stemsOf(String text) {
    return Stems.of(text);
  }

  private static double share(Set<String> wanted, Set<String> present) {
    return wanted.isEmpty() ? 0 : wanted.stream().filter(present::contains).count() / (double) wanted.size();
  }
}
