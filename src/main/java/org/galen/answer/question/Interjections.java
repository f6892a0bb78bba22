package org.galen.answer.question;

import java.util.regex.Pattern;

/**
 * A word a speaker opens a turn with to acknowledge the last answer ("ok, and what about…",
 * {@code interjections.txt}) asks nothing: "ok" is a cue of asking whether something is safe only
 * where it asks so ("is it ok to…"). Stateless.
 */
final class Interjections {
  /** An acknowledging word at the start, before a stop or a word that goes on to the question. */
  private static final Pattern OPENING = Pattern.compile("(?i)^\\s*(?:" + String.join("|",
      WordLists.lines("interjections.txt").stream().map(Pattern::quote).toList()) + ")(?=\\s*[,.!;:]|\\s+(?:and|so|then|now)\\b)");

  private Interjections() {}

  /** The question with an acknowledging word that opens it blanked (its offsets kept). */
  static String blanked(String question) {
    java.util.regex.Matcher opening = OPENING.matcher(question);
    return opening.lookingAt() ? " ".repeat(opening.end()) + question.substring(opening.end()) : question;
  }
}
