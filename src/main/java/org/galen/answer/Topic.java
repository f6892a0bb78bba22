package org.galen.answer;

import java.util.List;
import java.util.Optional;
import org.galen.answer.question.QuestionAnalysis;

/**
 * What an article is about, settled once by {@link TopicSettler} from the question and the
 * evidence; every later step (candidates, sections, bottom line, doses, notes) reads it and never
 * revisits it.
 *
 * @param analysis the question as the evidence resolved it: its subject, names and qualifiers
 * @param abstention the name the evidence lacks, when the article must abstain
 * @param general the subject before it was narrowed to the question's qualifiers ("gonorrhea" for
 *     "gonorrhea in females"), for when the narrower sources say nothing of what was asked
 * @param reasons how it was settled, step by step, in Galen's words: for {@code eval answers
 *     --format json} and for tests, never shown in an article
 * @param labelLeads whether the subject is a drug whose label answers what is asked of it
 *     ({@link LabelledDrug}): the label then leads the article
 * @param alternatives the conditions retrieval weighs most besides the subject settled, best first:
 *     the article's subject, the first that answers, when the sources about the settled one hold
 *     nothing that answers, rather than an abstention the evidence does not call for — those weighed
 *     more than the settled one before, those weighed no more after, what the settled one is
 */
public record Topic(QuestionAnalysis analysis, Optional<String> abstention, Optional<QuestionAnalysis> general,
    List<String> reasons, boolean labelLeads, Alternatives alternatives) {
  public Topic {
    reasons = List.copyOf(reasons);
  }

  /** This topic with one more step said of how the article was settled. */
  public Topic withReason(String reason) {
    List<String> all = new java.util.ArrayList<>(reasons);
    all.add(reason);
    return new Topic(analysis, abstention, general, all, labelLeads, alternatives);
  }

  /** A topic no drug's label answers, with no other subject to fall back on. */
  public Topic(QuestionAnalysis analysis, Optional<String> abstention, Optional<QuestionAnalysis> general,
      List<String> reasons) {
    this(analysis, abstention, general, reasons, false, Alternatives.NONE);
  }

  /** A topic with no other subject to fall back on. */
  public Topic(QuestionAnalysis analysis, Optional<String> abstention, Optional<QuestionAnalysis> general,
      List<String> reasons, boolean labelLeads) {
    this(analysis, abstention, general, reasons, labelLeads, Alternatives.NONE);
  }
}
