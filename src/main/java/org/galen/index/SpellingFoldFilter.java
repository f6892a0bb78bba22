package org.galen.index;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds British spellings to American before stemming, so "anaemia" and "anemia", "oedema" and
 * "edema", "tumour" and "tumor", "immunisation" and "immunization" are one term, and so are a
 * few adjectives and their condition ("chlamydial" and "chlamydia", "asthmatic" and "asthma"). Each rule is a
 * regular expression on a lower-case word and its replacement, applied in order; a cheap test of
 * the letters each expression needs skips it for the words it cannot touch (nearly all of them,
 * which keeps ingest fast). A word folded that was not British ("raise" → "raize") is folded the
 * same in the index and in every question, so nothing is lost.
 */
final class SpellingFoldFilter extends TokenFilter {
  /**
   * Inner "ae" ("haem", "anaem", "ischaem", "paediatr"); word-initial "oe" before d, s or t
   * ("oedema", "oesophagus", "oestrogen"); "-rrhoea"; "-pnoea" and "-pnoeic" ("dyspnoea",
   * "apnoeic"); "amoeb" ("amoebic", "entamoeba"); "foet-"; "coeliac"; "sulph-"; "-iour" and
   * "-our" after a consonant ("tumour", never "hour" or "four"); "-ise" and its forms. And the
   * adjectives of condition names that Porter stemming leaves apart from them: "chlamydial" and
   * "bacterial" (-ia), "anaemic" and "hypoglycaemic" (-emia), "asthmatic" and "traumatic" (-ma).
   *
   * <p>Then the everyday adjectives of symptoms, which Porter leaves apart from their noun or verb
   * ("itchy" → "itchi", "itching" → "itch"): the "-y" of a word ending in a consonant pair that
   * only a noun or verb ends in ("itchy", "rashy", "bumpy", "stinky", "sticky", "wheezy", "stuffy",
   * "crusty", "sweaty", "bloody"); "-y" after a doubled consonant, which drops one ("runny",
   * "spotty", "tummy"); and "-y" after a vowel and k or l, which stands for a silent e ("scaly",
   * "flaky", "smoky"). Each rule folds "-ies" and "-iness" alike, so a noun and its plural
   * ("tummy", "tummies") stay one term; "r" before "chy" ("hierarchy") and the consonants of adverbs
   * and nouns in "-rry", "-lly" and "-ely" ("carry", "fully", "severely") are left alone.
   *
   * <p>A rule added here needs its letters in {@link #mayFold}'s first look too, and its pieces in
   * {@code SpellingFoldFilterTest}'s words, which hold the look to the rules.
   */
  private static final List<Rule> RULES = List.of(
      new Rule("(?<=[a-z])ae(?=[a-z])", "e", w -> contains(w, "ae")),
      new Rule("^oe(?=[dst])", "e", w -> startsWith(w, "oe")),
      new Rule("rrhoea", "rrhea", w -> contains(w, "rrhoea")),
      new Rule("pnoe(?=a|ic)", "pne", w -> contains(w, "pnoe")),
      new Rule("amoeb", "ameb", w -> contains(w, "amoeb")),
      new Rule("^foet", "fet", w -> startsWith(w, "foet")),
      new Rule("^coeliac", "celiac", w -> startsWith(w, "coeliac")),
      new Rule("^sulph", "sulf", w -> startsWith(w, "sulph")),
      new Rule("(?<=[a-z]{3})iour(s?)$", "ior$1", w -> endsWith(w, "iour") || endsWith(w, "iours")),
      new Rule("(?<=[a-z]{2}[^aeiou])our(s?)$", "or$1", w -> endsWith(w, "our") || endsWith(w, "ours")),
      new Rule("(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)$", "iz$1", w -> endsWith(w, "ise") || endsWith(w, "ises")
          || endsWith(w, "ised") || endsWith(w, "ising") || endsWith(w, "isation") || endsWith(w, "isations")),
      new Rule("(?<=[a-z]{4}i)al$", "a", w -> endsWith(w, "ial")),
      new Rule("(?<=[a-z]{2})emic$", "emia", w -> endsWith(w, "emic")),
      new Rule("(?<=[a-z]{3})matic$", "ma", w -> endsWith(w, "matic")),
      new Rule("(?<=[a-z]{2}(?:(?<!r)ch|sh|mp|nk|ck|ez|ff|st|at|od))(?:y|ies|iness)$", "",
          w -> beforeY(w, SpellingFoldFilter::nounEnding)),
      new Rule("(?<=[a-z]{2})([bdgmnpt])\\1(?:y|ies|iness)$", "$1",
          w -> beforeY(w, (a, b) -> a == b && "bdgmnpt".indexOf(b) >= 0)),
      new Rule("(?<=[a-z]{2}[aou])([kl])(?:y|ies|iness)$", "$1e",
          w -> beforeY(w, (a, b) -> "aou".indexOf(a) >= 0 && (b == 'k' || b == 'l'))));

