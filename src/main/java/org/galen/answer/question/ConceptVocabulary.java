package org.galen.answer.question;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.source.ClinicalVocabulary;
import org.galen.source.DrugBankVocabulary;

/**
 * The names a question's subject can be recognised by: MeSH headings (also in natural order:
 * "Pulmonary Disease, Chronic Obstructive" is asked about as "chronic obstructive pulmonary
 * disease"), DrugBank drugs with their plain-alphabet synonyms, and clinical abbreviations with
 * their long forms. Read from the vocabulary files ingest keeps in the data directory; any of
 * them may be absent. Immutable once loaded; thread-safe.
 */
public final class ConceptVocabulary {
  /** A three-part heading whose parts are words and hyphens only, none a list or a phrase of its own. */
  private static final Pattern INVERTIBLE_PARTS = Pattern.compile(
      "(?i)(?!.*\\b(?:and|or|with|without|of|in|for|to|by)\\b)[\\p{L}' -]+(?:, [\\p{L}' -]+){2}");
  /** How DrugBank marks an allergenic extract among a product's names. */
  private static final Pattern ALLERGENIC_EXTRACT = Pattern.compile("(?i)\\ballergenic extract\\b");
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_DRUG_NAMES = 6;
  private static final int MIN_KEY_CHARS = 3;
  private static final int MIN_ABBREVIATION_NAME_CHARS = 4;
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9 '-]*[A-Za-z0-9]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

  /** Stem key ("pulmonari diseas chronic obstruct") → concept. */
  private final Map<String, Concept> byKey;
  /**
   * A one-word name as written, in lower case → the concept of that name, apart from those whose
   * names the stemmer folds to the same key ("alcohol", a drink, and "alcoholism", a disorder).
   */
  private final Map<String, Concept> byWrittenWord;
  /** The mark of a written word two drugs claim, while the words are read; none is kept. */
  private static final Concept AMBIGUOUS = new Concept("", Concept.Origin.DRUGBANK, "", List.of(), List.of(),
      Concept.Kind.OTHER);
  /** Abbreviation as written ("COPD") → its long forms; "MS" has several. */
  private final Map<String, List<String>> abbreviations;
  /** How patients say it, longest phrases first. */
  private final LayPhrases lay;

  /** The ids of the concepts that are DrugBank drugs, under a MeSH heading of the same name or their own. */
  private final Set<String> medicines;

  private ConceptVocabulary(Map<String, Concept> byKey, Map<String, Concept> byWrittenWord,
      Map<String, List<String>> abbreviations, LayPhrases lay, Set<String> medicines) {
    // Built by the factories below and handed over: wrapped, not copied (a copy of some 130,000
    // entries took a tenth of a second of every start; docs/benchmarks.md, twenty-sixth pass).
    this.byKey = java.util.Collections.unmodifiableMap(byKey);
    this.byWrittenWord = java.util.Collections.unmodifiableMap(byWrittenWord);
    this.abbreviations = java.util.Collections.unmodifiableMap(abbreviations);
    this.lay = lay;
    this.medicines = java.util.Collections.unmodifiableSet(medicines);
  }

  /** What a vocabulary is made of, as {@link KeptConcepts} writes and restores it. */
  record Parts(Map<String, Concept> byKey, Map<String, Concept> byWrittenWord,
      Map<String, List<String>> abbreviations, List<LayPhrases.Phrase> layPhrases, Set<String> medicines) {}

  Parts parts() {
    return new Parts(byKey, byWrittenWord, abbreviations, lay.phrases(), medicines);
  }

  static ConceptVocabulary restored(Parts parts) {
    return new ConceptVocabulary(parts.byKey(), parts.byWrittenWord(), parts.abbreviations(),
        LayPhrases.restored(parts.layPhrases()), parts.medicines());
  }

  public static ConceptVocabulary empty() {
    return new ConceptVocabulary(Map.of(), Map.of(), Map.of(), LayPhrases.of(List.of(), words -> null), Set.of());
  }

  public static ConceptVocabulary load(Path directory) throws IOException {
    return of(ClinicalVocabulary.load(directory));
  }

  /** The question reader's view of the engine's one vocabulary: drugs, MeSH headings with their kinds, abbreviations. */
  public static ConceptVocabulary of(ClinicalVocabulary vocabulary) {
    return of(vocabulary, StemKeys.computed());
  }

