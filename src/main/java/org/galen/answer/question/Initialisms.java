package org.galen.answer.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initialisms the sources define: "neuroleptic malignant syndrome (NMS)" says what "NMS" stands
 * for. A clinician's shorthand no vocabulary lists is read as the long form the evidence writes
 * before it in brackets, found as Schwartz and Hearst do ("A simple algorithm for identifying
 * abbreviation definitions in biomedical text", PSB 2003): each letter of the short form, from its
 * last, is found in the words before the bracket, from their end, its first letter opening a word;
 * the long form begins at that word and has at most as many words as the short form has letters
 * and five, or twice its letters, within its sentence or bracket; a long form holding the
 * initialism is none. Unlike the paper, words are counted between spaces only (a hyphenated word is
 * one) and the forms found are told apart in lower case. Written here: no library on the build's
 * path does it, and it is the few lines below. Stateless.
 */
public final class Initialisms {
  /**
   * An initialism as a question writes one: three to six capitals or digits, a capital first. Two
   * letters are as often a word's or a unit's ("II", "mg" written in capitals).
   */
  private static final Pattern WRITTEN = Pattern.compile("\\b[A-Z][A-Z0-9]{2,5}\\b");
  /** Where the words a long form may take begin: the sentence or bracket it is written in. */
  private static final Pattern BOUNDARY = Pattern.compile("[.;:!?()\\[\\]]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Initialisms() {}

  /** An initialism where a text writes it. */
  record Written(String initialism, int start, int end) {}

  /** The initialisms a text writes, in order. */
  static List<Written> writtenIn(String text) {
    List<Written> found = new ArrayList<>();
    Matcher each = WRITTEN.matcher(text);
    while (each.find()) {
      found.add(new Written(each.group(), each.start(), each.end()));
    }
    return found;
  }

  /**
   * The question's mentions with an initialism added for each one no vocabulary lists and no
   * mention covers, that the evidence defines by a long form a vocabulary names: that concept,
   * going by the initialism too. The index is asked only for such initialisms: most questions write
   * none.
   */
  static List<ConceptVocabulary.Mention> withDefined(String question, List<ConceptVocabulary.Mention> known,
      ConceptVocabulary vocabulary, Speller speller) {
    List<ConceptVocabulary.Mention> all = new ArrayList<>(known);
    for (Written written : writtenIn(question)) {
      // A word written in capitals that is a stop word ("HOW", "WITH") stands for nothing: the index
      // is not asked.
      if (!vocabulary.longForms(written.initialism()).isEmpty() || Stems.of(written.initialism()).isEmpty()
          || known.stream().anyMatch(m -> m.start() < written.end() && written.start() < m.end())) {
        continue;
      }
      try {
        // Only a long form a vocabulary names: one no vocabulary knows is left to the topic stage,
        // which reads it as a source's subject written whole (NamedSubjects).
        speller.longForm(written.initialism()).map(form -> vocabulary.expansion(written.initialism(), form))
            .filter(concept -> concept.origin() != Concept.Origin.ABBREVIATION)
            .ifPresent(concept -> all.add(new ConceptVocabulary.Mention(concept, written.start(), written.end())));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read the evidence for what an initialism stands for", e);
      }
    }
    all.sort(java.util.Comparator.comparingInt(ConceptVocabulary.Mention::start));
    return all;
  }

  /**
   * The long form the texts define the initialism by most often, when one does more often than any
   * other (forms told apart in lower case); empty when none defines it or two as often.
   */
  public static Optional<String> definedIn(List<String> texts, String initialism) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (String text : texts) {
      longFormsIn(text, initialism).forEach(form -> {
        String key = form.toLowerCase(java.util.Locale.ROOT);
        counts.merge(key, 1, Integer::sum);
        written.putIfAbsent(key, form);
      });
    }
    List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).toList();
    if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
      return Optional.empty();
    }
    return Optional.of(written.get(ranked.get(0).getKey()));
  }

  /** Every long form a text defines the initialism by, in brackets right after it. */
  public static List<String> longFormsIn(String text, String initialism) {
    List<String> forms = new ArrayList<>();
    String bracketed = "(" + initialism + ")";
    for (int at = text.indexOf(bracketed); at >= 0; at = text.indexOf(bracketed, at + 1)) {
      Matcher boundary = BOUNDARY.matcher(text).region(0, at);
      int from = 0;
      while (boundary.find()) {
        from = boundary.end();
      }
      String[] words = SPACES.split(text.substring(from, at).strip());
      int most = Math.min(initialism.length() + 5, initialism.length() * 2);
      String before = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - most),
          words.length));
      longForm(before, initialism).ifPresent(forms::add);
    }
    return forms;
  }

  /**
   * The shortest end of {@code before} whose letters spell the initialism in order, its first letter
   * opening a word (Schwartz and Hearst's best long form); empty when none does or the long form is
   * the initialism itself.
   */
  static Optional<String> longForm(String before, String initialism) {
    int inShort = initialism.length() - 1;
    int inLong = before.length() - 1;
    while (inShort >= 0) {
      char letter = Character.toLowerCase(initialism.charAt(inShort));
      if (!Character.isLetterOrDigit(letter)) {
        inShort--;
        continue;
      }
      while (inLong >= 0 && (Character.toLowerCase(before.charAt(inLong)) != letter
          || inShort == 0 && inLong > 0 && Character.isLetterOrDigit(before.charAt(inLong - 1)))) {
        inLong--;
      }
      if (inLong < 0) {
        return Optional.empty();
      }
      inLong--;
      inShort--;
    }
    String form = before.substring(before.lastIndexOf(' ', inLong + 1) + 1).strip();
    // A long form holding the initialism itself ("X decolonisation (X)") defines nothing.
    boolean definesNothing = java.util.Arrays.asList(SPACES.split(form)).contains(initialism);
    return !definesNothing && (form.contains(" ") || form.length() > initialism.length() + 1)
        ? Optional.of(form) : Optional.empty();
  }
}
