package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.galen.answer.question.Concept;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.Negations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.answer.question.Terminology;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.source.EvidenceLevel;

/**
 * Settles once, from the question and the evidence retrieved for it, what the article is about —
 * and whether the evidence can answer at all. Every later step (candidates, sections, bottom line,
 * doses, notes) reads the {@link Topic} and never revisits it.
 *
 * <ul>
 *   <li>The article abstains when what the question names is held by no passage and no subject
 *       name ({@link AbsentNames}).
 *   <li>An ambiguous abbreviation is resolved by what the passages name most.
 *   <li>A name of two words or more that a source gives its subject, written whole in the question,
 *       is that subject ({@link NamedSubjects}) when the question names nothing else outright
 *       (lay words describe: they name nothing outright) and the sources of the condition retrieval
 *       weighs most do not use the name in passing (then it is a circumstance the question tells).
 *   <li>Of two conditions the question names (one of them perhaps as its sources name it, not as a
 *       vocabulary does, and no sign), the one retrieval settles on by its margin is the subject;
 *       an abbreviation its vocabulary could not place, beside no more than a sign (or beside a
 *       condition, when retrieval settles on the abbreviation's by its margin), names the
 *       evidence's condition its long forms name ({@link NamesInEvidence}).
 *   <li>The conditions the best-ranked sources are about are weighed ({@link EvidenceTopics}; a
 *       page on what no patient has votes for none, {@link ConditionPages}); when one wins by the
 *       margin and the question names nothing outright ({@link NamedOutright}: a drug, an organism
 *       the clause that asks names, a condition by an abbreviation or a name of two words or more,
 *       or what the evidence is about), it is the subject: the question's words were a description
 *       or circumstances — unless it is a page on a sign of many causes, which settles nothing.
 *   <li>Otherwise the subject is the question's concept of the highest kind ({@link Concept.Kind}:
 *       a condition over a drug, a drug over a symptom, anything over a setting or a population),
 *       unless the question names no condition, organism or drug and a guideline or reference page
 *       among the best-ranked sources is about a condition the question names whole ("a painful
 *       crisis of sickle cell" → Sickle Cell Disease, not pain): the evidence's topic is then the
 *       subject.
 *   <li>Of a question that tells a scene and then asks, the clause that asks names the subject
 *       ({@link AskingClause}): the condition retrieval weighs most, when the clause writes a word
 *       of its name no other condition of the evidence has; not a source's name the scene writes,
 *       when the clause names the question's concept.
 *   <li>A sign with what else the question tells of it (where it was caught, when it shows) is the
 *       condition of the one guideline that pictures them all ({@link DescriptionPictures#pictured}) —
 *       unless the sign has a guideline of its own that retrieval weighs most; told
 *       among other signs, the condition retrieval weighs most whose source holds it
 *       ({@link Descriptions#signOfWeighedMost}).
 *   <li>A condition named by a broad one-word name while the evidence holds only narrower forms of
 *       it is the form the question's other words picture ({@link NarrowerForms#pictured});
 *       a one-word condition the evidence is not about, beside a drug the question names and asked
 *       only the drug's dose, harms or action, is a circumstance: the drug is the subject.
 *   <li>An organism named outright is asked of as the infection named for it, when retrieval weighs
 *       that condition most.
 *   <li>A concept read from lay words ("still fitting": Seizures) is the subject when a best-ranked
 *       source is about it, unless retrieval weighs another condition more and one of its sources
 *       holds more of the description; otherwise the words are a description the sources settle
 *       ({@link Descriptions}).
 *   <li>Asked only the harms of a drug given for a condition it names, whose guideline names the
 *       drug — or, when no label of the drug answers, a reference page on the condition that names
 *       it — the subject is that condition ({@link LabelledDrug#conditionGivenFor}).
 *   <li>A drug asked of (more than its dose) for a patient the question tells only as a scene is
 *       read in the guideline of the condition the scene pictures, among those giving the drug
 *       ({@link PicturedIndication}).
 *   <li>The subject is narrowed to the question's qualifiers when a source is about exactly that
 *       ("acute otitis media"), and MedQuAD's synonyms for it are added.
 * </ul>
 */
