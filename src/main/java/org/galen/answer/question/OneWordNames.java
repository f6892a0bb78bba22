package org.galen.answer.question;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a word the question writes, stemmed to the key of a concept's one-word name, names the
 * concept: stemming brings words of everyday use down to the stems of codes, initialisms and
 * chemicals' derivations, which are then named only as written. Stateless.
 */
final class OneWordNames {
  /**
   * A one-word name shorter than this, or as long with a shorter key, is matched only as written or
   * in the plural: it is a code or a short form, and stemming brings many words down to three
   * letters ("glued" to the amino acid "Glu", "tried" to "Tris"); a longer name's stem is its other
   * forms' ("run" is "Running").
   */
  private static final int MIN_INFLECTED_NAME_CHARS = 4;
  /** A name in capitals and digits, two letters at least: an initialism. */
  private static final Pattern INITIALISM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+");
  /** A name of small letters and capitals, a capital past its first letter ("cAMP", "ACh", "IgA"). */
  private static final Pattern MIXED_CASE = Pattern.compile("^(?=.*\\p{Ll}).+\\p{Lu}");

  private OneWordNames() {}

  /** Whether {@code written}, a word whose stem is {@code key}, names the concept with that key. */
  static boolean named(Concept concept, String key, String written) {
    // The concept's names that give this key, each stemmed once.
    List<String> named = concept.names().stream().filter(name -> Stems.key(name).equals(key)).toList();
    if (key.length() < MIN_INFLECTED_NAME_CHARS && shortOnly(named) && !writtenAsName(written, concept)) {
      return false;
    }
    if (concept.kind() == Concept.Kind.DRUG && strippedToAStem(named, key) && !writtenAsName(written, concept)) {
      // "fixed" is no fixative: a chemical's name the stemmer cuts down to another word's stem.
      return false;
    }
    if (mixedCaseOnly(named) && inSmallLetters(written) && named.stream().noneMatch(written::equalsIgnoreCase)) {
      // A short form with capitals inside ("ACh") has no other forms in small letters: "aches" (or
      // "Aches" opening a sentence) is no plural of the neurotransmitter. Written as the name in
      // small letters ("tpa", "coq10"), it is still the name.
      return false;
    }
    // "PAPS" is a chemical's initialism, not the plural of the weaning food "pap".
    return !initialismsOnly(named) || writtenAsInitialism(written, concept);
  }

  /**
   * Whether every name giving the key is short: a code such as "Glu", or a word of four letters the
   * stemmer cuts to three ("Tris", whose stem "tried" and "tries" share), named as written or in
   * the plural ("eyes" for "Eye"). Asked only of keys as short, since a stem is never longer than its word.
   */
  private static boolean shortOnly(List<String> named) {
    return named.stream().allMatch(name -> name.length() <= MIN_INFLECTED_NAME_CHARS);
  }

  /**
   * Whether every name giving the key is at least twice as long as the key: a derivation the
   * stemmer strips ("Fixatives", "Oxidants" to "fix", "oxid"), whose key is as much the stem of
   * other words of everyday use ("fixed", "oxide").
   */
  private static boolean strippedToAStem(List<String> named, String key) {
    return !named.isEmpty() && named.stream().allMatch(name -> name.length() >= 2 * key.length());
  }

  /**
   * Whether every name giving the key is an initialism ("PAPS", "APS", "SS"): written in capitals
   * and digits, it stands for its letters and has no other forms to stem, so only the same letters
   * name it (any case) — never a word that stems like it ("pap", "app").
   */
  private static boolean initialismsOnly(List<String> named) {
    return !named.isEmpty() && named.stream().allMatch(name -> INITIALISM.matcher(name).matches());
  }

  /** Whether a word is written in small letters past its first letter ("aches", "Aches"). */
  private static boolean inSmallLetters(String written) {
    String rest = written.substring(Math.min(1, written.length()));
    return rest.equals(rest.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether every name giving the key mixes small letters and capitals, a capital past its first
   * letter ("cAMP", "ACh", "mRNA"): a short form whose capitals are part of it, which a word in
   * small letters names only when it is the name itself.
   */
  private static boolean mixedCaseOnly(List<String> named) {
    return !named.isEmpty() && named.stream().allMatch(name -> MIXED_CASE.matcher(name).find());
  }

  private static boolean writtenAsInitialism(String word, Concept concept) {
    return concept.names().stream().anyMatch(name -> name.equalsIgnoreCase(word));
  }

  /** Whether a lower-case name is a lower-case word's plural ("chickens", "boxes"). */
  static boolean pluralOf(String name, String word) {
    return name.equals(word + "s") || name.equals(word + "es");
  }

  /** Whether a word is one of a concept's names as written, its plural or its singular. */
  private static boolean writtenAsName(String word, Concept concept) {
    // "a fixative's smell": the possessive is no part of the word.
    String written = word.toLowerCase(Locale.ROOT).replaceFirst("['’]s$", "");
    return concept.names().stream().map(name -> name.toLowerCase(Locale.ROOT))
        .anyMatch(name -> written.equals(name) || pluralOf(written, name) || pluralOf(name, written));
  }
}
