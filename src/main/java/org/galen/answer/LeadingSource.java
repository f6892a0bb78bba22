package org.galen.answer;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Populations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * Chooses the source an article leads with — its bottom line comes from it, and it is read whole.
 * Guidelines first, for every audience: a guideline titled with the subject (or with a broader
 * condition that covers it); else a source titled with the subject itself; else, for a condition
 * or a drug, the guideline about it under another name; else the best source titled with it.
 * Thread-safe.
 */
final class LeadingSource {
  /** Sentences naming a condition that make a guideline about it, under another title. */
  private static final int NAMED_THROUGHOUT = 3;
  /**
   * Parts of a guideline (its sections: introduction, features, treatment…) those sentences must be
   * spread over: a list of another condition's forms in one part, cut into sentences at each
   * abbreviation's full stop, names the look-alike in those forms once, not throughout.
   */
  private static final int NAMED_IN_PARTS = 2;
  /** Guidelines read whole to count how often they name the subject: a few, for speed. */
  private static final int MAX_GUIDELINES_COUNTED = 8;

  /**
   * The leading source, if any, whether it is about the subject under another name (its
   * sentences then qualify as a titled source's do), and whether that name is a class of conditions
   * holding the subject (its lines on another condition of the class are then that condition's).
   */
  record Lead(Optional<String> docId, boolean underAnotherName, boolean ofAClass) {
    Lead(Optional<String> docId, boolean underAnotherName) {
      this(docId, underAnotherName, false);
    }
  }

  private final EvidenceReader index;

  LeadingSource(EvidenceReader index) {
    this.index = index;
  }

  /**
   * @param labelAnswers whether a label of the drug the question is about answers it ({@link
   *     LabelledDrug#answers}): the label then leads
   */
  Lead choose(List<Candidate> candidates, List<PassageHit> evidence, SubjectMatcher subject,
      QuestionAnalysis analysis, boolean labelAnswers) throws IOException {
    Concept about = analysis.primary();
    List<Populations.Group> asked = AskedPeople.of(analysis);
    if (labelAnswers) {
      // A drug's label is the authority on it: the label of the drug alone (a combination
      // product's only when the question names it whole), of the products whose names share the
      // most of the question's words (tablets, not an injection), the best-scoring. Each label is
      // read once, for its generic names.
      Set<String> questionWords = org.galen.answer.question.Stems.of(analysis.question());
      java.util.Map<String, Boolean> ofAsked = new java.util.HashMap<>();
      List<Concept> product = OneProduct.with(analysis, about);
      List<Candidate> labels = new java.util.ArrayList<>();
      for (Candidate c : candidates) {
        if (c.passage().sourceKind() == SourceKind.LABEL && LabelledDrug.titleNames(c.passage().title(), about)) {
          if (!ofAsked.containsKey(c.docId())) {
            ofAsked.put(c.docId(), index.document(c.docId()).map(d -> LabelledDrug.ofAsked(d, about, product))
                .orElse(false));
          }
          if (ofAsked.get(c.docId())) {
            labels.add(c);
          }
        }
      }
      Optional<String> label = labels.stream().max(Comparator.comparingLong((Candidate c) ->
              org.galen.answer.question.Stems.of(c.passage().title()).stream().filter(questionWords::contains).count())
          .thenComparingDouble(Candidate::score)).map(Candidate::docId);
      if (label.isPresent()) {
        return new Lead(label, true);
      }
    }
    Optional<String> titled = titledAboutSubject(candidates, evidence, subject, asked, analysis.mainIntents(),
        askedDrugs(analysis));
    Optional<StoredPassage> forAsked = guidelineForAskedPeople(evidence, subject, peopleAskedAbout(asked, about),
        titled);
    if (forAsked.isPresent()) {
      // Titled with a class of conditions for them ("Cardiac Disease in Pregnancy"), its lines on
      // another condition of the class are that condition's.
      boolean ofAClass = !subject.mentionedIn(SubjectMatcher.stemsOf(forAsked.get().title()));
      return new Lead(forAsked.map(StoredPassage::docId), true, ofAClass);
    }
    boolean guidelineTitled = titled.isPresent() && candidates.stream()
        .anyMatch(c -> c.docId().equals(titled.get()) && c.passage().evidenceLevel() == EvidenceLevel.GUIDELINE);
    // A source titled with the subject itself that leads over a broader condition's guideline is not
    // undone by another guideline naming the subject throughout.
    boolean overBroader = titled.isPresent() && !guidelineTitled && candidates.stream()
        .anyMatch(c -> c.aboutSubject() && c.passage().evidenceLevel() == EvidenceLevel.GUIDELINE);
    if (!guidelineTitled && !overBroader && about.kind().subjectRank() >= Concept.Kind.DRUG.subjectRank()) {
      // No guideline is titled with the condition or drug; one that names it throughout is about it
      // under another name (hyperthyroidism in the thyrotoxicosis guideline; glibenclamide in the
      // diabetes guideline), and guidelines come first.
      Optional<String> naming = guidelineNamingThroughout(evidence, subject, conditionsNamed(analysis));
      if (naming.isPresent()) {
        return new Lead(naming, true);
      }
    }
    return new Lead(titled, false);
  }

