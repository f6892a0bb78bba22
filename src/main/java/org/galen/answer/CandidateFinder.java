package org.galen.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.retrieve.PassageHit;
import org.galen.source.SourceKind;

/**
 * Turns retrieved passages into scored candidate sentences. A sentence qualifies only if it, or the
 * title of its document, mentions the question's subject, and only if its source put it somewhere
 * an article section fits. Among those, a sentence ranks by the qualifiers and other concepts it
 * mentions, the retrieval rank of its passage, and the weight the audience gives its evidence
 * level. Which sections the question wants is the composer's choice, made after.
 */
final class CandidateFinder {
  private static final int MIN_SENTENCE_CHARS = 15;
  /** A guideline's list items are short and mean something: "Fever", "Jaundice", "Bed rest". */
  private static final int MIN_GUIDELINE_ITEM_CHARS = 4;
  private static final int MAX_SENTENCE_CHARS = 700;
  /** Long sentences are what makes a text hard to read; a patient article leaves them to the sources. */
  private static final int PATIENT_MAX_SENTENCE_CHARS = 250;
  /** Retrieval rank matters, gently: the 10th passage counts half as much as the first. */
  private static final double RANK_DECAY = 10.0;
  private static final double SUBJECT_IN_TITLE = 0.8;
  /**
   * A sentence from a document about the subject beats one that mentions it in passing: the otitis
   * media guideline's dose lines before the mastoiditis guideline's remark that it follows otitis media.
   */
  private static final double ABOUT_SUBJECT_BONUS = 1.0;
  /** A page about something else that names the subject ("G6PD deficiency ... where malaria is common"). */
  private static final double MENTION_IN_PASSING = 0.6;
  /** Patients read short sentences more easily; a 300-character sentence counts half. */
  private static final double PATIENT_LENGTH_SCALE = 300.0;
  /** A study's aim is not a finding: "To evaluate the construct validity of ...". */
  private static final Pattern STUDY_AIM = Pattern.compile("(?i)^(to (evaluate|assess|determine|investigate|examine|"
      + "compare|describe|explore|identify|test|analy[sz]e|study)|the (aim|purpose|objective|goal)s? of|(we|this study) "
      + "(aimed|sought|investigated|examined)|objectives?:|background:|aims?:)");

