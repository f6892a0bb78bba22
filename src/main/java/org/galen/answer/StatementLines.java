package org.galen.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.answer.question.Stems;

/**
 * What a candidate line is, for the bottom line ({@link BottomLine}): a statement that says
 * something on its own, a drug list's line or its continuation, a line for a case the question does
 * not tell of. Stateless.
 */
final class StatementLines {
  /** A statement says something: not a bare heading line such as "Reperfusion therapy" in prose. */
  private static final int MIN_CHARS = 40;
  /**
   * A drug line may be short and still answer ("Praziquantel: 40 mg/kg once"); so may a list's
   * item, a whole line of its source that ends in a full stop ("Serum lipase."): a heading never
   * ends in one.
   */
  private static final int MIN_DRUG_LINE_CHARS = 12;
  /**
   * A line whose subject is the line before it ("Can be given per rectum in restless patients"); a
   * pronoun-led sentence comes only after the sentence it leans on ({@link Antecedents}).
   */
  private static final Pattern LEANS_ON_BEFORE = Pattern.compile("^(?:Can|May|Should|Must|Also|Both|Such)\\b");
  /**
   * A line whose lead says when it applies, before its content: "Antibiotics if infection is present
   * - Amoxicillin…", "Sedation if necessary - Diazepam…". Group 1 is the condition.
   */
  private static final Pattern CONDITIONAL_LEAD = Pattern.compile("(?i)^[^:;–(-]{0,40}?\\b(?:if|when|where)\\b"
      + "([^:;–(-]{1,60}?)(?:\\s[-–]|\\s*:)\\s");
  /** A line opening as a sentence: a capital or a number. */
  private static final Pattern OPENS_A_SENTENCE = Pattern.compile("[\\p{Lu}\\p{N}]");
  /** A line ending where it would go on: a comma, a colon, a semicolon or a dash. */
  private static final Pattern GOES_ON = Pattern.compile("[,;:–—-]\\s*$");
  /** The rest of a line, then the next line that is not blank: a bulleted item opening in lower case. */
  private static final Pattern SUBITEM = Pattern.compile("[^\\n]*\\n(?:\\s*\\n)*\\s*[-•*]\\s*\\p{Ll}");
  /** What may stand before a list's item on its line: indentation and a bullet. */
  private static final Pattern BULLET = Pattern.compile("\\s*(?:[-•*]\\s*)?");
  /**
   * A list's lead-in or a heading: it ends where its content would start — at a colon or a dash, or,
   * where the source dropped the colon before its items ("A health care provider treats the disease
   * with"), on a word no sentence ends on: a preposition, a conjunction, an article, or the verb that
   * introduces a list — written in lower case, as prose writes them: "Vitamin A", "Hepatitis A" or
   * the OR (operating room) end a terse item.
   */
  private static final Pattern LEAD_IN = Pattern.compile("[:\\-–]\\s*$|\\b(?:with|of|to|for|by|from|in|on|at|"
      + "into|than|as|like|including|include|includes|involve|involves|are|is|the|a|an|and|or)\\s*$");

  /** Sections a guideline writes as lists of tests or measures, terse items each. */
  private static final Set<SectionKind> LISTED = Set.of(SectionKind.DIAGNOSIS, SectionKind.MANAGEMENT,
      SectionKind.SUPPORTIVE, SectionKind.PREVENTION);
  /**
   * A drug list's terse item says what its drug is for ("Antihistamine for pruritus"); a drug list's
   * other short lines may head the lines below them ("Severe malaria", "Pregnant women", "Treatment
   * for children under 5 years": what it says is for is the treatment, not a drug).
   */
  private static final Pattern SAYS_WHAT_FOR = Pattern.compile("(?i)^(?!\\s*(?:treatments?|therap(?:y|ies)|"
      + "management|regimens?|options?|drugs?|medications?|medicines?)\\b)\\S.*?\\s+for\\s+\\S");

