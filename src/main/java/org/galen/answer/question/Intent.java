package org.galen.answer.question;

import java.util.List;
import java.util.Set;
import org.galen.answer.SectionKind;

/**
 * What a question asks for, recognised from its wording ("treat", "dose", "symptoms"...), and the
 * article sections that answer it. A question with no recognisable intent asks for an overview.
 */
public enum Intent {
  // Each intent: its sections, and how many of them, from the first, answer it by themselves (the
  // rest help read the answer: a diagnosis its symptoms and causes, a prevention its drug list).
  TREATMENT("treatment", List.of(SectionKind.MANAGEMENT, SectionKind.MEDICATIONS, SectionKind.SUPPORTIVE,
      SectionKind.CAUTIONS), 3),
  DOSING("dosing", List.of(SectionKind.MEDICATIONS, SectionKind.CAUTIONS), 1),
  // Diagnosing is also finding the cause ("opioid-induced"): what a condition develops in response to.
  DIAGNOSIS("diagnosis", List.of(SectionKind.DIAGNOSIS, SectionKind.SYMPTOMS, SectionKind.CAUSES), 1),
  SYMPTOMS("symptoms", List.of(SectionKind.SYMPTOMS), 1),
  CAUSES("causes and risk factors", List.of(SectionKind.CAUSES, SectionKind.RISK_FACTORS), 2),
  PROGNOSIS("prognosis", List.of(SectionKind.PROGNOSIS, SectionKind.COMPLICATIONS), 2),
  // Prophylaxis and vaccines are given as drugs: their regimens are in the medication list.
  PREVENTION("prevention", List.of(SectionKind.PREVENTION, SectionKind.MEDICATIONS), 1),
  CAUTIONS("adverse effects and cautions", List.of(SectionKind.CAUTIONS), 1),
  MECHANISM("mechanism", List.of(SectionKind.OVERVIEW), 1),
  COMPARISON("comparison", List.of(SectionKind.MANAGEMENT), 1);

  private final String label;
  private final List<SectionKind> sections;
  /** The first of {@link #sections} that answer the intent by themselves. */
  private final List<SectionKind> answering;
  /** Each cue: one stem, or stems that must come together ("side+effect": "one side of the face" is no caution). */
  private final List<Set<String>> cues;
  private final Set<String> cueStems;
  /**
   * Cues of words the analysis drops as stop words, or that ask only together, matched as written,
   * in order ("what_should_i_do", "can_put_on": {@link WrittenPhrases}).
   */
  private final List<List<String>> phrases;

  /** Marks a cue in {@code intent-cues.tsv} matched as written, not by its stem ("=work-up"). */
  private static final String WRITTEN_ONLY = "=";
  /**
   * Marks a phrase whose words are not asking words ("~what_will_the_doctor_do"): it asks as a whole,
   * while "doctor" alone is a word a line answering may share.
   */
  private static final String WORDS_NOT_ASKING = "~";

