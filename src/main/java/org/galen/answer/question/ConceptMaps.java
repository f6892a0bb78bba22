package org.galen.answer.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.source.ClinicalVocabulary;
import org.galen.source.DrugBankVocabulary;

/**
 * The question reader's maps built from the terminology, for {@link ConceptVocabulary}: every
 * DrugBank drug and MeSH heading under the stem keys of its names, their one-word names as written,
 * and which concepts are medicines. Thread-safe: no state.
 */
final class ConceptMaps {
  /** How DrugBank marks an allergenic extract among a product's names. */
  private static final Pattern ALLERGENIC_EXTRACT = Pattern.compile("(?i)\\ballergenic extract\\b");
  private static final int MAX_DRUG_NAMES = 6;
  private static final int MIN_KEY_CHARS = 3;
  private static final int MIN_ABBREVIATION_NAME_CHARS = 4;
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9 '-]*[A-Za-z0-9]");
  /** The mark of a written word two drugs claim, while the words are read; none is kept. */
  private static final Concept AMBIGUOUS = new Concept("", Concept.Origin.DRUGBANK, "", List.of(), List.of(),
      Concept.Kind.OTHER);

  /** The maps built: stem key → concept, one-word name as written → concept, the medicines' ids. */
  record Built(Map<String, Concept> byKey, Map<String, Concept> byWrittenWord, Set<String> medicines) {}

  private ConceptMaps() {}

  static Built of(ClinicalVocabulary vocabulary, StemKeys keys) {
    // Sized for the names of the vocabularies Galen reads (about 60,000 keys), so it is not rehashed
    // as it fills.
    Map<String, Concept> names = new HashMap<>(1 << 17);
    Set<String> drugKeys = new java.util.HashSet<>();
    Map<String, Concept> written = new HashMap<>(1 << 16);
    vocabulary.drugs().forEach(entry -> addDrug(entry, names, keys, drugKeys, written));
    addMesh(vocabulary.meshHeadings(), names, keys, written);
    addAbbreviationsAsNames(vocabulary.abbreviations(), names, keys);
    // A word two drugs claim names neither; the maps are changed no more once built.
    written.values().removeIf(concept -> concept == AMBIGUOUS);
    // The concepts under every name a drug was added by, its common name or a synonym ("Aspirin" of
    // acetylsalicylic acid): a MeSH heading of that name holds the drug.
    Set<String> medicines = drugKeys.stream().map(names::get).filter(c -> c != null && c.kind() == Concept.Kind.DRUG)
        .map(Concept::id).collect(java.util.stream.Collectors.toSet());
    return new Built(names, written, medicines);
  }

  /** A DrugBank drug under its plain names; the keys it is put under are added to {@code drugKeys}. */
  private static void addDrug(DrugBankVocabulary.Entry entry, Map<String, Concept> byKey, StemKeys keys,
      Set<String> drugKeys, Map<String, Concept> written) {
    if (isAllergenicExtract(entry)) {
      return;
    }
    List<String> names = new ArrayList<>(List.of(entry.commonName()));
    entry.synonyms().stream().filter(s -> PLAIN_NAME.matcher(s).matches() && !names.contains(s))
        .sorted(java.util.Comparator.comparingInt(String::length)).limit(MAX_DRUG_NAMES - 1).forEach(names::add);
    Concept drug = new Concept(entry.commonName(), Concept.Origin.DRUGBANK, entry.drugbankId(), names, List.of(),
        Concept.Kind.DRUG);
    for (String name : names) {
      String key = keys.key(name);
      putName(byKey, key, drug);
      drugKeys.add(key);
    }
    putWrittenWords(written, drug);
  }

