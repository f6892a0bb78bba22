package org.galen.answer.question;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's clauses and the one that asks ({@link QuestionAnalysis#mainIntents},
 * {@link QuestionAnalysis#askingClause}): read from its words and the intents it asks, before its
 * subject is known ({@link DrugCautions}) or after. Immutable.
 */
final class QuestionClauses {
  /** A clause opening as English asks: a question word or an auxiliary first ({@code question-openings.txt}). */
  private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
      "(?i)^\\s*(?:(?:and|or|but|also|so)\\s+)*(?:" + String.join("|", WordLists.lines("question-openings.txt")
          .stream().map(java.util.regex.Pattern::quote).toList()) + ")\\b(?!['’])");

  /** A full stop, as a regular expression: a decimal point ("2.7") is none. */
  static final String PERIOD = "(?<!\\d)\\.|\\.(?!\\d)";

  /** Where a question's clauses end: "… was diagnosed. What now?", "… in the ward - which drug?". */
  private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile(
      "(?:[?!;]|" + PERIOD + ")+|\\s[-–—]\\s");

  private final String question;
  private final List<Intent> intents;
  /** Each clause's words, where it starts in the question, and whether it ends in a question mark. */
  private final List<String> texts = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();
  private final List<Boolean> marked = new ArrayList<>();

  QuestionClauses(String question, List<Intent> intents) {
    this.question = question;
    this.intents = List.copyOf(intents);
    java.util.regex.Matcher end = CLAUSE_END.matcher(question);
    int from = 0;
    while (end.find()) {
      texts.add(question.substring(from, end.start()));
      starts.add(from);
      marked.add(end.group().contains("?"));
      from = end.end();
    }
    texts.add(question.substring(from));
    starts.add(from);
    marked.add(false);
  }

  /** The words of the clauses marked "?", each after a space. */
  String markedText() {
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      if (this.marked.get(i)) {
        marked.append(' ').append(texts.get(i));
      }
    }
    return marked.toString();
  }

  /** What is asked ({@link QuestionAnalysis#mainIntents}, which says how it is read). */
  List<Intent> mainIntents() {
    int clause = asking();
    if (clause < 0) {
      return intents;
    }
    return withDoseRefined(askedIn(texts.get(clause)));
  }

  /** A dose asked anywhere stays asked when treatment is: a dose is the treatment made exact. */
  private List<Intent> withDoseRefined(List<Intent> asked) {
    if (asked.contains(Intent.TREATMENT) && !asked.contains(Intent.DOSING) && intents.contains(Intent.DOSING)) {
      List<Intent> refined = new ArrayList<>(asked);
      refined.add(Intent.DOSING);
      return List.copyOf(refined);
    }
    return asked;
  }

  /**
   * The words of the clause {@link #mainIntents} reads what is asked from, else of the last clause
   * marked "?"; the whole question when no clause singles itself out.
   */
  String askingClause() {
    int clause = askingIndex();
    return clause < 0 ? question : texts.get(clause);
  }

  /** Where {@link #askingClause} starts in the question. */
  int askingClauseStart() {
    int clause = askingIndex();
    return clause < 0 ? 0 : starts.get(clause);
  }

  private int askingIndex() {
    int clause = asking();
    return clause >= 0 ? clause : marked.lastIndexOf(true);
  }

  /**
   * What every question the asker puts asks: "how is it prevented? and how is it treated?" asks
   * both, as "how is it prevented, and how is it treated?" does. The intents of {@link #mainIntents}
   * when fewer than two questions ask anything.
   */
  List<Intent> everyAsked() {
    List<Boolean> questions = questions();
    List<Intent> asked = new ArrayList<>();
    int asking = 0;
    for (int i = 0; i < texts.size(); i++) {
      List<Intent> clause = questions.get(i) ? askedIn(texts.get(i)) : List.of();
      if (!clause.isEmpty()) {
        asking++;
        clause.stream().filter(intent -> !asked.contains(intent)).forEach(asked::add);
      }
    }
    return asking < 2 ? mainIntents() : withDoseRefined(List.copyOf(asked));
  }

  /** Which clauses are questions: those marked "?", and after the last, those opening as one. */
  private List<Boolean> questions() {
    List<Boolean> questions = new ArrayList<>(marked);
    int lastMarked = questions.lastIndexOf(true);
    for (int i = lastMarked + 1; lastMarked >= 0 && i < texts.size(); i++) {
      // After the last question mark, a clause opening as a question asks, its mark left off.
      questions.set(i, ASKS.matcher(texts.get(i)).find());
    }
    return questions;
  }

  /** The index of the clause that asks, or -1 when none singles itself out. */
  private int asking() {
    List<Boolean> questions = questions();
    int asked = lastAsking(questions, true);
    return asked >= 0 ? asked : lastAsking(questions, false);
  }

  /** The last clause asking any intent, among questions only or among all clauses; -1 when none. */
  private int lastAsking(List<Boolean> questions, boolean questionsOnly) {
    for (int i = texts.size() - 1; i >= 0; i--) {
      if ((!questionsOnly || questions.get(i)) && !askedIn(texts.get(i)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private List<Intent> askedIn(String clause) {
    return Intent.askedIn(clause).stream().filter(intents::contains).toList();
  }
}