  /** The list of what sources say that is no statement, one regular expression a line. */
  static final String NOT_STATEMENTS = "/org/galen/answer/not-statements.txt";
  /**
   * Questions, lead-ins to lists, and the reference pages' own navigation ("You can use the
   * MedlinePlus Medical Dictionary...", "the table below", a summary's pointers to trial listings):
   * true to the source, but not statements ({@code not-statements.txt}).
   */
  private static final AnyLine NOT_A_STATEMENT = AnyLine.of(
      org.galen.answer.question.WordLists.lines(NOT_STATEMENTS), NOT_STATEMENTS);
  /** A sentence leading into a list: "These include", "Symptoms are:". */
  private static final Pattern LEADS_INTO_LIST = Pattern.compile("(?i)\\b(?:include|includes|including|are)\\W*$|:\\s*$");
  /**
   * The stop that ends a sentence, before any closing quote or bracket, or the colon that ends a
   * lead-in (read as {@link #LIST_LEAD_IN}).
   */
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:][\"')\\]]*\\s*$");
  /** A lead-in: it ends where its list starts. */
  private static final Pattern LIST_LEAD_IN = Pattern.compile(":\\s*$");
  /** What opens a list item's line before its text: a bullet. */
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*[-•*]\\s*");
  /**
   * An entry of a reference list: authors as "Surname AB, Surname CD" ("Reefhuis J, Honein MA, …"),
   * or a citation's "et al." with a year or a journal's volume and pages.
   */
  private static final Pattern REFERENCE_ENTRY = Pattern.compile("^(\\p{Lu}[\\p{L}'-]+ \\p{Lu}{1,3}[,.]\\s*){2,}"
      + "|\\bet al\\.?[,;]?\\s*(\\(?(19|20)\\d\\d|[\\p{L} ]+\\d{4};)|\\b(19|20)\\d\\d;\\s*\\d+(\\(\\d+\\))?:\\d+");
  /** An abstract's part on how the study was done. */
  private static final Pattern METHODS_PART = Pattern.compile("(?i)\\b(methods?|materials?|design|setting|"
      + "participants|subjects|patients and methods|study population|procedures?|measurements?|data sources?|"
      + "interventions?)\\b");
  /** A sentence on what the authors did or whom they studied. */
  private static final Pattern METHOD_SENTENCE = Pattern.compile("(?i)^(we|this|the present|in this|in a) ?"
      + "(study|trial|analysis|review)?\\s*,?\\s*(we )?(performed|conducted|enrolled|recruited|included|"
      + "retrospectively|prospectively|reviewed|randomi[sz]ed|collected|analy[sz]ed|used|measured|surveyed|"
      + "identified|searched|selected|followed|compared)\\b|^(patients|participants|subjects|children|women|men|adults)"
      + " (were|who were) (enrolled|recruited|randomi[sz]ed|included|selected|assigned|divided)\\b|"
      + "^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|\\d+)"
      + "[\\w\\s-]{0,40} (patients|participants|subjects|"
      + "women|men|children|adults) (were|with)\\b");
  /** Background that says what is not known, or runs into the next heading ("...unknown.AIM:"). */
  private static final Pattern OPEN_QUESTION = Pattern.compile("(?i)(remains? (unknown|unclear|controversial)|"
      + "(is|are) (unknown|unclear|not known)|little is known|[.?][A-Z ]{3,}:$)");

  private final SubjectMatcher subject;
  /** Documents about the subject under another name, as the evidence showed ({@link #alsoAbout}). */
  private final Set<String> alsoAbout;
  private final Audience audience;
  /** Where a reference page's prose headings place its lines. */
  private final PageParts parts;

  CandidateFinder(SubjectMatcher subject, Audience audience) {
    this(subject, audience, Set.of(), PageParts.none());
  }

  CandidateFinder(SubjectMatcher subject, Audience audience, PageParts parts) {
    this(subject, audience, Set.of(), parts);
  }

  private CandidateFinder(SubjectMatcher subject, Audience audience, Set<String> alsoAbout, PageParts parts) {
    this.subject = subject;
    this.audience = audience;
    this.alsoAbout = Set.copyOf(alsoAbout);
    this.parts = parts;
  }

  /** A finder for which {@code docId} is about the subject too, though its title names it otherwise. */
  CandidateFinder alsoAbout(String docId) {
    return alsoAbout(Set.of(docId));
  }

  /** A finder for which {@code docIds} are about the subject too, though their titles name it otherwise. */
  CandidateFinder alsoAbout(Set<String> docIds) {
    Set<String> about = new java.util.HashSet<>(alsoAbout);
    about.addAll(docIds);
    return new CandidateFinder(subject, audience, about, parts);
  }

  List<Candidate> find(List<PassageHit> hits) {
    List<Candidate> candidates = new ArrayList<>();
    for (PassageHit hit : hits) {
      candidates.addAll(inPassage(hit.passage(), hit.rank()));
    }
    // A reference page is about one condition, its focus. When the subject has pages of its own, a
    // sentence naming it on another condition's page ("Opsoclonus Myoclonus", "Geniospasm" for
    // myoclonus) is about that other condition; when it has none, those pages are all there is.
    boolean ownPages = candidates.stream().anyMatch(c -> c.aboutSubject() && isReferencePage(c));
    if (ownPages && subject.isCondition()) {
      candidates.removeIf(c -> !c.aboutSubject() && isReferencePage(c));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return candidates;
  }

  /** Whether a sentence is on a list item's line: its first sentence or one after it. */
  private static boolean inListItem(StoredPassage passage, Span sentence) {
    return LIST_ITEM.matcher(beforeOnLine(passage, sentence)).lookingAt();
  }

  /** Whether a sentence is an item of a list: its line opens with a bullet. */
  static boolean isListItem(StoredPassage passage, Span sentence) {
    return LIST_ITEM.matcher(beforeOnLine(passage, sentence)).matches();
  }

  /**
   * Whether a page's line, without the stop that ends a sentence and no item itself, has a bulleted
   * list right below it: it leads into the list, told by the page's layout as a colon would tell it.
   */
  private static boolean leadsIntoBullets(StoredPassage passage, Span sentence, String text) {
    if (ENDS_SENTENCE.matcher(text).find() || inListItem(passage, sentence)) {
      return false;
    }
    String after = passage.text().substring(sentence.end() - passage.span().start());
    int lineEnd = after.indexOf('\n');
    if (lineEnd < 0 || !after.substring(0, lineEnd).isBlank()) {
      return false;
    }
    return after.substring(lineEnd).lines().filter(line -> !line.isBlank()).findFirst()
        .filter(line -> LIST_ITEM.matcher(line).lookingAt()).isPresent();
  }

  /** What stands before a sentence on its line of the passage. */
  static String beforeOnLine(StoredPassage passage, Span sentence) {
    String text = passage.text();
    int at = sentence.start() - passage.span().start();
    return text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
  }

  /**
   * Whether a guideline's line names the words of the subject its title lacks: the title alone
   * does not name the subject, the title and the line together do.
   */
  private boolean completesTitle(StoredPassage passage, Set<String> stems, Set<String> titleStems) {
    if (passage.evidenceLevel() != org.galen.source.EvidenceLevel.GUIDELINE || subject.mentionedIn(titleStems)) {
      return false;
    }
    Set<String> both = new java.util.HashSet<>(stems);
    both.addAll(titleStems);
    return subject.mentionedIn(both);
  }

  private static boolean isReferencePage(Candidate c) {
    return c.passage().sourceKind() == SourceKind.REFERENCE;
  }

  /** The qualifying sentences of one passage; {@code rank} is its retrieval rank (0 first). */
  List<Candidate> inPassage(StoredPassage passage, int rank) {
    Optional<SectionKind> section = SectionClassifier.classify(passage.section(), passage.sourceKind(),
        passage.evidenceLevel());
    if (section.isEmpty()) {
      return List.of();
    }
    // A guideline's title names a condition, a label's its products, a report's its topic: the other
    // words of each (a dosage form, "tablets", "guidelines for prophylaxis against") only qualify it.
    boolean named = passage.evidenceLevel() == org.galen.source.EvidenceLevel.GUIDELINE
        || passage.sourceKind() == SourceKind.LABEL;
    boolean aboutSubject = alsoAbout.contains(passage.docId()) || subject.isTitleAbout(passage.title(),
        named || passage.sourceKind() == SourceKind.REPORT, named);
    if (!aboutSubject && passage.sourceKind() != SourceKind.RESEARCH
        && subject.isTitleAboutAnotherCondition(passage.title())) {
      return List.of();
    }
    Set<String> titleStems = SubjectMatcher.stemsOf(passage.title());
    List<Candidate> found = new ArrayList<>();
    // Whether the drug list's line above, that the next continuation goes on from, names the subject.
    boolean headNamesSubject = false;
    // Inside a list whose lead-in is no statement ("These resources address …:"): its items are none.
    boolean unquotableList = false;
    // An overview's list goes where the sentence leading into it goes ("ways to reduce the risk.
    // These include" a list of measures): the kind of the last sentence that said one.
    SectionKind listKind = null;
    // A report of recommendations: its sentences go by what they recommend.
    boolean recommendations = SectionClassifier.isRecommendationsReport(passage.sourceKind(), passage.evidenceLevel());
    for (Span sentence : passage.sentences()) {
      String text = passage.sentenceText(sentence);
      boolean item = inListItem(passage, sentence);
      SectionKind filed = passage.sourceKind() == SourceKind.REFERENCE
          ? parts.at(passage.docId(), sentence.start()).orElse(section.get()) : section.get();
      SectionKind own = filed != SectionKind.OVERVIEW ? filed
          : recommendations ? SectionClassifier.recommendationSentence(text) : SectionClassifier.overviewSentence(text);
      SectionKind said = item && own == SectionKind.OVERVIEW && listKind != null ? listKind : own;
      if (!item) {
        listKind = own != SectionKind.OVERVIEW ? own : LEADS_INTO_LIST.matcher(text).find() ? listKind : null;
      }
      if (unquotableList && isListItem(passage, sentence)
          || passage.sourceKind() == SourceKind.REFERENCE && ProseHeadings.isHeading(passage, sentence)
          || passage.sourceKind() == SourceKind.LABEL && ProseHeadings.isNumberedHeading(passage, sentence)
          || recommendations && said == SectionKind.OVERVIEW) {
        // A report of recommendations is quoted for what it recommends, not for its background,
        // its authors or its history.
        continue;
      }
      if (passage.sourceKind() == SourceKind.REFERENCE && leadsIntoBullets(passage, sentence, text)) {
        // "To lower your risk when traveling" over its bulleted measures: said only by its items,
        // unless it is itself no statement ("These resources address …"), and then neither are they.
        unquotableList = NOT_A_STATEMENT.foundIn(text);
        continue;
      }
      // Not a lead-in ending in a colon as such ("Symptoms include:" leads in statements), but one
      // that is no statement for what it says.
      java.util.regex.Matcher leadIn = LIST_LEAD_IN.matcher(text);
      unquotableList = leadIn.find() && NOT_A_STATEMENT.foundIn(text.substring(0, leadIn.start()));
      boolean continuation = filed == SectionKind.MEDICATIONS
          && DosePatterns.CONTINUATION.matcher(text).lookingAt();
      boolean goesOnFromSubject = continuation && headNamesSubject;
      Set<String> stems = SubjectMatcher.stemsOf(text);
      if (!continuation) {
        headNamesSubject = subject.mentionedIn(stems);
      }
      int maxChars = audience.isPatient() ? PATIENT_MAX_SENTENCE_CHARS : MAX_SENTENCE_CHARS;
      // A guideline's list item and a table's row ("22–31 | 600") are whole statements however short.
      int minChars = passage.sourceKind() == SourceKind.GUIDELINE || text.contains(TableRowDoses.CELL)
          ? MIN_GUIDELINE_ITEM_CHARS : MIN_SENTENCE_CHARS;
      if (text.length() < minChars || text.length() > maxChars || isStudyAim(passage, text)
          || NOT_A_STATEMENT.foundIn(text) || REFERENCE_ENTRY.matcher(text).find()
          || !Antecedents.quotable(passage, sentence, text)) {
        continue;
      }
      // "Adult: initially 1 - 1.5 g daily" under "Lithium: 1st line drug" is a lithium dose. A
      // guideline's line naming what its title leaves out ("meningococcal" in the meningitis
      // guideline) names the subject with it.
      boolean inSentence = subject.mentionedIn(stems) || goesOnFromSubject
          || completesTitle(passage, stems, titleStems);
      if (!inSentence && !aboutSubject) {
        continue;
      }
      boolean redFlag = audience.isPatient() && passage.sourceKind() != SourceKind.RESEARCH
          && SectionClassifier.isRedFlag(passage.section(), text);
      SectionKind kind = redFlag ? SectionKind.URGENT_CARE : said;
      double score = score(passage, text, stems, titleStems, inSentence, aboutSubject, rank, kind);
      if (Antecedents.leansOnBefore(text)) {
        // Said only with the sentence before it, it takes two statements' room for one's worth.
        score /= 2;
      }
      found.add(new Candidate(passage, sentence, text, stems, kind, score, aboutSubject, redFlag));
    }
    return found;
  }

  private double score(StoredPassage passage, String text, Set<String> stems, Set<String> titleStems,
      boolean inSentence, boolean aboutSubject, int rank, SectionKind kind) {
    Set<String> context = new java.util.HashSet<>(stems);
    context.addAll(titleStems);
    double relevance = 2 * (inSentence ? 1 : SUBJECT_IN_TITLE)
        + (aboutSubject ? ABOUT_SUBJECT_BONUS : 0)
        + 2 * subject.qualifierShare(context)
        + subject.othersShare(context)
        + (kind == SectionKind.OVERVIEW ? 0 : 1);
    double passing = aboutSubject || passage.sourceKind() == SourceKind.RESEARCH ? 1 : MENTION_IN_PASSING;
    double score = passing * relevance * audience.evidenceWeight(passage.evidenceLevel()) / (1 + rank / RANK_DECAY);
    return audience.isPatient() ? score / (1 + text.length() / PATIENT_LENGTH_SCALE) : score;
  }

  private static boolean isStudyAim(StoredPassage passage, String text) {
    return passage.sourceKind() == SourceKind.RESEARCH
        && (STUDY_AIM.matcher(text).find() || OPEN_QUESTION.matcher(text).find() || isMethod(passage, text));
  }

  /**
   * How a study was done, not what it found: an abstract's methods part, or a sentence saying what
   * the authors did ("We performed a prospective cohort study in an obese population."). A
   * research bullet quotes results and conclusions.
   */
  private static boolean isMethod(StoredPassage passage, String text) {
    return METHODS_PART.matcher(passage.section()).find() || METHOD_SENTENCE.matcher(text).find();
  }
}