final class TopicSettler {
  private final Terminology terminology;
  private final EvidenceReader index;
  private final EvidenceTopics topics;
  private final DescriptionPictures pictures;
  private final NamedSubjects sourceNames;
  private final AbsentNames absentNames;
  private final SubjectSynonyms synonyms;
  private final Descriptions descriptions;
  private final NamesInEvidence names;
  private final NarrowerForms narrowerForms;
  private final NamedOutright outright;
  private final ConditionPages conditionPages;
  private final NamedOrDescribed namedOrDescribed;
  private final PicturedIndication indication;

  TopicSettler(Terminology terminology, EvidenceReader index) {
    this.terminology = terminology;
    this.index = index;
    this.topics = new EvidenceTopics(index);
    this.pictures = new DescriptionPictures(index);
    this.sourceNames = new NamedSubjects(index);
    this.absentNames = new AbsentNames(index, sourceNames, terminology);
    this.synonyms = new SubjectSynonyms(index);
    this.names = new NamesInEvidence(index, terminology);
    this.descriptions = new Descriptions(pictures, terminology, names);
    this.narrowerForms = new NarrowerForms(index);
    this.outright = new NamedOutright(terminology);
    this.conditionPages = new ConditionPages(index, terminology);
    this.namedOrDescribed = new NamedOrDescribed(terminology, descriptions, names, narrowerForms, pictures);
    this.indication = new PicturedIndication(index, pictures, sourceNames, terminology);
  }

  Topic settle(QuestionAnalysis asked, List<PassageHit> hits) throws IOException {
    List<String> why = new ArrayList<>();
    why.add("question names " + SettledAnalysis.described(asked.primary()));
    Optional<String> absent = absentNames.in(asked);
    if (absent.isPresent()) {
      why.add("abstains: no passage and no subject name holds \"" + absent.get() + "\"");
      return new Topic(asked, absent, Optional.empty(), why);
    }
    ConditionPages.Voting voting = conditionPages.of(hits, asked);
    List<EvidenceTopics.Condition> found = topics.of(voting.hits(), voting.pages());
    QuestionAnalysis resolved = synonyms.ownNamesChecked(fromEvidence(
        terminology.resolveAbbreviations(asked, evidenceTexts(hits)), hits, voting.hits(), found, why));
    QuestionAnalysis general = synonyms.added(resolved, hits, matcher(resolved));
    Optional<Concept> givenFor = LabelledDrug.conditionGivenFor(general, hits, index);
    if (givenFor.isPresent()) {
      why.add("asked of a drug's harms or dose for a condition it names, whose guideline (or, with no label of "
          + "the drug, reference page) names the drug: the "
          + "article is about " + SettledAnalysis.described(givenFor.get()));
      general = SettledAnalysis.about(general, givenFor.get());
    }
    Optional<EvidenceTopics.Condition> pictured = givenFor.isPresent() ? Optional.empty()
        : indication.of(general, found, EvidenceTopics.decisive(found, voting.hits()));
    if (pictured.isPresent()) {
      why.add("a drug asked of for a patient the scene describes: the article is about what the scene pictures, "
          + pictured.get().name());
      general = SettledAnalysis.settledOn(general, pictured.get(), Set.of());
    }
    Optional<QuestionAnalysis> drug = givenFor.isPresent() || pictured.isPresent() ? Optional.empty()
        : LabelledDrug.in(general, hits, index);
    if (drug.isPresent()) {
      if (drug.get() != general) {
        why.add("a label of " + drug.get().subject() + " was retrieved, and what is asked is asked of the drug: "
            + "the drug is the subject");
      }
      return new Topic(drug.get(), Optional.empty(), Optional.empty(), why, true);
    }
    QuestionAnalysis about = QualifierNarrowing.narrowed(general, hits, terminology);
    if (about != general) {
      why.add("narrowed to \"" + about.subject() + "\": a source is about exactly that");
    }
    return new Topic(about, Optional.empty(), about == general ? Optional.empty() : Optional.of(general), why,
        false, general.followUp() ? Alternatives.NONE
            : SettledAnalysis.alternatives(general, matcher(about), found));
  }