  /** A capital, then at least four words, then a full stop. */
  private static final Pattern SHORT_SENTENCE = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:[ ,]+[\\p{L}\\p{N}'-]+){3,}\\.");

  private StatementLines() {}

  /**
   * Whether a line applies only in a case the question does not tell of: its lead says when
   * ("… if infection is present - …") and the question shares no word of that condition. Such a
   * line is an add-on for that case, not the answer.
   */
  static boolean forUnaskedCase(Candidate c, Asked asked) {
    java.util.regex.Matcher lead = CONDITIONAL_LEAD.matcher(c.text());
    if (!lead.find()) {
      return false;
    }
    Set<String> condition = Stems.of(lead.group(1));
    // The question's words and the people it asks about ("if pregnant -" for a pregnant woman).
    return asked.words().stream().noneMatch(term -> term.sharedBy(condition))
        && condition.stream().noneMatch(asked.populations()::contains);
  }

  /** A drug list's line that goes on from the one above: "Child: 40 mg/kg…", "Over 50 kg: adult dose". */
  static boolean isContinuation(Candidate c) {
    return c.section() == SectionKind.MEDICATIONS && DosePatterns.CONTINUATION.matcher(c.text()).lookingAt();
  }

  /** The nearest line above a continuation, in its source and section, that names its drug. */
  static Optional<Candidate> headOf(Candidate continuation, List<Candidate> pool, Set<Candidate> naming) {
    return pool.stream().filter(c -> c.docId().equals(continuation.docId()) && c.section() == continuation.section()
            && c.sentence().start() < continuation.sentence().start() && !isContinuation(c)
            && naming.contains(c))
        .max(Comparator.comparingInt(c -> c.sentence().start()));
  }

  /**
   * Whether a statement says something on its own: a drug line, or a sentence; never a lead-in, nor
   * a sentence leaning on the one before ("Can be given per rectum…", "They're also known as…").
   */
  static boolean says(Candidate c, Set<Candidate> naming) {
    int least = isDrugLine(c, naming) || isContinuation(c) || isListItem(c) || isListedItem(c)
        || isShortSentence(c) || isBulleted(c) ? MIN_DRUG_LINE_CHARS : MIN_CHARS;
    return c.text().length() >= least && !LEAD_IN.matcher(c.text()).find() && !LEANS_ON_BEFORE.matcher(c.text()).find();
  }

  /**
   * A whole line of its source ending in a full stop, a bullet before it at most: a list's item, not
   * a sentence among others. A passage begins and ends where a section or a sentence does.
   */
  private static boolean isListItem(Candidate c) {
    return c.text().endsWith(".") && isWholeLine(c);
  }

  /**
   * A sentence of prose, however short ("Pain medicines often help."): a capital, a few words, a full
   * stop — what no heading has.
   */
  private static boolean isShortSentence(Candidate c) {
    return SHORT_SENTENCE.matcher(c.text()).matches();
  }

  /**
   * A line of a guideline's list of tests or measures, each named as tersely as a heading
   * ("Scrotal ultrasound", "Surgical excision with clear margins"), or of its drug list saying what a
   * drug is for: a guideline heads its sections itself, so a whole line under one is an item, never
   * a heading. Its other sections (what the condition is) are prose, where a short line is a heading.
   */
  private static boolean isListedItem(Candidate c) {
    boolean listed = LISTED.contains(c.section())
        || c.section() == SectionKind.MEDICATIONS && SAYS_WHAT_FOR.matcher(c.text()).find();
    return listed && c.passage().evidenceLevel() == org.galen.source.EvidenceLevel.GUIDELINE && isWholeLine(c);
  }

  /**
   * A whole line of its source after a dash or a bullet (not an asterisk, a footnote's mark), in a
   * list of tests or measures: an item, however tersely put ("- Wear insect repellent"), in any
   * source, as a guideline's item is — when it opens as a sentence does (a capital or a number) and
   * does not end as a line that goes on does (a comma, a colon). A list of signs ("- Trouble
   * breathing") says nothing alone that a first section could lead with. A bulleted line whose list
   * goes on in items opening in lower case ("- S. mansoni" over "- found in Africa") heads them:
   * neither it nor they say anything alone.
   */
  private static boolean isBulleted(Candidate c) {
    if (!LISTED.contains(c.section()) || !isWholeLine(c)) {
      return false;
    }
    String bullet = CandidateFinder.beforeOnLine(c.passage(), c.sentence()).strip();
    String rest = c.passage().text().substring(c.sentence().end() - c.passage().span().start());
    return (bullet.equals("-") || bullet.equals("•")) && OPENS_A_SENTENCE.matcher(c.text()).lookingAt()
        && !GOES_ON.matcher(c.text()).find() && !SUBITEM.matcher(rest).lookingAt();
  }

  /** A whole line of its source, a bullet before it at most. */
  private static boolean isWholeLine(Candidate c) {
    String text = c.passage().text();
    int start = c.sentence().start() - c.passage().span().start();
    int end = c.sentence().end() - c.passage().span().start();
    if (start < 0 || end > text.length()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int lineEnd = text.indexOf('\n', end);
    String before = start == 0 ? "" : text.substring(lineStart, start);
    String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
    return BULLET.matcher(before).matches() && after.isBlank();
  }

  /** A line of a drug list that names a drug or gives an amount ("6 months regimen" does neither). */
  static boolean isDrugLine(Candidate c, Set<Candidate> naming) {
    return c.section() == SectionKind.MEDICATIONS && (naming.contains(c) || DosePatterns.AMOUNT.matcher(c.text()).find());
  }
}
