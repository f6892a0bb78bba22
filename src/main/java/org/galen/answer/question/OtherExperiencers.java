package org.galen.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a question tells of someone other than its patient ("my 8 month old has a rash … my husband
 * has asthma"), the way ConText reads a finding's experiencer, from {@code experiencer-triggers.tsv}:
 * a person named with what they have, or a family's history, covers the words after it to the end
 * of its sentence or a terminating word. Only after the question has described its patient (an age,
 * or a word for the one asked about): a question opening with a relative ("my husband has asthma —
 * which inhaler?") is about that relative. Another person's finding is no finding of the patient's.
 * Stateless.
 */
final class OtherExperiencers {
  /** What ends a sentence, or a clause set apart by a dash or brackets: a scope runs no further. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;!?()\\[\\]]|\\s[-–—]\\s");

  private static final Map<String, List<List<String>>> LISTS = WrittenPhrases.lists("experiencer-triggers.tsv");
  private static final List<List<String>> OTHER = LISTS.getOrDefault("other", List.of());
  private static final List<List<String>> HAVING = LISTS.getOrDefault("having", List.of());
  private static final List<List<String>> HISTORY = LISTS.getOrDefault("history", List.of());
  private static final List<List<String>> END = LISTS.getOrDefault("end", List.of());
  private static final List<List<String>> PATIENT = LISTS.getOrDefault("patient", List.of());

  private OtherExperiencers() {}

  /** The stretches told of another person, triggers included, as {start, end} offsets, in text order. */
  static List<int[]> in(String text) {
    WrittenPhrases.Words read = WrittenPhrases.Words.of(text);
    List<int[]> spans = read.spans();
    List<String> words = read.words();
    List<int[]> others = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int history = WrittenPhrases.longestAt(HISTORY, words, i);
      int person = WrittenPhrases.longestAt(OTHER, words, i);
      boolean told = history > 0 || person > 0 && WrittenPhrases.longestAt(HAVING, words, i + person) > 0;
      if (!told || !describesAPatientBefore(text, words, spans, i)) {
        continue;
      }
      int last = i;
      for (int next = i + 1; next < words.size(); next++) {
        if (SENTENCE_BREAK.matcher(text.substring(spans.get(next - 1)[1], spans.get(next)[0])).find()
            || WrittenPhrases.longestAt(END, words, next) > 0) {
          break;
        }
        last = next;
      }
      others.add(new int[] {spans.get(i)[0], spans.get(last)[1]});
      i = last;
    }
    return others;
  }

  /** Whether the words before a trigger describe the question's patient: an age, or a word for them. */
  private static boolean describesAPatientBefore(String text, List<String> words, List<int[]> spans, int trigger) {
    if (Patient.describedIn(text.substring(0, spans.get(trigger)[0])).ageMonths().isPresent()) {
      return true;
    }
    for (int i = 0; i < trigger; i++) {
      if (WrittenPhrases.longestAt(PATIENT, words, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
