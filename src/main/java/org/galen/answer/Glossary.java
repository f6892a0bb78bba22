package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Concept;
import org.galen.answer.question.WordLists;
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
   * or another name between commas or dashes (', or "lazy eye,"', " - meth for short - "), then
   * "is", "are", "refers to" or "means", then the first word of what it is ({@link #SAYS_SOMETHING_ELSE}
   * tells the words that start saying something else of it).
   */
  private static final Pattern DEFINES = Pattern.compile("(?i)^\\s*(?:\\([^)]{0,60}\\)\\s*)?"
      + "(?:,[^,.;:]{0,60},[\"\u201d]?\\s*|\\s+[-\u2013\u2014][^.;:]{0,40}[-\u2013\u2014]\\s*)?"
      + "(?:is|are|refers to|means)\\s+([\\p{L}-]+)");
  /**
   * A first word after "is" that says something of the term, not what it is: an adverb or a
   * participle ("… is rarely …", "… is caused by …", "… is sometimes misdiagnosed …"), or one of
   * {@code not-defining-words.txt} ("… is common in …", "… is important for …").
   */
  private static final Set<String> SAYS_SOMETHING_ELSE = Set.copyOf(
      WordLists.lines("/org/galen/answer/not-defining-words.txt"));

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
    Set<String> quoted = new HashSet<>();
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
        .anyMatch(name -> definesWhatFollows(text.substring(name.length())));
  }

  private static boolean definesWhatFollows(String rest) {
    java.util.regex.Matcher what = DEFINES.matcher(rest);
    if (!what.find()) {
      return false;
    }
    String first = what.group(1).toLowerCase(Locale.ROOT);
    return !first.endsWith("ly") && !first.endsWith("ed") && !SAYS_SOMETHING_ELSE.contains(first);
  }
}