  /**
   * An allergenic extract, as DrugBank marks it among its synonyms ("clam allergenic extract"): a
   * product for allergy tests and immunotherapy named after a food, a pollen or an animal. A question
   * naming clams, rice or a cat means the thing, not the extract; and a word the stemmer folds into
   * one of those names (an adjective of the skin) is no drug either.
   */
  private static boolean isAllergenicExtract(DrugBankVocabulary.Entry entry) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(entry.commonName()), entry.synonyms().stream())
        .anyMatch(name -> ALLERGENIC_EXTRACT.matcher(name).find());
  }

  /** MeSH headings with their tree numbers (for broader terms and their kind), or bare names. */
  private static void addMesh(List<ClinicalVocabulary.MeshHeading> headings, Map<String, Concept> byKey,
      StemKeys keys, Map<String, Concept> written) {
    Map<String, String> nameByTree = new HashMap<>();
    headings.forEach(h -> h.treeNumbers().forEach(tree -> nameByTree.put(tree, h.name())));
    for (ClinicalVocabulary.MeshHeading heading : headings) {
      List<String> broader = heading.treeNumbers().stream().filter(t -> t.contains("."))
          .map(t -> nameByTree.get(t.substring(0, t.lastIndexOf('.')))).filter(java.util.Objects::nonNull)
          .distinct().toList();
      Concept.Kind kind = Concept.Kind.ofMeshTrees(heading.treeNumbers());
      List<String> names = new ArrayList<>(List.of(heading.name()));
      SpokenOrder.of(heading.name()).ifPresent(names::add);
      Concept concept = new Concept(heading.name(), Concept.Origin.MESH, heading.id(), names, broader, kind);
      names.forEach(n -> putName(byKey, keys.key(n), concept));
      putWrittenWords(written, concept);
    }
  }

  /**
   * A concept's one-word names as written, in lower case; a MeSH heading's before a drug's, as for
   * keys. A word two DrugBank drugs both give as a name names neither of them by itself.
   */
  private static void putWrittenWords(Map<String, Concept> written, Concept concept) {
    for (String name : concept.names()) {
      if (name.indexOf(' ') < 0 && name.length() >= MIN_KEY_CHARS) {
        written.merge(name.toLowerCase(java.util.Locale.ROOT), concept, (existing, added) ->
            existing.origin() == Concept.Origin.MESH ? existing : added.origin() == Concept.Origin.MESH ? added
                : existing.id().equals(added.id()) ? existing : AMBIGUOUS);
      }
    }
  }

  /**
   * Sources write a concept by its abbreviation too ("ACEIs: First dose hypotension, dry cough"):
   * an abbreviation with a single long form that is a concept's name becomes one of its names. Only
   * abbreviations of {@value #MIN_ABBREVIATION_NAME_CHARS} characters or more: a shorter one is too
   * often a word in lower case ("CAP", "BED").
   */
  private static void addAbbreviationsAsNames(Map<String, List<String>> abbreviations, Map<String, Concept> byKey,
      StemKeys keys) {
    Map<String, List<String>> extra = new HashMap<>();
    abbreviations.forEach((written, forms) -> {
      Concept concept = forms.size() == 1 && written.length() >= MIN_ABBREVIATION_NAME_CHARS
          ? byKey.get(keys.key(forms.get(0))) : null;
      if (concept != null) {
        extra.computeIfAbsent(concept.name(), name -> new ArrayList<>()).add(written);
      }
    });
    byKey.replaceAll((key, concept) -> extra.containsKey(concept.name())
        ? concept.withNames(extra.get(concept.name())) : concept);
  }

  /** The words of a key: its stems, one space between each. */
  private static int words(String key) {
    int words = 1;
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      words++;
    }
    return words;
  }

  /** A MeSH heading and a drug of the same name become one concept with both sets of names. */
  private static void putName(Map<String, Concept> byKey, String key, Concept concept) {
    // A one-letter or two-letter name ("I", "e") is a pronoun or a letter in a question, never a
    // drug; abbreviations are matched apart, as written.
    if (key.length() < MIN_KEY_CHARS || words(key) > ConceptVocabulary.MAX_NAME_WORDS) {
      return;
    }
    byKey.merge(key, concept, (existing, added) -> existing.origin() == Concept.Origin.MESH
        || added.origin() != Concept.Origin.MESH ? existing.withNames(added.names())
        : added.withNames(existing.names()));
  }
}
