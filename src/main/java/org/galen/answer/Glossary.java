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
 * a sudden, involuntary jerking of a muscle..."), else the term's broader MeSH headings.
 */
final class Glossary {
  /** What a reader may not know the word for: a condition, a sign, an organism, a drug — not a setting or a body part. */
  private static final java.util.Set<Concept.Kind> GLOSSED_KINDS = java.util.Set.of(Concept.Kind.CONDITION,
      Concept.Kind.SYMPTOM, Concept.Kind.ORGANISM, Concept.Kind.DRUG);

  private static final int MAX_TERMS = 3;
  private static final int DEFINITION_SEARCH_DEPTH = 10;
  private static final int MAX_DEFINITION_CHARS = 400;
  /** "X is", "X (Y) are", "X refers to", "X is a" within a few words of the start. */
  private static final Pattern DEFINES = Pattern.compile("(?i)^[^.;:]{0,80}?\\b(is|are|refers to|means)\\b");

  /** A term's gloss before numbering: a defining sentence, or a MeSH description. */
  record Found(String term, Optional<Candidate> sentence, String meshText) {}

  private final Retriever retriever;

  Glossary(Retriever retriever) {
    this.retriever = retriever;
  }

  List<Found> glossesFor(List<Concept> concepts, List<PassageHit> hits) throws IOException {
    List<Found> found = new ArrayList<>();
    for (Concept concept : concepts.stream().filter(Glossary::technical).limit(MAX_TERMS).toList()) {
      Optional<Candidate> definition = definitionIn(concept, hits);
      if (definition.isEmpty()) {
        definition = definitionIn(concept, retriever.retrieve("What is " + concept.name() + "?", DEFINITION_SEARCH_DEPTH));
      }
      String mesh = concept.broader().isEmpty() ? ""
          : "In MeSH, " + concept.name() + " is filed under " + String.join("; ", concept.broader()) + ".";
      if (definition.isPresent() || !mesh.isEmpty()) {
        found.add(new Found(concept.name(), definition, mesh));
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
        if (text.length() <= MAX_DEFINITION_CHARS && startsWithName(text, concept) && DEFINES.matcher(text).find()) {
          return Optional.of(new Candidate(passage, sentence, text, SubjectMatcher.stemsOf(text), SectionKind.OVERVIEW,
              0, true, false));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWithName(String text, Concept concept) {
    String lower = text.toLowerCase(Locale.ROOT);
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(concept.name()), concept.names().stream())
        .map(name -> name.toLowerCase(Locale.ROOT))
        .anyMatch(name -> lower.startsWith(name + " ") || lower.startsWith(name + ",") || lower.startsWith(name + " ("));
  }
}
