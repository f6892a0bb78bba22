package org.galen.answer.question;

import java.util.List;

/**
 * A chemical written right after a drug's name ("… hydrochloride", "… sodium") is the salt or
 * ester the drug is given as: part of the drug's name, never the subject over it. Stateless.
 */
final class DrugForms {
  private DrugForms() {}

  /**
   * Whether a mention is of a chemical MeSH files among drugs, no medicine, written with nothing but
   * spaces after a medicine's mention.
   */
  static boolean isFormOfDrugBefore(String question, ConceptVocabulary.Mention mention,
      List<ConceptVocabulary.Mention> mentions, ConceptVocabulary vocabulary) {
    if (mention.concept().kind() != Concept.Kind.DRUG || vocabulary.isMedicine(mention.concept())) {
      return false;
    }
    return mentions.stream().anyMatch(drug -> drug != mention && drug.concept().kind() == Concept.Kind.DRUG
        && vocabulary.isMedicine(drug.concept()) && drug.end() <= mention.start()
        && question.substring(drug.end(), mention.start()).isBlank());
  }
}
