package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.galen.answer.question.Concept;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.retrieve.PassageHit;
import org.galen.retrieve.Retriever;
import org.galen.source.SourceKind;

/**
 * Finds plain-language definitions of the technical terms a question names, in the corpus itself:
 * a reference page's sentence that starts with the term and says what it is ("Myoclonus refers to
 * a sudden, involuntary jerking of a muscle..."). A term no source defines goes without: where MeSH
 * files a heading is no explanation a reader can use (issue 22, item 7).
 */
final class Glossary {
  /** What a reader may not know the word for: a condition, a sign, an organism, a drug — not a setting or a body part. */
  private static final java.util.Set<Concept.Kind> GLOSSED_KINDS = java.util.Set.of(Concept.Kind.CONDITION,
      Concept.Kind.SYMPTOM, Concept.Kind.ORGANISM, Concept.Kind.DRUG);

  private static final int MAX_TERMS = 3;
  private static final int DEFINITION_SEARCH_DEPTH = 10;
  private static final int MAX_DEFINITION_CHARS = 400;
  /**
   * What follows a term's name in a sentence that says what it is: perhaps a bracket ("(PER-i-kar-DI-tis)")
   * or another name between commas (', or "lazy eye,"'), then "is", "are", "refers to" or "means",
   * then an article ("a disorder", "the most common cause") or a noun before what it is of or for
   * ("inflammation of the brain", "surgery for people with …"). A sentence saying something else of
   * the term is none: "… is sometimes misdiagnosed as …", "… are rarely cancerous", "… is common in
   * …", "… can be difficult to diagnose".
   */
  private static final Pattern DEFINES = Pattern.compile("(?i)^\\s*(?:\\([^)]{0,60}\\)\\s*)?"
      + "(?:,[^,.;:]{0,60},[\"\u201d]?\\s*)?(?:is|are|refers to|means)\\s+"
      + "(?:(?:a|an|the|one)\\b|(?![a-z]+(?:ly|ed)\\b)[a-z]+\\s+(?:of|for|that|which|where|in which)\\b)");

  /** A term's gloss before numbering: the sentence that defines it. */
  record Found(String term, Candidate sentence) {}

  private final Retriever retriever;

  Glossary(Retriever retriever) {
    this.retriever = retriever;
  }

  List<Found> glossesFor(List<Concept> concepts, List<PassageHit> hits) throws IOException {
    List<Found> found = new ArrayList<>();
    // A sentence explains one term: two concepts of one name (the vocabulary's and the sources')
    // are glossed once.
    java.util.Set<String> quoted = new java.util.HashSet<>();
    for (Concept concept : concepts.stream().filter(Glossary::technical).limit(MAX_TERMS).toList()) {
      Optional<Candidate> definition = definitionIn(concept, hits);
      if (definition.isEmpty()) {
        definition = definitionIn(concept, retriever.retrieve("What is " + concept.name() + "?", DEFINITION_SEARCH_DEPTH));
      }
      if (definition.isPresent() && quoted.add(definition.get().text())) {
        found.add(new Found(concept.name(), definition.get()));
      }
    }
    return found;
  }

  /** Diseases and drugs need explaining; "Child" or "Pregnancy" do not. */
  private static boolean technical(Concept concept) {
    return GLOSSED_KINDS.contains(concept.kind()) || concept.origin() == Concept.Origin.ABBREVIATION;
  }

  private static Optional<Candidate> definitionIn(Concept concept, List<PassageHit> hits) {
    for (PassageHit hit : hits) {
      StoredPassage passage = hit.passage();
      if (passage.sourceKind() != SourceKind.REFERENCE && passage.sourceKind() != SourceKind.GUIDELINE) {
        continue;
      }
      for (Span sentence : passage.sentences()) {
        String text = passage.sentenceText(sentence);
        if (text.length() <= MAX_DEFINITION_CHARS && defines(text, concept)) {
          return Optional.of(new Candidate(passage, sentence, text, SubjectMatcher.stemsOf(text), SectionKind.OVERVIEW,
              0, true, false));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the sentence opens with one of the concept's names and says what it is. */
  static boolean defines(String text, Concept concept) {
    String lower = text.toLowerCase(Locale.ROOT);
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(concept.name()), concept.names().stream())
        .map(name -> name.toLowerCase(Locale.ROOT))
        .filter(name -> lower.startsWith(name + " ") || lower.startsWith(name + ",") || lower.startsWith(name + " ("))
        .anyMatch(name -> DEFINES.matcher(text.substring(name.length())).find());
  }
}
