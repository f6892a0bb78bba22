package org.galen.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.passage.Span;

/**
 * Statements that say nothing certain alone because they refer back: a sentence whose subject is
 * in the sentence before it ("Their use is contraindicated in glaucoma", "They're also known as
 * blood thinners") is quoted after that sentence, each its own verbatim statement with its own
 * span; so is a bulleted dose line after the line leading into its list, which names its drug; a
 * statement pointing at text elsewhere ("Use as above", "Same as for gonococcal
 * infection") is never quoted, for what it points at cannot be known. Stateless.
 */
final class Antecedents {
  /**
   * A sentence whose subject is in the sentence before it: a pronoun, or the rest of what it named
   * ("Most of the other antiepileptic drugs…", "The latter…", "Others…").
   */
  private static final Pattern LEANS_ON_BEFORE = Pattern.compile("^(It|Its|It's|They|They're|Their|Them|These|"
      + "Those|This|He|She|His|Her|Others)\\b|^(?:(?:Most|Many|Some|All|Each|Both|None|Several|Any) of the|The) "
      + "(?:others?|latter|former|remaining|rest)\\b");
  /**
   * A statement that points at another place in its source ("as above", "same as for gonococcal
   * infection"); "same as adult dose" names what it is the same as, and stays.
   */
  private static final Pattern REFERS_ELSEWHERE = Pattern.compile("(?i)\\b(?:as (?:stated |mentioned |described )?"
      + "above|the above|same as (?:for|in)|see (?:above|below))\\b");

  /** A line that leads into a list: it ends where the list starts. */
  private static final Pattern LEADS_IN = Pattern.compile(":\\s*$");

  /** An antecedent shorter than this is a heading or a label, not a statement. */
  private static final int MIN_ANTECEDENT_CHARS = 15;

  private Antecedents() {}

  /** Whether a sentence leans on the one before it. */
  static boolean leansOnBefore(String text) {
    return LEANS_ON_BEFORE.matcher(text).find();
  }

  /** Whether a statement can be quoted at all: it points nowhere else, and what it leans on is there. */
  static boolean quotable(org.galen.index.StoredPassage passage, Span sentence, String text) {
    if (REFERS_ELSEWHERE.matcher(text).find()) {
      return false;
    }
    return !leansOnBefore(text) || before(passage, sentence).isPresent();
  }

  /**
   * The sentence a leaning sentence goes on from: the one before it in its passage, if that one
   * stands alone; empty for a sentence that does not lean, or whose antecedent is not there.
   */
  static Optional<Candidate> of(Candidate c) {
    if (!leansOnBefore(c.text())) {
      return leadIn(c);
    }
    return before(c.passage(), c.sentence()).map(span -> {
      String text = c.passage().sentenceText(span);
      return new Candidate(c.passage(), span, text, SubjectMatcher.stemsOf(text), c.section(), c.score(),
          c.aboutSubject(), c.redFlag());
    });
  }

  /**
   * The line a bulleted dose line goes on from ("- Adults: 100 mg every 12 hours" under "Drug X is
   * the first line treatment for adults and children:"): the nearest line above it that is no item
   * of the list, when it leads into the list; the dose line names no drug of its own.
   */
  static Optional<Candidate> leadIn(Candidate c) {
    org.galen.index.StoredPassage passage = c.passage();
    if (!StatementLines.isContinuation(c) || !CandidateFinder.isListItem(passage, c.sentence())) {
      return Optional.empty();
    }
    List<Span> sentences = passage.sentences();
    for (int at = sentences.indexOf(c.sentence()) - 1; at >= 0; at--) {
      Span above = sentences.get(at);
      if (!CandidateFinder.isListItem(passage, above)) {
        String text = passage.sentenceText(above);
        boolean quotable = LEADS_IN.matcher(text).find() && !REFERS_ELSEWHERE.matcher(text).find()
            && text.length() >= MIN_ANTECEDENT_CHARS;
        return quotable ? Optional.of(new Candidate(passage, above, text,
            SubjectMatcher.stemsOf(text), c.section(), c.score(), c.aboutSubject(), c.redFlag())) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Span> before(org.galen.index.StoredPassage passage, Span sentence) {
    List<Span> sentences = passage.sentences();
    int at = sentences.indexOf(sentence);
    if (at <= 0) {
      return Optional.empty();
    }
    Span previous = sentences.get(at - 1);
    String text = passage.sentenceText(previous);
    // What is said first must be a statement itself: not leaning on its own before, pointing
    // nowhere else, and more than a word or two.
    boolean statement = !leansOnBefore(text) && !REFERS_ELSEWHERE.matcher(text).find()
        && text.length() >= MIN_ANTECEDENT_CHARS;
    return statement ? Optional.of(previous) : Optional.empty();
  }

  /**
   * Each section's statements with every leaning statement preceded by its antecedent: inserted
   * when absent, kept when already just before it; a leaning statement whose antecedent is said
   * elsewhere in the article, or away from it, is left out rather than cut from it.
   */
  static Map<SectionKind, List<Candidate>> placed(Map<SectionKind, List<Candidate>> chosen) {
    Set<Candidate.SourceSpanKey> said = new HashSet<>();
    chosen.values().forEach(list -> list.forEach(c -> said.add(c.key())));
    Map<SectionKind, List<Candidate>> placed = new LinkedHashMap<>();
    for (Map.Entry<SectionKind, List<Candidate>> entry : chosen.entrySet()) {
      List<Candidate> statements = new ArrayList<>();
      for (Candidate c : entry.getValue()) {
        Optional<Candidate> antecedent = of(c);
        if (antecedent.isEmpty()) {
          if (!leansOnBefore(c.text())) {
            statements.add(c);
          }
          continue;
        }
        Candidate.SourceSpanKey key = antecedent.get().key();
        // Just after its antecedent, or after another item of the list the same line leads into.
        boolean justBefore = !statements.isEmpty() && (statements.get(statements.size() - 1).key().equals(key)
            || of(statements.get(statements.size() - 1)).map(Candidate::key).filter(key::equals).isPresent());
        if (justBefore) {
          statements.add(c);
        } else if (!said.contains(key)) {
          statements.add(antecedent.get());
          said.add(key);
          statements.add(c);
        } else if (!leansOnBefore(c.text())) {
          // A bulleted dose line whose lead-in the article says already, elsewhere: it stays.
          statements.add(c);
        }
      }
      if (!statements.isEmpty()) {
        placed.put(entry.getKey(), statements);
      }
    }
    return placed;
  }
}
