package org.galen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a section's candidate statements it quotes, after the bottom line took its own: the
 * leading source's lines first (its whole drug list; up to {@value #LEAD_LINES_PER_SECTION} lines of
 * any other section), then the best of the others by maximal marginal relevance
 * ({@link StatementSelector}); research and case reports by maximal marginal relevance alone, in
 * evidence order. Stateless.
 */
final class SectionStatements {
  /** The leading guideline's drug lines a medications section quotes, in its order. */
  private static final int MAX_MEDICATION_LINES = 12;
  /** The leading source's lines a section other than medications opens with. */
  private static final int LEAD_LINES_PER_SECTION = 3;

  private SectionStatements() {}

  /**
   * The statements of one section, from its candidates not {@code used} by an earlier section.
   *
   * @param lead the leading source's document, when there is one
   */
  static List<Candidate> picked(SectionKind kind, List<Candidate> pool, Optional<String> lead, List<Candidate> used,
      Audience audience) {
    if (kind == SectionKind.MEDICATIONS) {
      return medications(pool, lead, used, audience);
    }
    if (kind == SectionKind.RESEARCH || kind == SectionKind.CASE_REPORTS) {
      return StatementSelector.inEvidenceOrder(StatementSelector.select(pool, limit(kind, audience), used, c -> false));
    }
    return leadFirst(pool, lead, used, limit(kind, audience), audience);
  }

  /**
   * A section from the leading source first — its own lines in its order, up to {@value
   * #LEAD_LINES_PER_SECTION}, even when retrieval ranked them low (a guideline's "Adequate fluid
   * intake" under a painful crisis); for a patient the plainest of them ({@link
   * ReadingGrade#abovePatientGrade}), still in its order — then the best of the others by maximal
   * marginal relevance.
   */
  private static List<Candidate> leadFirst(List<Candidate> pool, Optional<String> lead, List<Candidate> used,
      int limit, Audience audience) {
    // What the guideline does before what it aims for: its treatment goals last. A patient gets
    // the plainest of its lines (shown in its order): the others say it for professionals.
    Comparator<Candidate> goalsLast = Comparator.comparing((Candidate c) -> c.passage().section()
        .toLowerCase(java.util.Locale.ROOT).contains("goals"));
    Comparator<Candidate> chosenFirst = audience.isPatient()
        ? goalsLast.thenComparingDouble(c -> ReadingGrade.abovePatientGrade(c.text())) : goalsLast;
    List<Candidate> fromLead = pool.stream().filter(c -> lead.isPresent() && c.docId().equals(lead.get()))
        .filter(c -> !used.contains(c))
        .sorted(chosenFirst.thenComparingInt(c -> c.sentence().start()))
        .limit(Math.min(limit, LEAD_LINES_PER_SECTION))
        .sorted(goalsLast.thenComparingInt(c -> c.sentence().start())).toList();
    List<Candidate> alreadyChosen = new ArrayList<>(used);
    alreadyChosen.addAll(fromLead);
    List<Candidate> rest = pool.stream().filter(c -> !fromLead.contains(c)).toList();
    List<Candidate> picked = new ArrayList<>(fromLead);
    picked.addAll(StatementSelector.inEvidenceOrder(StatementSelector.select(rest, limit - fromLead.size(),
        alreadyChosen, c -> false)));
    return picked;
  }

  /** The leading guideline's whole list, in its order (first-line drugs first), then others' lines. */
  private static List<Candidate> medications(List<Candidate> pool, Optional<String> lead, List<Candidate> used,
      Audience audience) {
    List<Candidate> fromLead = pool.stream().filter(c -> lead.isPresent() && c.docId().equals(lead.get()))
        .sorted(Comparator.comparingInt(c -> c.sentence().start())).limit(MAX_MEDICATION_LINES).toList();
    List<Candidate> rest = pool.stream().filter(c -> !fromLead.contains(c)).toList();
    List<Candidate> alreadyChosen = new ArrayList<>(used);
    alreadyChosen.addAll(fromLead);
    List<Candidate> picked = new ArrayList<>(fromLead);
    int room = Math.max(0, audience.statementsPerSection() - (fromLead.isEmpty() ? 0 : 2));
    picked.addAll(StatementSelector.inEvidenceOrder(StatementSelector.select(rest, room, alreadyChosen, c -> false)));
    return picked;
  }

  private static int limit(SectionKind kind, Audience audience) {
    return switch (kind) {
      case RESEARCH -> audience.researchStatements();
      case CASE_REPORTS -> Math.min(2, audience.researchStatements());
      default -> audience.statementsPerSection();
    };
  }
}