  /**
   * The highest-level source about the subject: a guideline whose title names it — for every
   * audience, guidelines first (a patient's article then explains it with consumer pages); a
   * guideline on a broader condition only when it covers the subject (below), else after the
   * sources titled with the subject itself — and among those a page titled with what the clause that
   * asks asks, then one saying something of a drug asked only of (its side effects on the subject's
   * page), then the newest guideline (current
   * guidance over what it superseded), then one that also names what else the question names (of
   * three sickle cell guidelines of one edition, the one with hydroxyurea for a hydroxyurea
   * question), then the best-scoring.
   */
  private static Optional<String> titledAboutSubject(List<Candidate> candidates, List<PassageHit> evidence,
      SubjectMatcher subject, List<Populations.Group> asked, List<org.galen.answer.question.Intent> intents,
      List<Concept> drugsAsked) {
    Set<String> namingAskedDrug = candidates.stream().filter(c -> drugsAsked.stream()
            .anyMatch(drug -> drug.namedIn(c.stems())))
        .map(Candidate::docId).collect(Collectors.toSet());
    Set<String> namingOthers = candidates.stream().filter(c -> subject.othersShare(c.stems()) > 0)
        .map(Candidate::docId).collect(Collectors.toSet());
    // Each source's title read once, not at each comparison.
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    candidates.stream().filter(Candidate::aboutSubject).forEach(c -> titles.putIfAbsent(c.docId(), c.passage().title()));
    // A guideline's title names its scope ("… Treatment Guidelines", "Prevention and Control of …"),
    // not a question it answers.
    Set<String> guidelines = candidates.stream().filter(c -> c.passage().evidenceLevel() == EvidenceLevel.GUIDELINE)
        .map(Candidate::docId).collect(Collectors.toSet());
    Set<String> askingWhatWasAsked = titles.entrySet().stream()
        .filter(title -> !guidelines.contains(title.getKey()) && asksWhatWasAsked(title.getValue(), intents))
        .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    Set<String> direct = titles.entrySet().stream()
        .filter(title -> subject.mentionedIn(SubjectMatcher.stemsOf(title.getValue()))).map(java.util.Map.Entry::getKey)
        .collect(Collectors.toSet());
    List<String> ranked = evidence.stream().map(hit -> hit.passage().docId()).distinct().toList();
    int bestDirect = direct.stream().mapToInt(ranked::indexOf).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
    // A guideline on a broader condition (pneumonia, for one of its forms) covers the subject when
    // retrieval ranks it above every source titled with the subject; behind such a source, it comes
    // after that source.
    Set<String> covering = candidates.stream().filter(Candidate::aboutSubject)
        .filter(c -> c.passage().evidenceLevel() == EvidenceLevel.GUIDELINE).map(Candidate::docId)
        .filter(docId -> direct.contains(docId) || isRankedAbove(ranked, docId, bestDirect))
        .collect(Collectors.toSet());
    return candidates.stream().filter(Candidate::aboutSubject)
        .min(Comparator.comparingInt((Candidate c) -> covering.contains(c.docId()) ? 0 : direct.contains(c.docId()) ? 1
                : c.passage().evidenceLevel() == EvidenceLevel.GUIDELINE ? 2 : 3)
            .thenComparingInt(c -> AskedPeople.titledForOthers(c.passage().title(), asked) ? 1 : 0)
            // A page titled with the question it answers ("What are the treatments for X?") over the
            // subject's other pages, when that is what was asked, even those naming more of the question.
            .thenComparingInt(c -> askingWhatWasAsked.contains(c.docId()) ? 0 : 1)
            // Asked only of a drug given for the subject, a page saying something of that drug.
            .thenComparingInt(c -> namingAskedDrug.contains(c.docId()) ? 0 : 1)
            // Of the guidelines covering the subject, the newest: current guidance over what it
            // superseded; one whose date is unknown (an old report's page carries none) after those dated.
            .thenComparingInt(c -> guidelines.contains(c.docId()) ? -year(c.passage()) : 0)
            .thenComparingInt(c -> namingOthers.contains(c.docId()) ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()))
        .map(Candidate::docId);
  }

