package org.galen.answer.question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sources' own spelling of a name the question writes correctly. A source may misspell a drug
 * on its line (a letter left out): the question's name is then held by no source, and the article
 * would say the evidence lacks it. A concept none of whose names the index holds, one of whose
 * one-word names of at least {@value #MIN_LETTERS} letters the index holds one edit away, under a
 * spelling no vocabulary knows, goes by that spelling too: retrieval searches it, the subject's
 * statements and the check for absent names find it. A shorter name one edit from an indexed word
 * is as often another word ("auris", "auras"); a spelling a vocabulary knows is another concept,
 * and a name no source holds in any spelling stays absent. Thread-safe.
 */
final class SourceSpellings {
  /** Names shorter than this are left as written: one edit from them is too often another word. */
  static final int MIN_LETTERS = 8;

  private final ConceptVocabulary vocabulary;
  private final Speller speller;

  SourceSpellings(ConceptVocabulary vocabulary, Speller speller) {
    this.vocabulary = vocabulary;
    this.speller = speller;
  }

  /** The analysis with each named concept the sources misspell going by their spelling too. */
  QuestionAnalysis applied(QuestionAnalysis analysis) {
    List<String> found = new ArrayList<>();
    // Only a name the question writes: another of the concept's synonyms one edit from a word of the
    // sources is that word, not the concept.
    Set<String> written = Stems.of(analysis.question());
    Concept primary = withSourcesSpelling(analysis.primary(), written, found);
    List<Concept> others = analysis.others().stream().map(other -> withSourcesSpelling(other, written, found))
        .toList();
    if (found.isEmpty()) {
      return analysis;
    }
    return analysis.withSourcesSpellings(primary, others,
        analysis.retrievalText() + " " + String.join(" ", found));
  }

  private Concept withSourcesSpelling(Concept concept, Set<String> written, List<String> found) {
    if (concept.origin() == Concept.Origin.QUESTION || concept.origin() == Concept.Origin.LAY) {
      return concept;
    }
    Optional<String> spelling = sourcesSpelling(concept, written);
    spelling.ifPresent(found::add);
    return spelling.map(s -> concept.withNames(List.of(s))).orElse(concept);
  }

  private Optional<String> sourcesSpelling(Concept concept, Set<String> written) {
    // The names the question writes, long enough to respell, are found first: most questions write
    // none, and then the index is not asked at all.
    List<String> respellable = concept.names().stream()
        .filter(name -> name.matches("\\p{L}{" + MIN_LETTERS + ",}") && written.containsAll(Stems.of(name)))
        .toList();
    if (respellable.isEmpty()) {
      return Optional.empty();
    }
    try {
      for (Set<String> name : concept.nameStems()) {
        if (speller.indexedAll(name)) {
          return Optional.empty();
        }
      }
      for (String name : respellable) {
        Optional<String> spelling = speller.correction(name)
            .filter(s -> ProperNames.oneEditFrom(name, s))
            .filter(s -> vocabulary.mentionsIn(s).isEmpty());
        if (spelling.isPresent()) {
          return spelling;
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index's words", e);
    }
  }
}
