package org.galen.answer.question;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A salt or ester written beside a drug's name ("… hydrochloride", "sodium …", {@code
 * salt-forms.tsv}) is the form the drug is given as: part of the drug's name, no concept of its own
 * — never the subject, nor a drug whose label answers. An anion or an ester after the name; a
 * cation before it (after it, "carbamazepine sodium levels" asks of the electrolyte: it stays a
 * concept, but not the subject over the drug). Stateless.
 */
public final class DrugForms {
  private static final String SALTS_FILE = "salt-forms.tsv";
  /** Each salt, as written in lower case, and whether it is one before a drug's name (else after it). */
  private static final Map<String, Boolean> BEFORE = WordLists.lines(SALTS_FILE).stream().skip(1)
      .map(line -> line.split("\t")).peek(DrugForms::checked)
      .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1].equals("before")));
  /** The salts' stems: a salt written beside a drug qualifies nothing. */
  private static final Set<String> STEMS = BEFORE.keySet().stream().flatMap(salt -> Stems.of(salt).stream())
      .collect(Collectors.toUnmodifiableSet());

  private DrugForms() {}

  /** Whether a word, as written, is a salt or ester a drug is given as ("sodium", "hydrochloride"). */
  public static boolean isSalt(String word) {
    return BEFORE.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a stem is a salt's. */
  static boolean isSaltStem(String stem) {
    return STEMS.contains(stem);
  }

  /**
   * Whether a mention is of a drug that is a salt written, with nothing but spaces between, on its
   * side of another drug's mention: an anion after it, a cation before it.
   */
  static boolean isFormOfADrug(String question, ConceptVocabulary.Mention mention,
      List<ConceptVocabulary.Mention> mentions) {
    Boolean before = BEFORE.get(question.substring(mention.start(), mention.end()).toLowerCase(Locale.ROOT));
    if (before == null || mention.concept().kind() != Concept.Kind.DRUG) {
      return false;
    }
    return mentions.stream().anyMatch(drug -> drug != mention && drug.concept().kind() == Concept.Kind.DRUG
        && (before ? besideBefore(question, mention, drug) : besideBefore(question, drug, mention)));
  }

  /** Whether a mention is a salt written right after a drug's (its side or not): never the subject over it. */
  static boolean isSaltAfterADrug(String question, ConceptVocabulary.Mention mention,
      List<ConceptVocabulary.Mention> mentions) {
    return mention.concept().kind() == Concept.Kind.DRUG && isSalt(question.substring(mention.start(), mention.end()))
        && mentions.stream().anyMatch(drug -> drug != mention && drug.concept().kind() == Concept.Kind.DRUG
            && besideBefore(question, drug, mention));
  }

  /** Whether {@code first} is written right before {@code second}, nothing but spaces between. */
  private static boolean besideBefore(String question, ConceptVocabulary.Mention first,
      ConceptVocabulary.Mention second) {
    return first.end() <= second.start() && question.substring(first.end(), second.start()).isBlank();
  }

  private static void checked(String[] row) {
    if (row.length != 2 || !row[1].equals("before") && !row[1].equals("after")) {
      throw new IllegalStateException(SALTS_FILE + ": each line is a salt and \"before\" or \"after\", not "
          + String.join("\\t", row));
    }
  }
}
