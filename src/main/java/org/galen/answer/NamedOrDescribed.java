package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.answer.question.Terminology;

/**
 * The last step of settling the subject, for {@link TopicSettler}: when retrieval's margin has not
 * settled it, the subject from what the question names (with the evidence's names for it), from a
 * source's condition the question writes or names, or from the sources a description pictures.
 * Thread-safe.
 */
final class NamedOrDescribed {
  private final Terminology terminology;
  private final Descriptions descriptions;
  private final NamesInEvidence names;
  private final NarrowerForms narrowerForms;
  private final DescriptionPictures pictures;

  NamedOrDescribed(Terminology terminology, Descriptions descriptions, NamesInEvidence names,
      NarrowerForms narrowerForms, DescriptionPictures pictures) {
    this.terminology = terminology;
    this.descriptions = descriptions;
    this.names = names;
    this.narrowerForms = narrowerForms;
    this.pictures = pictures;
  }

  /**
   * The subject from what the question names (with the evidence's names for it), from a source's
   * condition the question names whole, or from the sources a description pictures.
   */
  QuestionAnalysis settle(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found,
      List<EvidenceTopics.Condition> standing, boolean named, Optional<EvidenceTopics.Condition> decided,
      List<String> why) throws IOException {
    if (analysis.primary().origin() == Concept.Origin.LAY) {
      return descriptions.layConfirmed(analysis, found);
    }
    if (analysis.primary().kind() == Concept.Kind.CONDITION) {
      Optional<Concept> drug = analysis.others().stream().filter(c -> c.kind() == Concept.Kind.DRUG).findFirst();
      if (!named && drug.isPresent() && LabelledDrug.asksOnlyOfADrug(analysis)) {
        // A one-word condition the evidence is not about is a circumstance (what the patient does
        // while on the drug); asked only its dose, cautions or action, the question is the drug's.
        // A question asking nothing ("better with drug X: what is it?") is a description: below.
        return SettledAnalysis.about(analysis, drug.get());
      }
      if (!named) {
        // A one-word condition no source retrieval favours is about (blisters): a sign the
        // description gives, of the condition whose source holds it with the most of the rest.
        Optional<EvidenceTopics.Condition> described = pictures.described(analysis, found, Double.MAX_VALUE);
        if (described.isPresent()) {
          return SettledAnalysis.settledOn(analysis, described.get(), Set.of());
        }
      } else if (Stems.tokens(analysis.subject()).size() == 1) {
        // Named by a broad one-word name while the evidence is about narrower forms of it only (an
        // abscess of the gum, of the lung): the form the question's other words picture, which
        // they described, not qualified; or the one retrieval settles whose words the question writes.
        java.util.function.Predicate<EvidenceTopics.Condition> qualifiedOnly =
            form -> !terminology.namesOtherCondition(form.name(), analysis.primary());
        Optional<EvidenceTopics.Condition> written = NarrowerForms.written(analysis, decided, qualifiedOnly);
        if (written.isPresent()) {
          return SettledAnalysis.settledOn(analysis, written.get(), Set.of());
        }
        Optional<EvidenceTopics.Condition> narrower = narrowerForms.pictured(analysis, found, qualifiedOnly);
        if (narrower.isPresent()) {
          return SettledAnalysis.settledOn(analysis, narrower.get(), Set.of());
        }
      }
      return SettledAnalysis.withEvidenceNames(analysis, found);
    }
    if (analysis.primary().kind() == Concept.Kind.DRUG && DescribedDrug.isCircumstance(analysis)) {
      // A drug tried in a description ("eases a little with aspirin") is a circumstance even without
      // a margin: the condition the sources picture settles the subject, when one has the support.
      Optional<EvidenceTopics.Condition> described = descriptions.ofSupported(analysis, found);
      if (described.isPresent()) {
        return SettledAnalysis.settledOn(analysis, described.get(), Set.of());
      }
    }
    if (analysis.primary().kind() == Concept.Kind.ORGANISM) {
      // An organism is asked of as the infection it causes: the condition named for it (the
      // organism's name and "Infections", or its genus made "-iasis" or "-osis": {@link
      // InfectionNames}) when retrieval weighs it most, not a guideline naming the
      // organism in passing. A page named for it behind another condition (a bacterium's gut
      // infections behind the urine infection a culture grew it in) is no subject of its own.
      Optional<EvidenceTopics.Condition> infection = EvidenceTopics.weighedMost(found)
          .filter(topic -> analysis.primary().namedIn(topic.stems())
              || topic.names().stream().anyMatch(name -> InfectionNames.namedFor(name, analysis.primary())));
      if (infection.isPresent()) {
        // Its sources speak of the organism by name ("Trichuris: mebendazole …"): the infection's names
        // hold the organism's.
        EvidenceTopics.Condition caused = infection.get();
        List<String> names = new ArrayList<>(caused.names());
        analysis.primary().names().stream().filter(name -> !names.contains(name)).forEach(names::add);
        return SettledAnalysis.describedAs(analysis, new EvidenceTopics.Condition(caused.name(), names, caused.stems(),
            caused.support(), caused.weight(), caused.docIds()));
      }
    }
    if (analysis.primary().kind().subjectRank() >= Concept.Kind.DRUG.subjectRank()) {
      return analysis;
    }
    // A sign told among other signs is a description ({@link Descriptions#signOfWeighedMost}).
    Optional<EvidenceTopics.Condition> signOf = descriptions.signOfWeighedMost(analysis, standing);
    if (signOf.isPresent()) {
      why.add("a sign of the condition retrieval weighs most, whose source holds it: " + signOf.get().name());
      return SettledAnalysis.settledOn(analysis, signOf.get(), Set.of());
    }
    Optional<EvidenceTopics.Condition> best = Optional.empty();
    List<String> questionWords = NamesInEvidence.stemsInOrder(analysis.question());
    Optional<EvidenceTopics.Condition> weighedMost = EvidenceTopics.weighedMost(standing);
    for (EvidenceTopics.Condition topic : standing) {
      // One word of a description ("the cut left a scar", "a little blood on the pillow") names a
      // condition only when retrieval weighs that condition most: as often it is a circumstance, and
      // retrieval ranks the word's own page close behind for the word alone. Where retrieval cannot
      // tell two conditions apart, the description settles them below, not the word. So is a name
      // the sources of the condition retrieval weighs most use in passing.
      boolean oneWord = topic.stems().size() == 1 && weighedMost.filter(topic::equals).isEmpty();
      // A body part named ("near his ears") is where, not what: a condition named by the part
      // alone ("Ear Infections", its generic word dropped) is neither written nor named by it.
      boolean partOnly = analysis.others().stream().filter(c -> c.kind() == Concept.Kind.ANATOMY)
          .anyMatch(part -> part.nameStems().stream().anyMatch(name -> name.containsAll(topic.stems())));
      boolean written = !oneWord && NamedSubjects.writtenTogether(topic.stems(), questionWords)
          && !names.inPassing(topic, found);
      // A concept a vocabulary read names it — another concept than the sign asked of, by one word,
      // only when retrieval weighs it most, as above ("hot as fire" names no page on fire safety); the
      // question's own words, taken whole as its concept when nothing was read, name only what they
      // write together (above).
      boolean conceptNamed = analysis.concepts().stream().filter(c -> c.origin() != Concept.Origin.QUESTION)
          .filter(c -> !oneWord || c.equals(analysis.primary()))
          .anyMatch(c -> c.nameStems().stream().anyMatch(name -> name.containsAll(topic.stems())));
      if ((written || conceptNamed) && !partOnly
          && (best.isEmpty() || topic.stems().size() > best.get().stems().size())) {
        best = Optional.of(topic);
      }
    }
    if (best.isEmpty()) {
      // The question described the condition without naming it: its words were the description,
      // none of them qualifies it.
      Optional<EvidenceTopics.Condition> described = descriptions.bySources(analysis, found);
      described.ifPresent(topic -> why.add("the description, by the sources that picture it: " + topic.name()));
      return described.map(topic -> SettledAnalysis.settledOn(analysis, topic, Set.of())).orElse(analysis);
    }
    EvidenceTopics.Condition topic = best.get();
    why.add("a condition of the evidence the question writes or names: " + topic.name());
    if (topic.stems().equals(FocusWords.of(analysis.primary().name()))) {
      // The sources are about the very concept named (myoclonus, filed by MeSH under signs): it is
      // the condition the article is about, with their names for it.
      return analysis.withPrimary(analysis.primary().withNames(topic.names()));
    }
    return SettledAnalysis.describedAs(analysis, topic);
  }

  private SubjectMatcher matcher(QuestionAnalysis analysis) {
    return SubjectMatcher.of(analysis, terminology);
  }
}
