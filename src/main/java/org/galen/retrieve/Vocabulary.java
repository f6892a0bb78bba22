package org.galen.retrieve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.galen.source.DrugBankVocabulary;
import org.galen.source.ClinicalVocabulary;

/**
 * Synonym groups for query expansion, read from the vocabulary files {@code galen ingest} keeps in
 * the data directory: DrugBank's open vocabulary (a drug's common name and synonyms — "APAP",
 * "Paracetamol", "Acetaminophen") and the clinical abbreviation list, of which only abbreviations
 * with a single long form are used ("COPD"; not "MS", which has several).
 *
 * <p>Immutable once loaded; thread-safe.
 */
public final class Vocabulary {
  /** Shorter names are too often ordinary words or fragments ("Ace", "Tea"). */
  private static final int MIN_NAME_LENGTH = 4;
  private static final int MAX_NAME_WORDS = 4;
  /**
   * Plain English-alphabet names only: DrugBank's synonyms also hold IUPAC names and Latin, French
   * and Spanish forms ("Acidum folicum"), which on SciFact only added noise.
   */
  private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z -]*[A-Za-z]");
  /** Alternatives per drug: the common name and the shortest synonyms (enough to reach "Paracetamol"). */
  private static final int MAX_ALTERNATIVES = 4;


  /** Lower-cased name → every name of that drug. */
  private final Map<String, List<String>> alternatives;
  /** Abbreviation, case as written ("COPD": "all" must not expand as "ALL") → its one long form. */
  private final Map<String, String> abbreviations;

  private Vocabulary(Map<String, List<String>> alternatives, Map<String, String> abbreviations) {
    // Built by the factory below and handed over: wrapped, not copied (a copy of a hundred thousand
    // entries at every start).
    this.alternatives = java.util.Collections.unmodifiableMap(alternatives);
    this.abbreviations = java.util.Collections.unmodifiableMap(abbreviations);
  }

  public static Vocabulary empty() {
    return new Vocabulary(Map.of(), Map.of());
  }

  /** Loads whichever vocabulary files the directory holds; a missing directory gives an empty vocabulary. */
  public static Vocabulary load(Path directory) throws IOException {
    return of(ClinicalVocabulary.loadDrugsAndAbbreviations(directory));
  }

  /** The expansion view of the terminology: drug names, and abbreviations with one long form. */
  public static Vocabulary of(ClinicalVocabulary vocabulary) {
    Map<String, List<String>> alternatives = new HashMap<>();
    vocabulary.drugs().forEach(entry -> addDrug(entry, alternatives));
    Map<String, String> abbreviations = new HashMap<>();
    vocabulary.abbreviations().forEach((written, forms) -> {
      if (forms.size() == 1) {
        abbreviations.put(written, forms.get(0));
      }
    });
    return new Vocabulary(alternatives, abbreviations);
  }

  public boolean isEmpty() {
    return alternatives.isEmpty() && abbreviations.isEmpty();
  }

  /**
   * Other names for the terms a text mentions, longest match first, at most one group per
   * mention. Matching is on lower-cased word sequences, so "paracetamol" matches "Paracetamol".
   */
  public List<String> alternativesIn(String text) {
    String[] original = text.split("[^\\p{L}\\p{N}'-]+");
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+");
    List<String> found = new ArrayList<>();
    for (int start = 0; start < words.length; start++) {
      String longForm = start < original.length ? abbreviations.get(original[start]) : null;
      if (longForm != null) {
        found.add(longForm);
        continue;
      }
      for (int length = Math.min(MAX_NAME_WORDS, words.length - start); length >= 1; length--) {
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length));
        List<String> names = alternatives.get(candidate);
        if (names != null) {
          names.stream().filter(name -> !name.equalsIgnoreCase(candidate)).forEach(found::add);
          start += length - 1;
          break;
        }
      }
    }
    return found;
  }

  private static void addDrug(DrugBankVocabulary.Entry entry, Map<String, List<String>> alternatives) {
    List<String> names = new ArrayList<>();
    names.add(entry.commonName());
    names.addAll(entry.synonyms());
    List<String> usable = names.stream().filter(Vocabulary::usableName).distinct().toList();
    if (usable.size() > 1) {
      List<String> group = new ArrayList<>(List.of(usable.get(0)));
      usable.stream().skip(1).sorted(java.util.Comparator.comparingInt(String::length))
          .limit(MAX_ALTERNATIVES - 1).forEach(group::add);
      List<String> kept = List.copyOf(group);
      usable.forEach(name -> alternatives.putIfAbsent(name.toLowerCase(Locale.ROOT), kept));
    }
  }

  private static boolean usableName(String name) {
    return name.length() >= MIN_NAME_LENGTH && PLAIN_NAME.matcher(name).matches()
        && DrugBankVocabulary.words(name) <= MAX_NAME_WORDS;
  }
}
