package org.galen.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.WordLists;

/**
 * What a question sets aside as already done or known before it asks what else helps ("apart from
 * resting, what helps?"): the words after a lead of {@code already-done-leads.txt}, to
 * the end of their clause, in the clause that asks. A line saying only that is no answer to a
 * question asking past it. Set aside in the scene ("apart from the cough she is well. What helps?"),
 * a finding is still what is asked about; nor is the subject's own name ever set aside ("other than
 * surgery, how is X treated?" still asks of X). Stateless.
 */
final class AlreadyDone {
  /** A lead, then its words to a clause's end (a comma, a stop, a question mark, a dash between spaces). */
  private static final Pattern SET_ASIDE = Pattern.compile("(?i)\\b(?:" + String.join("|",
      WordLists.lines("/org/galen/answer/already-done-leads.txt").stream().map(lead -> lead.replace(" ", "\\s+"))
          .toList()) + ")\\b((?:(?!\\s[-–]\\s)[^,;:?!.])*)");

  private AlreadyDone() {}

  /** The focus words of what the question sets aside; none when it sets nothing aside. */
  static Set<String> in(QuestionAnalysis analysis) {
    Set<String> done = new HashSet<>();
    Matcher aside = SET_ASIDE.matcher(analysis.askingClause());
    while (aside.find()) {
      done.addAll(FocusWords.of(aside.group(1)));
    }
    analysis.primary().nameStems().forEach(done::removeAll);
    return Set.copyOf(done);
  }
}
