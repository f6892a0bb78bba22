package org.galen.answer.question;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.source.ClinicalVocabulary;

/**
 * The names a question's subject can be recognised by: MeSH headings (also in natural order:
 * "Pulmonary Disease, Chronic Obstructive" is asked about as "chronic obstructive pulmonary
 * disease"), DrugBank drugs with their plain-alphabet synonyms, and clinical abbreviations with
 * their long forms. Read from the vocabulary files ingest keeps in the data directory; any of
 * them may be absent. Immutable once loaded; thread-safe.
 */
public final class ConceptVocabulary {
  /** Names of more words are not matched: a question writes no such name. */
  static final int MAX_NAME_WORDS = 6;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
  private static final Map<String, List<List<String>>> VERB_SUBJECTS = WrittenPhrases.lists("verb-subjects.tsv");

  /** Stem key ("pulmonari diseas chronic obstruct") → concept. */
  private final Map<String, Concept> byKey;
  /**
   * A one-word name as written, in lower case → the concept of that name, apart from those whose
   * names the stemmer folds to the same key ("alcohol", a drink, and "alcoholism", a disorder).
   */
  private final Map<String, Concept> byWrittenWord;
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

  /** The question reader's view of the terminology: drugs, MeSH headings with their kinds, abbreviations, lay terms. */
  public static ConceptVocabulary of(ClinicalVocabulary vocabulary) {
    return of(vocabulary, StemKeys.computed());
  }

  /** As {@link #of(ClinicalVocabulary)}, the names' stem keys read from {@code keys} where it holds them. */
  public static ConceptVocabulary of(ClinicalVocabulary vocabulary, StemKeys keys) {
    ConceptMaps.Built maps = ConceptMaps.of(vocabulary, keys);
    ConceptVocabulary clinical = new ConceptVocabulary(maps.byKey(), maps.byWrittenWord(), vocabulary.abbreviations(),
        LayPhrases.of(List.of(), words -> null), maps.medicines());
    return new ConceptVocabulary(maps.byKey(), maps.byWrittenWord(), vocabulary.abbreviations(),
        LayPhrases.of(vocabulary.layTerms(), clinical::conceptNamedBy), maps.medicines());
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
        if (concept == null && first == last && (writtenInThePlural(text.substring(start, end))
            || beforeAStopWord(text, end))) {
          // A drug class in the plural ("antihypertensives" is MeSH's "Antihypertensive Agents"), or
          // in the singular as a noun ("which antiviral for flu?"). The adjective of another word, or
          // said of something, names no drug: "a renal ward", "an explosive gush", "looks
          // haemolytic." (Renal Agents, Explosive Agents, Hemolytic Agents).
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
            && !describesTheNextWord(text, concept, end) && !(first == last && toldAsAVerb(text, concept, start, end))) {
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

  /** Whether the word ending at {@code end} is followed right away by a stop word ("antiviral for"). */
  private static boolean beforeAStopWord(String text, int end) {
    Matcher next = WORD.matcher(text).region(end, text.length());
    return next.find() && text.substring(end, next.start()).isBlank() && Stems.of(next.group()).isEmpty();
  }

  /** Whether a word is written as a plural noun ("antivirals"), not as the adjective of its singular. */
  private static boolean writtenInThePlural(String word) {
    return word.length() > 3 && Character.toLowerCase(word.charAt(word.length() - 1)) == 's';
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

  /**
   * A complaint's verb that is also a condition's name, after a subject pronoun ({@code
   * verb-subjects.tsv}), is what the complaint does: "it stings when she passes water", "he still itches" — not
   * burns, not an itch named; "is it burns?" asks of the condition.
   */
  private static boolean toldAsAVerb(String text, Concept concept, int start, int end) {
    if (concept.kind() != Concept.Kind.CONDITION && concept.kind() != Concept.Kind.SYMPTOM
        || !VERB_SUBJECTS.getOrDefault("verb", List.of())
            .contains(List.of(text.substring(start, end).toLowerCase(java.util.Locale.ROOT)))) {
      return false;
    }
    List<String> before = WrittenPhrases.Words.of(text.substring(0, start)).words();
    int last = before.size() - 1;
    if (last >= 0 && VERB_SUBJECTS.getOrDefault("adverb", List.of()).contains(List.of(before.get(last)))) {
      last--;
    }
    return last >= 0 && VERB_SUBJECTS.getOrDefault("subject", List.of()).contains(List.of(before.get(last)))
        && (last == 0 || !VERB_SUBJECTS.getOrDefault("asking", List.of()).contains(List.of(before.get(last - 1))));
  }

  /** The long forms of an abbreviation as written; empty when it is not one. */
  public List<String> longForms(String abbreviation) {
    return abbreviations.getOrDefault(abbreviation, List.of());
  }

  /**
   * An abbreviation with one long form is that concept; one an organism's or a condition's heading is
   * named by, exactly as written ("HIV"), is that heading, whatever its long forms; any other stays
   * unresolved.
   */
  private Concept abbreviation(String written, List<String> forms) {
    Concept expanded = forms.size() == 1 ? byKey.get(Stems.key(forms.get(0))) : null;
    if (expanded != null) {
      return expanded.withNames(List.of(written));
    }
    // Only an organism or a condition: a chemical named by its initialism ("NAD", "ATP") is as often
    // a clinician's shorthand for something else ("chest NAD": no abnormality detected).
    Concept heading = byKey.get(Stems.key(written));
    if (heading != null && heading.name().equals(written)
        && (heading.kind() == Concept.Kind.ORGANISM || heading.kind() == Concept.Kind.CONDITION)) {
      return heading;
    }
    if (forms.size() == 1) {
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
}
