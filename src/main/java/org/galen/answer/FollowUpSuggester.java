package org.galen.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.galen.answer.question.Concept;
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
      // Worded for a name in the singular or the plural alike ("falls", "measles", "gout").
      Intent.TREATMENT, "What is the treatment for %s?",
      Intent.DIAGNOSIS, "What does the diagnosis of %s involve?",
      Intent.SYMPTOMS, "What are the symptoms of %s?",
      Intent.CAUSES, "What causes %s, and who is at risk?",
      Intent.PREVENTION, "How can %s be prevented?",
      Intent.PROGNOSIS, "What is the outlook for %s?",
      Intent.CAUTIONS, "What cautions apply when treating %s?",
      Intent.DOSING, "What are the doses of the medicines for %s?"));

  /**
   * For a drug or a procedure, what a reader asks of it: "How is metformin treated?" and "How is
   * pregnancy treated?" are no questions.
   */
  private static final Map<Intent, String> DRUG_TEMPLATES = new java.util.EnumMap<>(Map.of(
      Intent.DOSING, "What is the dose of %s?",
      Intent.CAUTIONS, "What are the side effects and cautions of %s?",
      Intent.TREATMENT, "What is %s used for?"));
  private static final Map<Intent, String> PROCEDURE_TEMPLATES = new java.util.EnumMap<>(Map.of(
      Intent.TREATMENT, "When is %s recommended?",
      Intent.CAUTIONS, "What are the risks of %s?"));
  /** Who is asked about gets no suggestions of its own: "How is pregnancy diagnosed?" helps nobody. */
  private static final java.util.Set<Concept.Kind> NO_SUGGESTIONS = java.util.Set.of(Concept.Kind.POPULATION,
      Concept.Kind.SETTING, Concept.Kind.ANATOMY);

  /** A name ending in a plural ("inhibitors", "statins"); "-ss", "-us", "-is", "-ys" end singulars ("cannabis"). */
  private static final Pattern PLURAL = Pattern.compile("(?i)[a-z]{2}[^suiy']s$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** What separates the parts of an inverted heading ("Leukemia, Myeloid, Acute"). */
  private static final String INVERSION = ", ";
  private static final Pattern NAME_WORDS = Pattern.compile("[\\s,]+");

  private FollowUpSuggester() {}

  /**
   * @param namesAProcedure whether the vocabulary names a procedure or device by a name: a subject the
   *     evidence settled on by its sources' name ("Knee Replacement") is asked of as one
   */
  static List<String> suggest(QuestionAnalysis analysis, Collection<SectionKind> sectionsWithEvidence,
      Predicate<String> namesAProcedure) {
    List<String> suggestions = new ArrayList<>();
    Optional<String> name = readerName(analysis);
    Concept.Kind kind = analysis.primary().kind();
    if (name.isEmpty() || NO_SUGGESTIONS.contains(kind)) {
      return suggestions;
    }
    Map<Intent, String> templates = kind == Concept.Kind.DRUG ? DRUG_TEMPLATES
        : kind == Concept.Kind.PROCEDURE || kind == Concept.Kind.DEVICE || namesAProcedure.test(name.get())
        ? PROCEDURE_TEMPLATES : TEMPLATES;
    List<SectionKind> alreadyAnswered = analysis.intents().stream().flatMap(i -> i.sections().stream()).toList();
    for (Map.Entry<Intent, String> template : templates.entrySet()) {
      Intent intent = template.getKey();
      // A section that answers it by itself, not one that only helps read the answer.
      boolean answerable = intent.answeringSections().stream()
          .anyMatch(s -> sectionsWithEvidence.contains(s) && !alreadyAnswered.contains(s));
      if (!analysis.asks(intent) && answerable && suggestions.size() < SUGGESTIONS) {
        String question = template.getValue();
        if (kind == Concept.Kind.DRUG && PLURAL.matcher(name.get()).find()) {
          // A class of drugs is written in the plural: "What are ACE inhibitors used for?"
          question = question.replace("What is %s", "What are %s");
        }
        suggestions.add(String.format(question, name.get()));
      }
    }
    return suggestions;
  }

  /**
   * The subject as a reader writes it: runs of spaces as one; a MeSH heading's inversion ("Shock,
   * Cardiogenic") in reading order when the concept lists a name of the same words in that order
   * (the vocabulary adds it where the heading turns round cleanly); else as written. None for a
   * page's title a source gave as its subject (it asks a question: "Is X Right for You?"): a
   * question holds no name to ask of.
   */
  static Optional<String> readerName(QuestionAnalysis analysis) {
    String name = spaced(analysis.subject());
    if (name.isEmpty() || name.contains("?")) {
      return Optional.empty();
    }
    if (!name.contains(INVERSION)) {
      return Optional.of(name);
    }
    Set<String> words = wordsOf(name);
    return Optional.of(analysis.primary().names().stream().map(FollowUpSuggester::spaced)
        .filter(listed -> !listed.contains(",") && wordsOf(listed).equals(words)).findFirst().orElse(name));
  }

  private static String spaced(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ");
  }

  private static Set<String> wordsOf(String name) {
    return Arrays.stream(NAME_WORDS.split(name.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
        .collect(Collectors.toSet());
  }
}