  Intent(String label, List<SectionKind> sections, int answering) {
    this.label = label;
    this.sections = List.copyOf(sections);
    this.answering = this.sections.subList(0, answering);
    List<Set<String>> cues = new java.util.ArrayList<>();
    List<List<String>> phrases = new java.util.ArrayList<>();
    List<List<String>> wordsNotAsking = new java.util.ArrayList<>();
    for (String cue : cueWords(name()).split("\\s+")) {
      if (cue.startsWith(WORDS_NOT_ASKING)) {
        String written = cue.substring(WORDS_NOT_ASKING.length());
        if (written.startsWith(WRITTEN_ONLY) || written.contains("+")) {
          throw new IllegalStateException("intent-cues.tsv: \"" + cue + "\" marks a phrase as written, "
              + "words joined by _, never with = or +");
        }
        List<String> phrase = WrittenPhrases.words(written);
        phrases.add(phrase);
        wordsNotAsking.add(phrase);
        continue;
      }
      if (WrittenPhrases.isPhrase(cue)) {
        phrases.add(WrittenPhrases.words(cue));
        continue;
      }
      if (cue.startsWith(WRITTEN_ONLY)) {
        // One form of a word, not its stem's others ("work-up", a hyphenated noun).
        phrases.add(List.of(cue.substring(WRITTEN_ONLY.length()).toLowerCase(java.util.Locale.ROOT)));
        continue;
      }
      Set<String> stems = Stems.of(cue.replace('+', ' '));
      if (!stems.isEmpty() && !cues.contains(stems)) {
        cues.add(stems);
      }
    }
    this.cues = List.copyOf(cues);
    this.phrases = List.copyOf(phrases);
    // A phrase's words ask, as a cue's do ("put" of "can_put_on"): none of them is what a question is about
    // — unless the phrase is marked as asking only as a whole.
    Set<String> cueStems = new java.util.HashSet<>();
    cues.forEach(cueStems::addAll);
    phrases.stream().filter(phrase -> !wordsNotAsking.contains(phrase))
        .forEach(phrase -> cueStems.addAll(Stems.of(String.join(" ", phrase))));
    this.cueStems = Set.copyOf(cueStems);
  }

  /** The cue words of one intent, from {@code intent-cues.tsv} (its provenance is in the file). */
  private static String cueWords(String intent) {
    String words = CueFile.BY_INTENT.get(intent);
    if (words == null) {
      throw new IllegalStateException("intent-cues.tsv has no cues for " + intent);
    }
    return words;
  }

  /** The file read once, when the first intent is made (an enum's own statics come after its constants). */
  private static final class CueFile {
    static final java.util.Map<String, String> BY_INTENT = WordLists.lines("intent-cues.tsv").stream().skip(1)
        .map(line -> line.split("\t", 2)).filter(fields -> fields.length == 2)
        .collect(java.util.stream.Collectors.toUnmodifiableMap(fields -> fields[0], fields -> fields[1]));
  }

  /**
   * Whether a clause of the question asks only what is used for something, which asks treatment of
   * a condition and nothing of a drug ({@code TREATMENT_OF_A_CONDITION} in {@code intent-cues.tsv}).
   */
  static boolean useAskedIn(String question) {
    // Of the clause that asks it: "what is used for diagnosis" asks a diagnosis.
    return java.util.Arrays.stream(question.split("[,;.?!]+"))
        .anyMatch(clause -> WrittenPhrases.anyIn(clause, UseCues.PHRASES) && askedIn(clause).isEmpty());
  }

  /** The use cues, read once. */
  private static final class UseCues {
    static final List<List<String>> PHRASES = java.util.Arrays.stream(cueWords("TREATMENT_OF_A_CONDITION")
        .split("\\s+")).map(WrittenPhrases::words).toList();
  }

  /** How the intent reads in a sentence: "causes and risk factors". */
  public String label() {
    return label;
  }

  /** The sections that answer this intent, most direct first. */
  public List<SectionKind> sections() {
    return sections;
  }

  /**
   * The sections that answer this intent by themselves, without the ones that only help read the
   * answer: a diagnosis section, not symptoms; a prevention section, not a drug list.
   */
  public List<SectionKind> answeringSections() {
    return answering;
  }

  /** Whether a question asks for this intent: by its stemmed words, or by a phrase as written. */
  boolean askedBy(String question, Set<String> questionStems) {
    return cues.stream().anyMatch(questionStems::containsAll) || WrittenPhrases.anyIn(question, phrases);
  }

  /** The intents a text's words ask for, in this enum's order. */
  public static List<Intent> askedIn(String text) {
    Set<String> stems = Stems.of(text);
    return java.util.Arrays.stream(values()).filter(intent -> intent.askedBy(text, stems)).toList();
  }

  boolean isCue(String stem) {
    return cueStems.contains(stem);
  }
}
