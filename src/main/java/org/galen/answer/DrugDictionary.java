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

  private final Map<String, Drug> byName;

  private DrugDictionary(Map<String, Drug> byName) {
    this.byName = Map.copyOf(byName);
  }

  public static DrugDictionary empty() {
    return new DrugDictionary(Map.of());
  }

  /** Loads {@code drugbank-vocabulary.csv} from the directory; absent file, empty dictionary. */
  public static DrugDictionary load(Path vocabularyDirectory) throws IOException {
    return of(ClinicalVocabulary.load(vocabularyDirectory));
  }

  /** The dose reader's view of the engine's one vocabulary: every DrugBank name and synonym. */
  public static DrugDictionary of(ClinicalVocabulary vocabulary) {
    Map<String, Drug> byName = new HashMap<>();
    for (DrugBankVocabulary.Entry entry : vocabulary.drugs()) {
      Drug drug = new Drug(entry.commonName(), entry.drugbankId());
      add(byName, drug.name(), drug);
      entry.synonyms().forEach(synonym -> add(byName, synonym, drug));
    }
    return new DrugDictionary(byName);
  }

  private static void add(Map<String, Drug> byName, String name, Drug drug) {
    if (name.length() >= MIN_NAME_LENGTH && name.split("\\s+").length <= MAX_NAME_WORDS) {
      byName.putIfAbsent(name.toLowerCase(Locale.ROOT), drug);
    }
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
        Drug drug = byName.get(candidate.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
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
