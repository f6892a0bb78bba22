package org.galen.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.galen.answer.question.Populations;
import org.galen.answer.question.Stems;
import org.galen.answer.question.WordLists;

/**
 * The names a source's name gives in brackets: "Trypanosomiasis (Sleeping Sickness)" is also written
 * "sleeping sickness", "Lymphogranuloma Venereum (Climatic Bubo; Lymphogranuloma Inguinale)" each of
 * the names its bracket lists. A bracket may instead say what the source is not about: "Chlamydial
 * Infection (Other Than Lymphogranuloma Venereum)" is no guideline on lymphogranuloma venereum,
 * though its name holds it; the words opening such a bracket are in {@code exclusion-words.txt}.
 * Stateless.
 */
final class BracketedNames {
  private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)");
  /** What parts the names a bracket lists: a semicolon always, a comma when each part is a name. */
  private static final Pattern SEMICOLON = Pattern.compile(";");
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** The words of an exclusion, each quoted, joined by spaces or hyphens as a name may write them. */
  private static final Pattern EXCLUSION = Pattern.compile("\\s*(?:"
      + WordLists.lines("/org/galen/answer/exclusion-words.txt").stream()
          .map(words -> Arrays.stream(words.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("[\\s-]+")))
          .collect(Collectors.joining("|"))
      + ")(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE);

  private BracketedNames() {}

  /**
   * The names and the names their brackets give, each of at least {@code minWords} words: a name
   * of one word ("(PUD)", "Coryza") is left to the abbreviations and to a word's own sources; one
   * with a number or a population ("(Children Under 5 Years)") says whom a page is for. A comma
   * parts names only when each part is a name ("Diabetes Mellitus, Type 2" is one name inverted).
   */
  static List<String> withBracketedNames(List<String> names, int minWords) {
    List<String> all = new ArrayList<>(names);
    for (String name : names) {
      Matcher bracket = BRACKETED.matcher(name);
      while (bracket.find()) {
        for (String listed : SEMICOLON.split(bracket.group(1))) {
          List<String> parts = List.of(COMMA.split(listed));
          boolean eachAName = parts.size() > 1 && parts.stream().allMatch(part -> isName(part, minWords));
          for (String part : eachAName ? parts : List.of(listed)) {
            if (isName(part, minWords)) {
              all.add(part.strip());
            }
          }
        }
      }
    }
    return all;
  }

  private static boolean isName(String words, int minWords) {
    return !excludes(words) && Stems.tokens(words).size() >= minWords && !DIGIT.matcher(words).find()
        && Populations.builtIn().namedIn(Stems.of(words)).isEmpty();
  }

  /** Whether a bracket's words (without the brackets) say what the source is not about. */
  static boolean excludes(String bracketed) {
    return EXCLUSION.matcher(bracketed).lookingAt();
  }

  /** The words of the brackets that say what the name's source is not about, blank if none. */
  static String excludedBy(String name) {
    Matcher bracket = BRACKETED.matcher(name);
    StringBuilder excluded = new StringBuilder();
    while (bracket.find()) {
      for (String listed : SEMICOLON.split(bracket.group(1))) {
        if (excludes(listed)) {
          excluded.append(listed).append(' ');
        }
      }
    }
    return excluded.toString().strip();
  }

  /** The name with a space where each of its brackets was. */
  static String withoutBrackets(String name) {
    return BRACKETED.matcher(name).replaceAll(" ");
  }

  /** "Peptic Ulcer Disease (PUD)": the name without what its brackets restate. */
  static String bare(String name) {
    String bare = withoutBrackets(name).strip();
    return bare.isEmpty() ? name : bare;
  }
}