  /** The rules as (regular expression, replacement) pairs, in order: for a search cluster's analysis. */
  static List<java.util.Map.Entry<String, String>> rules() {
    return RULES.stream().map(rule -> java.util.Map.entry(rule.pattern().pattern(), rule.replacement())).toList();
  }

  /**
   * A rule: its expression, its replacement, and a test of literal letters the expression needs to
   * match, so that the expression runs only on the few words that have them (the tests, not the
   * expressions, are what ingest spends its time on for nearly every word).
   */
  private record Rule(Pattern pattern, String replacement, Predicate<CharSequence> may) {
    Rule(String regex, String replacement, Predicate<CharSequence> may) {
      this(Pattern.compile(regex), replacement, may);
    }
  }

  /** Two letters. */
  private interface Pair {
    boolean test(char first, char second);
  }

  /** The letter pairs only a noun or verb ends in, as the first of the "-y" rules lists them. */
  private static boolean nounEnding(char first, char second) {
    switch (first) {
      case 'c':
        return second == 'h' || second == 'k';
      case 's':
        return second == 'h' || second == 't';
      case 'm':
        return second == 'p';
      case 'n':
        return second == 'k';
      case 'e':
        return second == 'z';
      case 'f':
        return second == 'f';
      case 'a':
        return second == 't';
      case 'o':
        return second == 'd';
      default:
        return false;
    }
  }

  /**
   * Whether the word ends in "-y", "-ies" or "-iness" after two letters the pair test accepts: the
   * letters each "-y" rule looks behind for, so that its expression runs only on words it may fold
   * (most words in "-y" are none of theirs: "day", "study", "therapy").
   */
  private static boolean beforeY(CharSequence word, Pair letters) {
    int length = word.length();
    int stem = endsWith(word, "iness") ? length - 5 : endsWith(word, "ies") ? length - 3
        : endsWith(word, "y") ? length - 1 : -1;
    return stem >= 2 && letters.test(word.charAt(stem - 2), word.charAt(stem - 1));
  }

  /**
   * Whether some rule may change the word, in one look: an "ae" or "oe" anywhere (the inner and
   * initial diphthongs, "-rrhoea", "pnoe", "amoeb", "foet", "coeliac"), "sulph" first, or an ending
   * a rule folds — a superset of the rules' own tests, which then decide (nearly every word of a
   * text is none of these, and is passed on after this look alone).
   */
  static boolean mayFold(CharSequence word) {
    int length = word.length();
    for (int i = 1; i < length; i++) {
      if (word.charAt(i) == 'e' && (word.charAt(i - 1) == 'a' || word.charAt(i - 1) == 'o')) {
        return true;
      }
    }
    if (length == 0) {
      return false;
    }
    if (startsWith(word, "sulph")) {
      return true;
    }
    switch (word.charAt(length - 1)) {
      case 'r':
        return endsWith(word, "our");
      case 's':
        return endsWith(word, "ours") || endsWith(word, "ises") || endsWith(word, "isations") || endsWith(word, "ies")
            || endsWith(word, "iness");
      case 'e':
        return endsWith(word, "ise");
      case 'd':
        return endsWith(word, "ised");
      case 'g':
        return endsWith(word, "ising");
      case 'n':
        return endsWith(word, "isation");
      case 'l':
        return endsWith(word, "ial");
      case 'c':
        return endsWith(word, "emic") || endsWith(word, "matic");
      case 'y':
        return true;
      default:
        return false;
    }
  }

  private static boolean endsWith(CharSequence word, String end) {
    int from = word.length() - end.length();
    return from >= 0 && regionMatches(word, from, end);
  }

  private static boolean startsWith(CharSequence word, String start) {
    return word.length() >= start.length() && regionMatches(word, 0, start);
  }

  private static boolean contains(CharSequence word, String part) {
    for (int at = 0; at + part.length() <= word.length(); at++) {
      if (regionMatches(word, at, part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionMatches(CharSequence word, int at, String part) {
    for (int i = 0; i < part.length(); i++) {
      if (word.charAt(at + i) != part.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  SpellingFoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!mayFold(term)) {
      return true;
    }
    String word = term.toString();
    String folded = fold(word, true);
    if (!folded.equals(word)) {
      term.setEmpty().append(folded);
    }
    return true;
  }

  /**
   * A word with the rules applied in order; {@code gated}: each only where its letters are (the
   * same result, faster — {@code SpellingFoldFilterTest} holds the two to it).
   */
  static String fold(String word, boolean gated) {
    String folded = word;
    for (Rule rule : RULES) {
      if (gated && !rule.may().test(folded)) {
        continue;
      }
      Matcher matcher = rule.pattern().matcher(folded);
      if (matcher.find()) {
        folded = matcher.replaceAll(rule.replacement());
      }
    }
    return folded;
  }
}
