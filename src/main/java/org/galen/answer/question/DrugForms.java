package org.galen.answer.question;

import java.util.List;

/**
 * A chemical written right after or before a drug's name ("… hydrochloride", "… sodium", "sodium
 * …") is the salt or ester the drug is given as: part of the drug's name, no concept of its own —
 * never the subject, nor a drug whose label answers. Stateless.
 */
public final class DrugForms {
  /** The salts and esters drugs are given as ({@code salt-forms.txt}). */
  private static final java.util.Set<String> SALTS = java.util.Set.copyOf(WordLists.lines("salt-forms.txt"));

  private DrugForms() {}

  /** Whether a word, as written, is a salt or ester a drug is given as ("sodium", "hydrochloride"). */
  public static boolean isSalt(String word) {
    return SALTS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether a mention is of a salt or ester ({@link #isSalt}), no medicine, written with nothing but
   * spaces after or before a medicine's mention: a class or another drug so written ("amoxicillin
   * penicillin allergy", "metformin insulin") is a concept of its own.
   */
  static boolean isFormOfADrug(String question, ConceptVocabulary.Mention mention,
      List<ConceptVocabulary.Mention> mentions, ConceptVocabulary vocabulary) {
    if (mention.concept().kind() != Concept.Kind.DRUG || vocabulary.isMedicine(mention.concept())
        || !isSalt(question.substring(mention.start(), mention.end()))) {
      return false;
    }
    return mentions.stream().anyMatch(drug -> drug != mention && drug.concept().kind() == Concept.Kind.DRUG
        && vocabulary.isMedicine(drug.concept())
        && (drug.end() <= mention.start() && question.substring(drug.end(), mention.start()).isBlank()
            || mention.end() <= drug.start() && question.substring(mention.end(), drug.start()).isBlank()));
  }
}
