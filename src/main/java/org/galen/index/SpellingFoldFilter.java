package org.galen.index;

import java.io.IOException;
import java.util.List;
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
 * the word's letters skips the expressions for the words no rule can touch (nearly all of them,
 * which keeps ingest fast). A word folded that was not British ("raise" → "raize") is folded the
 * same in the index and in every question, so nothing is lost.
 */
final class SpellingFoldFilter extends TokenFilter {
  /**
   * Inner "ae" ("haem", "anaem", "ischaem", "paediatr"); word-initial "oe" before d, s or t
   * ("oedema", "oesophagus", "oestrogen"); "-rrhoea"; "foet-"; "coeliac"; "sulph-"; "-iour" and
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
   */
  private static final List<Rule> RULES = List.of(
      new Rule("(?<=[a-z])ae(?=[a-z])", "e"),
      new Rule("^oe(?=[dst])", "e"),
      new Rule("rrhoea", "rrhea"),
      new Rule("^foet", "fet"),
      new Rule("^coeliac", "celiac"),
      new Rule("^sulph", "sulf"),
      new Rule("(?<=[a-z]{3})iour(s?)$", "ior$1"),
      new Rule("(?<=[a-z]{2}[^aeiou])our(s?)$", "or$1"),
      new Rule("(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)$", "iz$1"),
      new Rule("(?<=[a-z]{4}i)al$", "a"),
      new Rule("(?<=[a-z]{2})emic$", "emia"),
      new Rule("(?<=[a-z]{3})matic$", "ma"),
      new Rule("(?<=[a-z]{2}(?:(?<!r)ch|sh|mp|nk|ck|ez|ff|st|at|od))(?:y|ies|iness)$", ""),
      new Rule("(?<=[a-z]{2})([bdgmnpt])\\1(?:y|ies|iness)$", "$1"),
      new Rule("(?<=[a-z]{2}[aou])([kl])(?:y|ies|iness)$", "$1e"));
  /** What some rule needs to change a word; most words have none of it, and skip the rules. */
  private static final Pattern MAY_FOLD = Pattern.compile("ae|oe|ph|ours?$|is(e|es|ed|ing|ations?)$|ial$|emic$|matic$|(y|ies|iness)$");

  /** The rules as (regular expression, replacement) pairs, in order: for a search cluster's analysis. */
  static List<java.util.Map.Entry<String, String>> rules() {
    return RULES.stream().map(rule -> java.util.Map.entry(rule.pattern().pattern(), rule.replacement())).toList();
  }

  private record Rule(Pattern pattern, String replacement) {
    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }
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
    if (!MAY_FOLD.matcher(term).find()) {
      return true;
    }
    String word = term.toString();
    String folded = word;
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(folded);
      if (matcher.find()) {
        folded = matcher.replaceAll(rule.replacement());
      }
    }
    if (!folded.equals(word)) {
      term.setEmpty().append(folded);
    }
    return true;
  }
}
