package org.galen.answer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.galen.answer.question.Concept;

/**
 * Whether a condition is the infection named for an organism. Infections are named for their
 * organism two ways: its name and "infection" ("Baylisascaris infection"), or its genus with the
 * Latin ending replaced by "-iasis" or "-osis" (Giardia: giardiasis; Toxoplasma: toxoplasmosis;
 * Cryptosporidium: cryptosporidiosis), as bacterial and fungal infections are named too
 * (brucellosis, candidiasis). The Standardized Nomenclature of Animal Parasitic Diseases (Kassai et
 * al., Vet Parasitol 1988) recommends "-osis"; "-iasis" is the older form the sources still write.
 * Names made otherwise (Vibrio: vibriosis; Mucor: mucormycosis; Loa: loiasis) are missed: the
 * organism then stays the subject. Stateless.
 */
final class InfectionNames {
  /** The Latin endings of a genus's name, replaced by the infection's suffix. */
  private static final Pattern GENUS_ENDING = Pattern.compile("(?:ae|um|us|is|es|as|a|e)$");
  /** What follows the genus's root in the infection's name. */
  private static final Pattern INFECTION_SUFFIX = Pattern.compile("i?[ao]sis");
  /** A root shorter than this names too many words' beginnings ("Loa": lo-). */
  private static final int MIN_ROOT = 5;

  private InfectionNames() {}

  /** Whether the condition's name holds a word formed from the organism's genus as infections are named. */
  static boolean namedFor(String condition, Concept organism) {
    for (String name : organism.names()) {
      String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      String root = GENUS_ENDING.matcher(words[0]).replaceFirst("");
      if (root.length() < MIN_ROOT) {
        continue;
      }
      for (String word : condition.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (word.startsWith(root) && INFECTION_SUFFIX.matcher(word.substring(root.length())).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
