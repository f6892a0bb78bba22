package org.galen.answer;

import java.io.IOException;
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
 * Drug names → DrugBank entry (common name and id), from the DrugBank open vocabulary that ingest
 * keeps in the data directory. Finds the longest name a text mentions, so "amoxicillin/clavulanic
 * acid" is not read as plain amoxicillin when the combination is listed. Immutable; thread-safe.
 */
public final class DrugDictionary {
  /** A drug as DrugBank names it. */
  public record Drug(String name, String drugbankId) {}

  private static final int MIN_NAME_LENGTH = 4;
  private static final int MAX_NAME_WORDS = 4;


  /** Names matched in any case, by their lower-case form. */
  private final Map<String, Drug> byName;
  /** Names with capitals in a row, by their lower-case form: matched only with those capitals ({@link #caseBearing}). */
  private final Map<String, Written> asWritten;

  /** A name with capitals in a row as DrugBank writes it, and its drug. */
  private record Written(String name, Drug drug) {
    /** Whether a text writing the name (equal in lower case) has its capitals in a row as they are: "factor VIII", never "same". */
    boolean capitalsAsIn(String text) {
      if (text.length() != name.length()) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        boolean inRun = Character.isUpperCase(name.charAt(i)) && (i > 0 && Character.isUpperCase(name.charAt(i - 1))
            || i + 1 < name.length() && Character.isUpperCase(name.charAt(i + 1)));
        if (inRun && text.charAt(i) != name.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  private DrugDictionary(Map<String, Drug> byName, Map<String, Written> asWritten) {
    // Built by the factory below and handed over: wrapped, not copied (a copy of a hundred thousand
    // entries at every start).
    this.byName = java.util.Collections.unmodifiableMap(byName);
    this.asWritten = java.util.Collections.unmodifiableMap(asWritten);
  }

  public static DrugDictionary empty() {
    return new DrugDictionary(Map.of(), Map.of());
  }

  /** Loads {@code drugbank-vocabulary.csv} from the directory; absent file, empty dictionary. */
  public static DrugDictionary load(Path vocabularyDirectory) throws IOException {
    return of(ClinicalVocabulary.loadDrugsAndAbbreviations(vocabularyDirectory));
  }

  /** The dose reader's view of the terminology: every DrugBank name and synonym. */
  public static DrugDictionary of(ClinicalVocabulary vocabulary) {
    Map<String, Drug> byName = new HashMap<>();
    Map<String, Written> asWritten = new HashMap<>();
    for (DrugBankVocabulary.Entry entry : vocabulary.drugs()) {
      Drug drug = new Drug(entry.commonName(), entry.drugbankId());
      add(byName, asWritten, drug.name(), drug);
      entry.synonyms().forEach(synonym -> add(byName, asWritten, synonym, drug));
    }
    return new DrugDictionary(byName, asWritten);
  }

  private static void add(Map<String, Drug> byName, Map<String, Written> asWritten, String name, Drug drug) {
    // Read for every DrugBank name at each start: counted by hand, not by a regular expression.
    if (name.length() >= MIN_NAME_LENGTH && DrugBankVocabulary.words(name) <= MAX_NAME_WORDS) {
      if (caseBearing(name)) {
        String spaced = name.replaceAll("\\s+", " ");
        asWritten.putIfAbsent(spaced.toLowerCase(Locale.ROOT), new Written(spaced, drug));
      } else {
        byName.putIfAbsent(name.toLowerCase(Locale.ROOT), drug);
      }
    }
  }

  /**
   * A capital right after a capital ("SAMe", "HCTZ", "5-FU"): the name is an acronym or a coined
   * spelling, matched only as written — "SAMe" is no drug in "at the same dose".
   */
  static boolean caseBearing(String name) {
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) && Character.isUpperCase(name.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}/'-]+");

  /** Every drug the text names, in order; at each position the longest name wins. */
  public List<Mention> mentionsIn(String text) {
    List<int[]> words = new ArrayList<>();
    java.util.regex.Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(new int[] {matcher.start(), matcher.end()});
    }
    List<Mention> mentions = new ArrayList<>();
    for (int first = 0; first < words.size(); first++) {
      for (int last = Math.min(words.size(), first + MAX_NAME_WORDS) - 1; last >= first; last--) {
        String candidate = text.substring(words.get(first)[0], words.get(last)[1]);
        String spaced = candidate.replaceAll("\\s+", " ");
        Drug drug = byName.get(spaced.toLowerCase(Locale.ROOT));
        if (drug == null) {
          Written written = asWritten.get(spaced.toLowerCase(Locale.ROOT));
          drug = written != null && written.capitalsAsIn(spaced) ? written.drug() : null;
        }
        if (drug != null) {
          mentions.add(new Mention(drug, candidate, words.get(first)[0]));
          first = last;
          break;
        }
      }
    }
    return mentions;
  }

  /** The drugs a text names, each once, in order: a label's title names its products' drugs. */
  public List<Drug> drugsIn(String text) {
    return mentionsIn(text).stream().map(Mention::drug).distinct().toList();
  }

  /** A drug, the words that named it in the text, and where they start. */
  public record Mention(Drug drug, String asWritten, int start) {}
}