  /**
   * The subject as the evidence settles it, in this order: a follow-up keeps its subject; of two
   * conditions named, retrieval's; an abbreviation's condition in the evidence; the
   * sources' names for a heading the question names come with it; a name a source gives its
   * subject, written whole, or the condition retrieval favours by its margin, settles what the
   * question does not name outright; then a sign's picture; then the question's own concept or the
   * description ({@link NamedOrDescribed}). Each step says what it did in {@code why}.
   */
  private QuestionAnalysis fromEvidence(QuestionAnalysis analysis, List<PassageHit> hits, List<PassageHit> voting,
      List<EvidenceTopics.Condition> found, List<String> why) throws IOException {
    if (analysis.followUp()) {
      why.add("follow-up: the subject of the previous turn");
      return analysis;
    }
    Optional<EvidenceTopics.Condition> decided = EvidenceTopics.decisive(found, voting);
    why.add("evidence: " + found.stream().sorted(EvidenceTopics.HEAVIEST_FIRST).limit(3)
        .map(c -> String.format(Locale.ROOT, "%s %.2f", c.name(), c.weight()))
        .collect(java.util.stream.Collectors.joining(", "))
        + decided.map(c -> "; decisive: " + c.name()).orElse("; no margin"));
    Optional<Concept> otherSettled = decided.isPresent() ? names.otherConditionSettled(analysis, decided.get())
        : Optional.empty();
    if (otherSettled.isPresent()) {
      why.add("of the conditions named, retrieval settles on " + SettledAnalysis.described(otherSettled.get()));
      analysis = SettledAnalysis.about(analysis, otherSettled.get());
    } else if (decided.isPresent() && names.settledNameWritten(analysis, decided.get())) {
      // The same, when the other condition is named as its sources name it, not as a vocabulary does.
      why.add("of the conditions named, retrieval settles on the one written as its sources name it: "
          + decided.get().name());
      return SettledAnalysis.describedAs(analysis, decided.get());
    }
    Optional<EvidenceTopics.Condition> abbreviated = names.abbreviated(analysis, found, decided);
    if (abbreviated.isPresent()) {
      why.add("an abbreviation the question writes is the name of a condition the evidence is about: "
          + abbreviated.get().name());
      return SettledAnalysis.describedAs(analysis, abbreviated.get());
    }
    // Asked only its dose, harms or action, a drug is what is asked about, wherever retrieval ranks it.
    boolean unheld = !LabelledDrug.asksOnlyOfADrug(analysis) && NamesInEvidence.unheld(analysis.primary(), hits);
    boolean named = !unheld && outright.named(analysis, found, decided);
    why.add(named ? "the question names its subject outright" : "the question's concept may be a circumstance");
    Optional<EvidenceTopics.Condition> asked = named ? Optional.empty() : AskingClause.namesWeighedMost(analysis, found);
    if (asked.isPresent()) {
      why.add("the clause that asks names the condition retrieval weighs most: " + asked.get().name());
      return SettledAnalysis.settledOn(analysis, asked.get(), Set.of());
    }
    QuestionAnalysis scene = analysis;
    // A name written where the question says it is absent ("no rash") names nothing; nor does
    // one the scene names when the clause that asks names the question's concept, nor a procedure
    // the scene names when retrieval settles another condition by its margin, nor a page's subject
    // that no patient has (the water a patient drinks): passed over for another name.
    Optional<NamedSubjects.Named> sourceName = sourceNames.writtenIn(Negations.blanked(analysis.question()),
        analysis.primary().origin() == Concept.Origin.QUESTION, subject -> !terminology.namesNoCondition(subject))
        .filter(name -> !AskingClause.setsTheScene(scene, name.written())
            && !AskingClause.outweighedInTheScene(scene, name.written(), decided, terminology::namesAProcedure));
    sourceName.flatMap(NamedSubjects.Named::how).ifPresent(why::add);
    if (named && sourceName.isPresent() && sourceName.get().written().equalsIgnoreCase(analysis.subject())
        && !matcher(analysis).mentionedIn(SubjectMatcher.stemsOf(sourceName.get().name()))) {
      // The vocabulary's heading for what the question names is, to the sources, a synonym of theirs
      // (a MeSH heading its pages only list among their names): the sources' names come with it, and
      // theirs is the name the sources about it are searched by.
      why.add("the sources call \"" + sourceName.get().written() + "\" " + sourceName.get().name());
      analysis = analysis.withPrimary(analysis.primary().knownAs(sourceName.get().name(), sourceName.get().names()));
    }
    // A condition the question writes by a source's name, which retrieval also settles by its margin,
    // outranks a drug, an organism or anything else named (as a condition the vocabulary knew would).
    // Without a margin, the condition the evidence weighs most will do when what is asked is asked
    // of a condition (how it is diagnosed, treated, prevented), not of a drug (its dose, its harms).
    Optional<EvidenceTopics.Condition> weighedMost = EvidenceTopics.weighedMost(found);
    boolean confirmed = sourceName.isPresent() && (decided.isPresent() ? decided : LabelledDrug.askedOfCondition(analysis)
        ? weighedMost : Optional.<EvidenceTopics.Condition>empty()).filter(c -> c.isNamedBy(sourceName.get().name())).isPresent()
        && analysis.primary().kind() != Concept.Kind.CONDITION;
    // A longer name holding the one the question's concept was read from ("hair disease" inside a
    // source's three-word name) is what was written: the longest name wins, as in reading the question.
    boolean longer = sourceName.isPresent()
        && sourceName.get().written().toLowerCase(Locale.ROOT).contains(analysis.subject().toLowerCase(Locale.ROOT))
        && Stems.tokens(sourceName.get().written()).size() > Stems.tokens(analysis.subject()).size();
    // Lay words ("nosebleeds") describe; a source's name for its subject, written whole, names it —
    // when it is the condition the evidence weighs most (not "blood thinners" beside a nosebleed).
    boolean layOnly = analysis.primary().origin() == Concept.Origin.LAY && sourceName.isPresent()
        && weighedMost.filter(c -> c.isNamedBy(sourceName.get().name())).isPresent();
    // A name the sources of the condition retrieval weighs most use in passing (the water a
    // guideline says its infection is caught from) is a circumstance the question tells, not what it asks
    // about: taken only because nothing names the subject outright, it gives way to the evidence.
    boolean inPassing = !named && !confirmed && !longer && !layOnly && sourceName.isPresent()
        && weighedMost.isPresent() && !weighedMost.get().isNamedBy(sourceName.get().name())
        && names.usedInPassing(weighedMost.get(), sourceName.get().written());
    if ((!named || confirmed || longer || layOnly) && !inPassing) {
      // A narrower form written whole around the broad name the vocabulary knew, and weighed most by
      // retrieval — or among the conditions retrieval cannot tell apart, when the evidence is not
      // about the broad condition (it is not named outright): its sources, not the broad
      // condition's, are what the question asks of. One way only: the broad condition the evidence
      // is about does not make its narrower form the subject.
      boolean narrowerWeighed = sourceName.isPresent() && longer
          && (named ? weighedMost.stream() : EvidenceTopics.contenders(found).stream())
              .anyMatch(c -> c.namesWhole(sourceName.get().name()));
      if (sourceName.isPresent() && (narrowerWeighed
          || !matcher(analysis).mentionedIn(SubjectMatcher.stemsOf(sourceName.get().name())))) {
        // The question writes whole a name a source gives its subject ("Sweet syndrome" on the acute
        // febrile neutrophilic dermatosis pages): what no vocabulary knew, the sources do.
        why.add("a source's subject name written whole: \"" + sourceName.get().written() + "\" → "
            + sourceName.get().name());
        return SettledAnalysis.describedAs(analysis, new EvidenceTopics.Condition(sourceName.get().name(),
            sourceName.get().names(),
            FocusWords.of(sourceName.get().name()), 0, 0, Set.of(sourceName.get().docId())));
      }
    }
    // A condition the retrieval's margin outweighs is no evidence of its own, even when the
    // question's words spell its name out (a common word that is also a syndrome's name).
    // A page on a sign of many causes ("Chest Pain"), ranked first for the words of a description
    // that names nothing outright, settles nothing by its margin: the description is of the
    // condition behind the sign, which the sources picture.
    boolean signPage = !named && decided.filter(d -> terminology.namesASign(d.name())).isPresent();
    List<EvidenceTopics.Condition> standing = signPage ? found : decided.map(d -> found.stream()
        .filter(c -> c == d || c.weight() * EvidenceTopics.DECISIVE_MARGIN > d.weight()).toList()).orElse(found);
    if (decided.isPresent() && !named && !signPage) {
      // The question names nothing the evidence is about, and retrieval points at one condition by
      // a clear margin: its words were a description or circumstances ("soil", "a bead"), and the
      // evidence, not a count of words, settles what they describe.
      why.add("retrieval settles it by its margin: " + decided.get().name());
      return SettledAnalysis.settledOn(analysis, decided.get(), Set.of());
    }
    // The picture must be among what retrieval found: a guideline that merely shares words with the
    // description (a rash's guideline naming dizziness in passing) and was not retrieved is no
    // evidence of its own. And the sign must be what the evidence is about: when retrieval points at
    // conditions instead, the description chooses among them (below), not a guideline far behind.
    // A sign the source of the condition retrieval weighs most holds with as much of the rest of the
    // description is a sign of that condition (below), not of a guideline's picture ranked behind it.
    Optional<DescriptionPictures.GuidelinePicture> guidelines =
        named && !ownGuidelineWeighedMost(analysis, weighedMost, hits) ? pictures.pictured(analysis) : Optional.empty();
    Optional<EvidenceTopics.Condition> signOf = guidelines.isPresent()
        ? descriptions.signOfWeighedMost(analysis, standing) : Optional.empty();
    if (signOf.isPresent() && pictures.cuesHeld(signOf.get(), analysis) >= guidelines.get().cues()) {
      why.add("the pages of " + signOf.get().name() + ", weighed most, hold as much of the description as the "
          + "guideline picturing " + guidelines.get().topic().name());
      guidelines = Optional.empty();
    }
    Optional<EvidenceTopics.Condition> pictured = guidelines.map(DescriptionPictures.GuidelinePicture::topic)
        .filter(picture -> hits.stream().anyMatch(hit -> picture.names().contains(hit.passage().title())
            || FocusWords.of(BracketedNames.withoutBrackets(hit.passage().title())).equals(picture.stems())));
    if (pictured.isPresent()) {
      // The question's words described the condition; none of them qualifies it.
      why.add("pictured by one guideline with what else the question tells: " + pictured.get().name());
      return SettledAnalysis.settledOn(analysis, pictured.get(), Set.of());
    }
    // A device the evidence is not about, named beside the body or what is felt, is where or with
    // what something happened (a chair sat in, a shoe worn): no subject of its own. A question asking
    // of the device alone (how often a catheter is changed) is left to the steps below.
    boolean device = analysis.primary().kind() == Concept.Kind.DEVICE && !named
        && Descriptions.tellsOfTheBody(analysis);
    // So is a chemical no medicine, told in the scene, not in the clause that asks (the smoke of a
    // patient who smokes): the evidence settles what the question describes.
    boolean chemical = !named && NamedOutright.chemicalInTheScene(analysis, terminology);
    if (unheld || device || chemical) {
      Optional<EvidenceTopics.Condition> described = descriptions.ofCircumstances(analysis, found);
      if (described.isPresent()) {
        why.add((unheld ? "no best-ranked passage names " : chemical ? "the clause that asks does not name "
            : "the evidence is not about ") + SettledAnalysis.described(analysis.primary())
            + ": the evidence settles what the question describes: " + described.get().name());
        return SettledAnalysis.settledOn(analysis, described.get(), Set.of());
      }
    }
    QuestionAnalysis settled = namedOrDescribed.settle(analysis, found, standing, named, decided, why);
    why.add("settled on " + SettledAnalysis.described(settled.primary()));
    return settled;
  }