  /** As {@link #of(ClinicalVocabulary)}, the names' stem keys read from {@code keys} where it holds them. */
  public static ConceptVocabulary of(ClinicalVocabulary vocabulary, StemKeys keys) {
    // Sized for the names of the vocabularies Galen reads (about 60,000 keys), so it is not rehashed
    // as it fills; copied once, immutable, for both views below.
    Map<String, Concept> names = new HashMap<>(1 << 17);
    Set<String> drugKeys = new java.util.HashSet<>();
    Map<String, Concept> written = new HashMap<>(1 << 16);
    vocabulary.drugs().forEach(entry -> addDrug(entry, names, keys, drugKeys, written));
    addMesh(vocabulary.meshHeadings(), names, keys, written);
    addAbbreviationsAsNames(vocabulary.abbreviations(), names, keys);
    Map<String, Concept> byKey = names;
    // A word two drugs claim names neither; both views below share the maps, changed no more.
    written.values().removeIf(concept -> concept == AMBIGUOUS);
    Map<String, Concept> byWritten = written;
    // The concepts under every name a drug was added by, its common name or a synonym ("Aspirin" of
    // acetylsalicylic acid): a MeSH heading of that name holds the drug.
    Set<String> medicines = drugKeys.stream().map(byKey::get).filter(c -> c != null && c.kind() == Concept.Kind.DRUG)
        .map(Concept::id).collect(java.util.stream.Collectors.toSet());
    ConceptVocabulary clinical = new ConceptVocabulary(byKey, byWritten, vocabulary.abbreviations(),
        LayPhrases.of(List.of(), words -> null), medicines);
    return new ConceptVocabulary(byKey, byWritten, vocabulary.abbreviations(),
        LayPhrases.of(vocabulary.layTerms(), clinical::conceptNamedBy), medicines);
  }

  /**
   * Whether a concept is a medicine DrugBank lists ("Warfarin"), not only a MeSH heading for a
   * class or a chemical ("Anticoagulants", "Hormones", "Plastics").
   */
  public boolean isMedicine(Concept concept) {
    return concept.origin() == Concept.Origin.DRUGBANK || medicines.contains(concept.id());
  }

  /**
   * The concept clinical words name: the heading itself ("Seizures"), else the condition or sign
   * they mention ("terminal Hematuria" → Hematuria); null when they name none.
   */
  private Concept conceptNamedBy(String clinicalWords) {
    Concept whole = byKey.get(Stems.key(clinicalWords));
    if (whole != null) {
      return whole;
    }
    // Only a condition or a sign: "bathing wading water" names no drug called water.
    return mentionsIn(clinicalWords).stream().map(Mention::concept)
        .filter(c -> c.kind() == Concept.Kind.CONDITION || c.kind() == Concept.Kind.SYMPTOM)
        .max(java.util.Comparator.comparingInt(c -> c.kind().subjectRank())).orElse(null);
  }

  /**
   * A concept named in a text, and where. {@code lay} when the words were a lay description
   * ("fitting" for Seizures): the question's words are then no name of the concept.
   */
  public record Mention(Concept concept, int start, int end, boolean lay) {
    public Mention(Concept concept, int start, int end) {
      this(concept, start, end, false);
    }
  }

  /** Where a text's lay descriptions are, as {start, end} pairs: their words are never "misspelt". */
  public List<int[]> layDescriptionsIn(String text) {
    return lay.matches(text).stream().map(m -> new int[] {m.start(), m.end()}).toList();
  }

  /** The clinical words for each lay description in a text ("fitting" → "Seizures"), in text order. */
  public List<String> clinicalWordsFor(String text) {
    return lay.matches(text).stream().map(LayPhrases.Match::clinicalWords).distinct().toList();
  }

  /**
   * The concepts a text names, longest name first at each position. Abbreviations are matched as
   * written (upper case: "ACS", never the word "acs"); an ambiguous one comes back with all its
   * long forms in {@link #longForms} for the caller to resolve.
   */
  public List<Mention> mentionsIn(String text) {
    return mentionsIn(text, List.of());
  }

  /**
   * The concepts a question names, lay descriptions included ("still fitting": Seizures). Lay
   * words are read in questions only: in a source, "shingles" is the page's own name for its
   * subject, and the vocabulary's names decide which condition a source is about.
   */
  public List<Mention> questionMentionsIn(String question) {
    List<Mention> lay = new ArrayList<>();
    for (LayPhrases.Match match : this.lay.matches(question)) {
      if (match.concept() != null) {
        lay.add(new Mention(match.concept(), match.start(), match.end(), true));
      }
    }
    return mentionsIn(question, lay);
  }

  private List<Mention> mentionsIn(String text, List<Mention> described) {
    List<Mention> mentions = new ArrayList<>(described);
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      List<String> forms = abbreviations.get(word.group());
      if (forms != null) {
        mentions.add(abbreviationMention(text, word, forms));
      }
    }
    List<Stems.Token> tokens = Stems.tokens(text);
    for (int first = 0; first < tokens.size(); first++) {
      for (int last = Math.min(tokens.size(), first + MAX_NAME_WORDS) - 1; last >= first; last--) {
        StringBuilder key = new StringBuilder();
        for (int i = first; i <= last; i++) {
          key.append(i == first ? "" : " ").append(tokens.get(i).stem());
        }
        Concept concept = byKey.get(key.toString());
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        if (concept == null && first == last) {
          // A drug class in the plural: "antihypertensives" is MeSH's "Antihypertensive Agents".
          Concept agents = byKey.get(key + " agent");
          concept = agents == null ? null : agents.withNames(List.of(text.substring(start, end)));
        }
        if (concept != null && first == last) {
          // The stemmer folds a word into another concept's name ("alcohol" into "alcoholism"): a
          // concept with the very name written is the one named, unless the stem's concept is the
          // word's own plural heading ("Chickens", "Benzodiazepines").
          String written = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
          Concept own = byWrittenWord.get(written);
          if (own != null && !own.name().equalsIgnoreCase(concept.name())
              && !OneWordNames.pluralOf(concept.name().toLowerCase(java.util.Locale.ROOT), written)) {
            concept = own;
          }
        }
        if (concept != null && first == last
            && !OneWordNames.named(concept, key.toString(), text.substring(start, end))) {
          concept = null;
        }
        if (concept != null && mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())
            && !describesTheNextWord(text, concept, end)) {
          mentions.add(new Mention(concept, start, end));
          first = last;
          break;
        }
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return mentions;
  }

