package org.galen.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;

/**
 * Suggests follow-up questions the evidence can answer: intents not asked whose sections the
 * sources about this subject do have, so a suggestion never leads to an abstention.
 */
final class FollowUpSuggester {
  private static final int SUGGESTIONS = 3;
  /** Questions as a reader would type them; {@code %s} is the subject as the reader wrote it. */
  private static final Map<Intent, String> TEMPLATES = new java.util.EnumMap<>(Map.of(
      Intent.TREATMENT, "How is %s treated?",
      Intent.DIAGNOSIS, "How is %s diagnosed?",
      Intent.SYMPTOMS, "What are the symptoms of %s?",
      Intent.CAUSES, "What causes %s, and who is at risk?",
      Intent.PREVENTION, "How can %s be prevented?",
      Intent.PROGNOSIS, "What is the outlook for %s?",
      Intent.CAUTIONS, "What cautions apply when treating %s?",
      Intent.DOSING, "What are the doses of the medicines for %s?"));

  private FollowUpSuggester() {}

  static List<String> suggest(QuestionAnalysis analysis, Collection<SectionKind> sectionsWithEvidence) {
    List<String> suggestions = new ArrayList<>();
    if (analysis.subject().isBlank()) {
      return suggestions;
    }
    List<SectionKind> alreadyAnswered = analysis.intents().stream().flatMap(i -> i.sections().stream()).toList();
    for (Map.Entry<Intent, String> template : TEMPLATES.entrySet()) {
      Intent intent = template.getKey();
      boolean answerable = intent.sections().stream()
          .anyMatch(s -> sectionsWithEvidence.contains(s) && !alreadyAnswered.contains(s));
      if (!analysis.asks(intent) && answerable && suggestions.size() < SUGGESTIONS) {
        suggestions.add(String.format(template.getValue(), analysis.subject()));
      }
    }
    return suggestions;
  }
}