  /**
   * Whether the condition retrieval weighs most is the sign's own, with a guideline among the hits:
   * then the sign is what the question asks of, and the rest of the description tells of it, not of
   * another guideline naming it among its signs. Its own: a condition whose words are the sign's
   * name's ("Tick Bite Fever" is not fever's).
   */
  private static boolean ownGuidelineWeighedMost(QuestionAnalysis analysis,
      Optional<EvidenceTopics.Condition> weighedMost, List<PassageHit> hits) {
    Set<String> guidelineDocs = hits.stream().map(PassageHit::passage)
        .filter(passage -> passage.evidenceLevel() == EvidenceLevel.GUIDELINE).map(StoredPassage::docId)
        .collect(Collectors.toSet());
    return weighedMost.filter(c -> !c.stems().isEmpty()
        && analysis.primary().names().stream().anyMatch(name -> FocusWords.of(name).containsAll(c.stems()))
        && c.docIds().stream().anyMatch(guidelineDocs::contains)).isPresent();
  }

  private SubjectMatcher matcher(QuestionAnalysis analysis) {
    return SubjectMatcher.of(analysis, terminology);
  }

  private static List<String> evidenceTexts(List<PassageHit> hits) {
    return hits.stream().map(h -> h.passage().title() + " " + h.passage().text()).toList();
  }
}