  /**
   * An abbreviation, or the heading it begins: "ACE inhibitors" is "Angiotensin-Converting Enzyme
   * Inhibitors" (a drug class), not the enzyme.
   */
  private Mention abbreviationMention(String text, Matcher word, List<String> forms) {
    if (forms.size() == 1) {
      Matcher next = WORD.matcher(text).region(word.end(), text.length());
      if (next.find() && text.substring(word.end(), next.start()).isBlank()) {
        Concept heading = byKey.get(Stems.key(forms.get(0) + " " + next.group()));
        if (heading != null) {
          return new Mention(heading.withNames(List.of(word.group() + " " + next.group())), word.start(), next.end());
        }
      }
    }
    return new Mention(abbreviation(word.group(), forms), word.start(), word.end());
  }

  /**
   * A condition's name in "-ing" used to describe the word after it: "burning pain", "burning
   * feeling when I pee", "bleeding gums" — not burns, not a haemorrhage.
   */
  private static boolean describesTheNextWord(String text, Concept concept, int end) {
    if (concept.kind() != Concept.Kind.CONDITION || !text.substring(0, end).toLowerCase(java.util.Locale.ROOT)
        .endsWith("ing")) {
      return false;
    }
    Matcher next = WORD.matcher(text).region(end, text.length());
    return next.find() && text.substring(end, next.start()).isBlank() && !Stems.of(next.group()).isEmpty();
  }

  /** The long forms of an abbreviation as written; empty when it is not one. */
  public List<String> longForms(String abbreviation) {
    return abbreviations.getOrDefault(abbreviation, List.of());
  }

  /** An abbreviation with one long form is that concept; with several, it stays unresolved. */
  private Concept abbreviation(String written, List<String> forms) {
    if (forms.size() == 1) {
      Concept expanded = byKey.get(Stems.key(forms.get(0)));
      if (expanded != null) {
        return expanded.withNames(List.of(written));
      }
      return new Concept(forms.get(0), Concept.Origin.ABBREVIATION, "", List.of(forms.get(0), written), List.of(), Concept.Kind.OTHER);
    }
    return new Concept(written, Concept.Origin.ABBREVIATION, "", List.of(written), List.of(), Concept.Kind.OTHER);
  }

  /** The MeSH heading of that exact name, if the vocabulary holds it. */
  Optional<Concept> heading(String name) {
    return Optional.ofNullable(byKey.get(Stems.key(name)))
        .filter(c -> c.origin() == Concept.Origin.MESH && c.name().equals(name));
  }

  /** The vocabulary's concept for a long form, or a plain abbreviation concept with that name. */
  public Concept expansion(String written, String longForm) {
    Concept known = byKey.get(Stems.key(longForm));
    return known != null ? known.withNames(List.of(written))
        : new Concept(longForm, Concept.Origin.ABBREVIATION, "", List.of(longForm, written), List.of(), Concept.Kind.OTHER);
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
      naturalOrder(heading.name()).ifPresent(names::add);
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

  /**
   * A heading's inverted parts in the order they are spoken: "Pulmonary Disease, Chronic
   * Obstructive" → "Chronic Obstructive Pulmonary Disease", "Lymphoma, Large B-Cell, Diffuse" →
   * "Diffuse Large B-Cell Lymphoma" (the qualifier MeSH puts last comes first). Parts that are a
   * list or a phrase of their own ("Amino Acids, Peptides, and Proteins", "… with Excess of
   * Blasts") and chemical names (digits, brackets) have no such order.
   */
  private static java.util.Optional<String> naturalOrder(String heading) {
    List<String> parts = List.of(heading.split(", "));
    if (parts.size() < 2 || parts.size() > 3 || parts.size() == 3 && !INVERTIBLE_PARTS.matcher(heading).matches()) {
      return java.util.Optional.empty();
    }
    List<String> reversed = new ArrayList<>(parts.subList(1, parts.size()));
    java.util.Collections.reverse(reversed);
    reversed.add(parts.get(0));
    return java.util.Optional.of(String.join(" ", reversed));
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
    if (key.length() < MIN_KEY_CHARS || words(key) > MAX_NAME_WORDS) {
      return;
    }
    byKey.merge(key, concept, (existing, added) -> existing.origin() == Concept.Origin.MESH
        || added.origin() != Concept.Origin.MESH ? existing.withNames(added.names())
        : added.withNames(existing.names()));
  }
}
