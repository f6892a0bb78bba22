package org.galen.answer.question;

import java.util.List;

/**
 * A chemical written right after or before a drug's name ("… hydrochloride", "… sodium", "sodium
 * …") is the salt or ester the drug is given as: part of the drug's name, no concept of its own —
 * never the subject, nor a drug whose label answers. Stateless.
 */
final class DrugForms {
  private DrugForms() {}

  /**
   * Whether a mention is of a chemical MeSH files among drugs, no medicine, written with nothing but
   * spaces after or before a medicine's mention.
   */
  static boolean isFormOfADrug(String question, ConceptVocabulary.Mention mention,
      List<ConceptVocabulary.Mention> mentions, ConceptVocabulary vocabulary) {
    if (mention.concept().kind() != Concept.Kind.DRUG || vocabulary.isMedicine(mention.concept())) {
      return false;
    }
    return mentions.stream().anyMatch(drug -> drug != mention && drug.concept().kind() == Concept.Kind.DRUG
        && vocabulary.isMedicine(drug.concept())
        && (drug.end() <= mention.start() && question.substring(drug.end(), mention.start()).isBlank()
            || mention.end() <= drug.start() && question.substring(mention.end(), drug.start()).isBlank()));
  }
}