  /**
   * A guideline written for the people the question asks about ("… in Pregnancy" for a pregnant
   * woman) on the subject or a class of conditions that holds it, when the guideline titled with the
   * subject is for everyone: it says what differs for them (a drug to avoid, a dose, when to
   * deliver). It must name the subject in its title, or throughout ({@value #NAMED_THROUGHOUT}
   * sentences over {@value #NAMED_IN_PARTS} parts), as a guideline about it under another name does;
   * one titled with another condition ("Ectopic Pregnancy") is about that. Of several, one titled
   * with the subject, else the one naming it most.
   */
  private Optional<StoredPassage> guidelineForAskedPeople(List<PassageHit> evidence, SubjectMatcher subject,
      List<Populations.Group> asked, Optional<String> titled) throws IOException {
    List<Populations.Group> people = asked.stream().filter(group -> group.role() == Populations.Role.PERSON).toList();
    if (people.isEmpty() || titled.isEmpty()) {
      return Optional.empty();
    }
    Optional<StoredPassage> titledGuideline = evidence.stream().map(PassageHit::passage)
        .filter(p -> p.docId().equals(titled.get()) && p.evidenceLevel() == EvidenceLevel.GUIDELINE).findFirst();
    if (titledGuideline.isEmpty() || forThem(titledGuideline.get().title(), people)) {
      return Optional.empty();
    }
    List<StoredPassage> forPeople = evidence.stream().map(PassageHit::passage)
        .filter(p -> p.evidenceLevel() == EvidenceLevel.GUIDELINE && forThem(p.title(), people))
        .filter(distinctDocuments()).limit(MAX_GUIDELINES_COUNTED).toList();
    Optional<StoredPassage> best = Optional.empty();
    long most = NAMED_THROUGHOUT - 1;
    for (StoredPassage guideline : forPeople) {
      Set<String> title = SubjectMatcher.stemsOf(guideline.title());
      if (subject.mentionedIn(title)) {
        return Optional.of(guideline);
      }
      if (subject.isTitleAboutAnotherCondition(guideline.title())) {
        continue;
      }
      Naming naming = namings(guideline.docId(), subject);
      if (naming.parts() >= NAMED_IN_PARTS && naming.sentences() > most) {
        most = naming.sentences();
        best = Optional.of(guideline);
      }
    }
    return best;
  }

  /**
   * The people the question asks about, and those the subject is named for: the evidence may settle
   * on "Diabetes in Pregnancy" for a question that only gives the weeks of gestation.
   */
  static List<Populations.Group> peopleAskedAbout(List<Populations.Group> asked, Concept about) {
    List<Populations.Group> people = new java.util.ArrayList<>(asked);
    Populations.builtIn().namedIn(SubjectMatcher.stemsOf(about.name())).stream()
        .filter(group -> !people.contains(group)).forEach(people::add);
    return people;
  }

  /** Whether a title names one of these groups of people ("Anaemia in Pregnancy"). */
  private static boolean forThem(String title, List<Populations.Group> people) {
    return Populations.builtIn().namedIn(SubjectMatcher.stemsOf(title)).stream().anyMatch(people::contains);
  }

  private static java.util.function.Predicate<StoredPassage> distinctDocuments() {
    Set<String> seen = new java.util.HashSet<>();
    return passage -> seen.add(passage.docId());
  }

  /** A source's year; 0 when it gives none, its currency unknown. */
  private static int year(StoredPassage passage) {
    return passage.year().orElse(0);
  }

  /** Whether a document is among the ranked sources, ahead of the place {@code before}. */
  private static boolean isRankedAbove(List<String> ranked, String docId, int before) {
    int rank = ranked.indexOf(docId);
    return rank >= 0 && rank < before;
  }

  /** The drugs a question asks only of (their dose, harms or action) beside the subject; none otherwise. */
  private static List<Concept> askedDrugs(QuestionAnalysis analysis) {
    if (!LabelledDrug.asksOnlyOfADrug(analysis)) {
      return List.of();
    }
    return analysis.others().stream().filter(c -> c.kind() == Concept.Kind.DRUG).toList();
  }

