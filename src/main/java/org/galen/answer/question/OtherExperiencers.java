package org.galen.answer.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question tells of someone other than its patient ("my 8 month old has a rash … my husband
 * has asthma"), the way ConText reads a finding's experiencer, from {@code experiencer-triggers.tsv}:
 * a person named with what they have, or a family's history, covers the words after it to the end
 * of its sentence or a terminating word (a pronoun for the patient, a word that asks). Only after
 * the question has told its patient's own findings: a question opening with a relative ("my husband
 * has asthma — which inhaler?") is about that relative, and one telling only who its patient is
 * ("newborn, the mother has hepatitis B") asks about the other person's finding. Another person's
 * finding is then no finding of the patient's. Stateless.
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
  private static final List<List<String>> AUXILIARY = LISTS.getOrDefault("auxiliary", List.of());
  /**
   * Words of the patient's own findings the question must tell before another person's: fewer, and
   * it tells only who the patient is ("newborn, the mother has hepatitis B"), and the other person's
   * finding is what it asks about.
   */
  private static final int MIN_FINDING_WORDS = 2;
  /** The stems of the words for who someone is (the patient, another person), read once. */
  private static final Set<String> WHO = whoStems();

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
      int having = person > 0 ? WrittenPhrases.longestAt(HAVING, words, i + person) : 0;
      boolean told = history > 0
          || having > 0 && WrittenPhrases.longestAt(AUXILIARY, words, i + person + having) == 0;
      if (!told || !findingsToldBefore(text.substring(0, spans.get(i)[0]))) {
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

  /**
   * Whether the words before a trigger tell the patient's own findings: {@value #MIN_FINDING_WORDS}
   * words at least that are neither the patient's age or weight nor a word for who the patient is.
   */
  private static boolean findingsToldBefore(String before) {
    Set<String> told = new HashSet<>(FocusWords.of(before));
    told.removeAll(Stems.of(Patient.describedIn(before).written()));
    told.removeAll(WHO);
    return told.size() >= MIN_FINDING_WORDS;
  }

  private static Set<String> whoStems() {
    Set<String> who = new HashSet<>();
    List.of(PATIENT, OTHER).forEach(list -> list.forEach(words -> words.forEach(word -> who.addAll(Stems.of(word)))));
    return Set.copyOf(who);
  }
}
