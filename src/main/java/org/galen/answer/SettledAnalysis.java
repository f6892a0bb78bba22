package org.galen.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;

/**
 * The question's analysis with the subject {@link TopicSettler} settled written into it: the
 * evidence's condition, with what of the question's words still qualify it, or the named concept
 * with the evidence's names for it. Stateless.
 */
final class SettledAnalysis {
  /** Conditions retrieval weighs most, besides the settled subject, tried in turn should it not answer. */
  private static final int ALTERNATIVES = 2;

  /** How many words before a condition's name may qualify it: "severe chronic plaque psoriasis". */
  private static final int MAX_MODIFIERS = 3;
  /** What stands between the words of one phrase: spaces, or a hyphen ("early-onset"); " - " parts clauses. */
  private static final java.util.regex.Pattern SAME_PHRASE = java.util.regex.Pattern.compile("\\s+|-");

  private SettledAnalysis() {}

  /** The question's words were about the topic: those naming neither it nor a concept qualify it. */
  static QuestionAnalysis describedAs(QuestionAnalysis analysis, EvidenceTopics.Condition topic) {
    Set<String> qualifiers = new LinkedHashSet<>(FocusWords.of(analysis.question()));
    qualifiers.removeAll(topic.stems());
    topic.names().forEach(name -> qualifiers.removeAll(FocusWords.of(name)));
    // The question's own words read as its concept are no concept: what qualifies the subject is
    // among them.
    analysis.concepts().stream().filter(c -> c.origin() != Concept.Origin.QUESTION)
        .forEach(c -> c.nameStems().forEach(qualifiers::removeAll));
    return settledOn(analysis, topic, qualifiers);
  }

  /** Another concept the question names as its subject, the rest of what it names beside it. */
  static QuestionAnalysis about(QuestionAnalysis analysis, Concept concept) {
    List<Concept> others = new ArrayList<>(analysis.concepts());
    others.remove(concept);
    return analysis.about(concept, concept.name(), others, analysis.qualifiers());
  }

  /**
   * The evidence's condition as the subject, the question's named concepts beside it; what the
   * question writes right before the condition's name qualifies it too ({@link #writtenBefore}).
   */
  static QuestionAnalysis settledOn(QuestionAnalysis analysis, EvidenceTopics.Condition topic, Set<String> qualifiers) {
    Concept settled = new Concept(topic.name(), Concept.Origin.MEDQUAD, "", topic.names(), List.of(),
        Concept.Kind.CONDITION);
    List<Concept> others = analysis.concepts().stream()
        .filter(c -> !c.name().isBlank() && c.origin() != Concept.Origin.QUESTION).toList();
    Set<String> qualifying = new LinkedHashSet<>(qualifiers);
    qualifying.addAll(writtenBefore(analysis, topic));
    return analysis.about(settled, topic.name(), others, qualifying);
  }

  /**
   * The words written right before a word of the condition's name, in one phrase with it, up to
   * {@value #MAX_MODIFIERS}: what kind of it is asked of (a severity, a stage, a form: "severe
   * chronic plaque psoriasis"), however much else of the question only described it. A stop word,
   * a punctuation mark or a word asking something ends the phrase; a concept the question names
   * ("metformin acne") qualifies nothing.
   */
  static Set<String> writtenBefore(QuestionAnalysis analysis, EvidenceTopics.Condition topic) {
    Set<String> modifiers = writtenBefore(analysis.question(), topic);
    analysis.concepts().stream().filter(c -> c.origin() != Concept.Origin.QUESTION)
        .forEach(c -> c.nameStems().forEach(modifiers::removeAll));
    return modifiers;
  }

  /** The words written right before a word of the condition's name, in one phrase with it. */
  static Set<String> writtenBefore(String question, EvidenceTopics.Condition topic) {
    Set<String> name = new HashSet<>(topic.stems());
    topic.names().forEach(n -> name.addAll(FocusWords.of(n)));
    List<Stems.Token> tokens = Stems.tokens(question);
    Set<String> modifiers = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!name.contains(tokens.get(i).stem()) || i > 0 && name.contains(tokens.get(i - 1).stem())) {
        continue;
      }
      for (int j = i - 1; j >= 0 && i - j <= MAX_MODIFIERS; j--) {
        Stems.Token word = tokens.get(j);
        String between = question.substring(word.end(), tokens.get(j + 1).start());
        if (!SAME_PHRASE.matcher(between).matches()
            || FocusWords.of(question.substring(word.start(), word.end())).isEmpty()) {
          break;
        }
        modifiers.add(word.stem());
      }
    }
    return modifiers;
  }

  /**
   * A condition the question names that the best-ranked sources call otherwise: "sickle cell
   * anaemia" is in the "Sickle Cell Disease" guideline. A source's condition whose name the question
   * gives whole and which shares at least two thirds of the subject's name lends its names.
   */
  static QuestionAnalysis withEvidenceNames(QuestionAnalysis analysis, List<EvidenceTopics.Condition> found) {
    Concept primary = analysis.primary();
    Set<String> own = FocusWords.of(primary.name());
    Set<String> questionWords = new HashSet<>(FocusWords.of(analysis.question()));
    questionWords.addAll(own);
    List<String> names = new ArrayList<>();
    for (EvidenceTopics.Condition topic : found) {
      Set<String> shared = new HashSet<>(topic.stems());
      shared.retainAll(own);
      if (questionWords.containsAll(topic.stems()) && !topic.stems().equals(own)
          && shared.size() * 3 >= own.size() * 2) {
        names.addAll(topic.names());
      }
    }
    return names.isEmpty() ? analysis : analysis.withPrimary(primary.withNames(names));
  }

  /** A concept as the settler's reasons name it: its name, kind and where it was read. */
  static String described(Concept concept) {
    return "\"" + concept.name() + "\" (" + concept.kind().name().toLowerCase(Locale.ROOT) + ", from "
        + concept.origin().name().toLowerCase(Locale.ROOT) + ")";
  }

  /**
   * The conditions retrieval cannot tell from the best ({@link EvidenceTopics#contenders}) besides
   * the subject settled ({@code subject}), best first: what the article is about should the sources
   * about the subject hold nothing that answers. The question named nothing the evidence lacks (the
   * settler abstains before); a follow-up keeps its subject (the settler asks for none). Those
   * retrieval weighs more than the settled subject come first, and are counted.
   */
  static Alternatives alternatives(QuestionAnalysis general, SubjectMatcher subject,
      List<EvidenceTopics.Condition> found) {
    // The settled subject among the evidence's conditions: its name's words, as the evidence keeps
    // them (no "syndrome" or "disease"), or a name the subject's names hold.
    java.util.function.Predicate<EvidenceTopics.Condition> settled = top -> subject.mentionedIn(top.stems())
        || general.primary().names().stream().anyMatch(name -> FocusWords.of(name).equals(top.stems()));
    double own = found.stream().filter(settled).mapToDouble(EvidenceTopics.Condition::weight).max().orElse(0);
    List<EvidenceTopics.Condition> others = EvidenceTopics.contenders(found).stream()
        .sorted(EvidenceTopics.HEAVIEST_FIRST)
        .filter(settled.negate()).limit(ALTERNATIVES).toList();
    return new Alternatives(others.stream().map(top -> settledOn(general, top, Set.of())).toList(),
        (int) others.stream().filter(top -> top.weight() > own).count());
  }
}