  /**
   * Whether a title asks what the question asks: one of the intents of the clause that asks, by its
   * cue words (a page "What are the treatments for X?" answers no question asking only a drug's side
   * effects, though the scene tells of a treatment started).
   */
  private static boolean asksWhatWasAsked(String title, List<org.galen.answer.question.Intent> intents) {
    return !intents.isEmpty() && org.galen.answer.question.Intent.askedIn(title).stream().anyMatch(intents::contains);
  }

  /**
   * The guideline naming the subject in at least {@value #NAMED_THROUGHOUT} of its sentences, spread
   * over at least {@value #NAMED_IN_PARTS} of its parts, the most, among the retrieved guidelines
   * (the newest first, then the best-ranked) that name it or are about no other condition; one
   * naming it once or twice, or in one part only (a look-alike, a complication), is about something
   * else. A drug or an organism is the first guideline's naming it at all: one titled with a
   * condition or sign the question names first, then one titled with the drug or organism, then
   * the newest, then the best-ranked (below).
   */
  private Optional<String> guidelineNamingThroughout(List<PassageHit> evidence, SubjectMatcher subject,
      List<List<Set<String>>> conditionsNamed) throws IOException {
    List<String> guidelines = evidence.stream().map(PassageHit::passage)
        .filter(p -> p.evidenceLevel() == EvidenceLevel.GUIDELINE && (!subject.isTitleAboutAnotherCondition(p.title())
            || subject.mentionedIn(SubjectMatcher.stemsOf(p.text()))))
        .map(StoredPassage::docId).distinct().limit(MAX_GUIDELINES_COUNTED).toList();
    Optional<String> best = Optional.empty();
    // A drug is named once or twice in the guideline of each condition it treats, an organism in
    // that of the infection it causes ("shigella" in Bacillary Dysentery): of one edition, the
    // best-ranked guideline naming it (the question's other words rank it) is the one. A
    // condition's own guideline names it throughout, and most.
    boolean firstReaching = subject.isDrugOrOrganism();
    java.util.Map<String, StoredPassage> passages = new java.util.HashMap<>();
    evidence.forEach(hit -> passages.putIfAbsent(hit.passage().docId(), hit.passage()));
    // The newest guidance first, as among guidelines titled with the subject; then retrieval's order.
    Comparator<String> newestFirst = Comparator.comparingInt(docId -> -year(passages.get(docId)));
    if (firstReaching) {
      // Of the guidelines naming a drug or an organism, that of the condition or sign the question
      // names it for first ("diclofenac for chest pain": the chest pain guideline's line), then one
      // titled with the drug or organism itself.
      guidelines = guidelines.stream().sorted(Comparator.comparingInt((String docId) -> {
        Set<String> title = SubjectMatcher.stemsOf(passages.get(docId).title());
        return conditionsNamed.stream().anyMatch(names -> names.stream().anyMatch(title::containsAll)) ? 0 : 1;
      }).thenComparingInt(docId -> subject.mentionedIn(SubjectMatcher.stemsOf(passages.get(docId).title())) ? 0 : 1)
          .thenComparing(newestFirst)).toList();
    } else {
      guidelines = guidelines.stream().sorted(newestFirst).toList();
    }
    long most = firstReaching ? 0 : NAMED_THROUGHOUT - 1;
    for (String docId : guidelines) {
      Naming naming = namings(docId, subject);
      if (!firstReaching && naming.parts() < NAMED_IN_PARTS) {
        continue;
      }
      if (naming.sentences() > most) {
        most = naming.sentences();
        best = Optional.of(docId);
        if (firstReaching) {
          break;
        }
      }
    }
    return best;
  }

  /** The names of the conditions and signs the question names besides its subject. */
  private static List<List<Set<String>>> conditionsNamed(QuestionAnalysis analysis) {
    return analysis.others().stream().filter(c -> c.kind() == Concept.Kind.CONDITION || c.kind() == Concept.Kind.SYMPTOM)
        .map(Concept::nameStems).toList();
  }

  /** A document's sentences naming the subject, and the number of its sections they lie in. */
  private record Naming(long sentences, int parts) {}

  /** How many of a document's sentences name the subject, and in how many of its sections. */
  private Naming namings(String docId, SubjectMatcher subject) throws IOException {
    long naming = 0;
    Set<String> sections = new java.util.HashSet<>();
    for (StoredPassage passage : index.passages(docId)) {
      long here = passage.sentences().stream()
          .filter(sentence -> subject.mentionedIn(SubjectMatcher.stemsOf(passage.sentenceText(sentence)))).count();
      naming += here;
      if (here > 0) {
        // A long section is cut into several passages: it is still one part of the guideline.
        sections.add(passage.section());
      }
    }
    return new Naming(naming, sections.size());
  }
}
