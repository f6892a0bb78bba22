package org.galen.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.galen.answer.question.Intent;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * Which article section a source sentence belongs in, read from where the source put it: the
 * guideline's own part ("Drug treatment", "Clinical features: Severe"), MedQuAD's question type
 * ("exams and tests"), or a local page's heading; research abstracts go to From the Research,
 * case reports apart. Sections a source has that no article section fits ("support groups") give
 * nothing.
 */
final class SectionClassifier {
  /**
   * A guideline's differential diagnoses list other conditions ("Atopic dermatitis" under scabies,
   * "Scabies" under pediculosis): none of its lines says anything about the condition itself.
   */
  private static final Pattern NOT_ABOUT_THE_CONDITION = Pattern.compile("differential");
  /** The voice of a recommendation: what should or must be done, what is recommended or indicated. */
  private static final Pattern RECOMMENDS = Pattern.compile("(?i)\\b(?:should|must|recommends?|recommended|"
      + "(?:is|are) indicated)\\b");
  /** "not recommended", "not routinely recommended", "no longer recommended": the opposite of a recommendation. */
  static final Pattern NOT_RECOMMENDED = Pattern.compile("(?i)\\b(?:not|no longer|never)\\s+(?:\\w+\\s+)?"
      + "(?:recommended|preferred)\\b");
  /** Advice against: what should not or must never be done. */
  private static final Pattern SHOULD_NOT = Pattern.compile("(?i)\\b(?:should|must)\\s+(?:not|never)\\b");
  /** The intents a recommendation is sorted by, the most specific first. */
  private static final List<Intent> RECOMMENDATION_PRECEDENCE = List.of(Intent.DOSING, Intent.PREVENTION,
      Intent.DIAGNOSIS, Intent.TREATMENT, Intent.CAUTIONS);
  /** A report's parts that are its apparatus, not what it recommends. */
  private static final Pattern REPORT_APPARATUS = Pattern.compile("^(?:references|acknowledge?ments)$");
  /** Heading words → section, tried in order; the first that matches wins. */
  private static final List<Map.Entry<Pattern, SectionKind>> HEADINGS = List.of(
      rule("adverse|caution|contraindicat|side effect|warning|precaution", SectionKind.CAUTIONS),
      rule("(?<!non-)drug treatment|medication|medicine|dosage|dosing|pharmacolog", SectionKind.MEDICATIONS),
      rule("supportive|considerations|self-care|home care|living with|coping", SectionKind.SUPPORTIVE),
      rule("treatment|therap|management|goals", SectionKind.MANAGEMENT),
      rule("investigation|exams and tests|diagnos|stages|test", SectionKind.DIAGNOSIS),
      rule("clinical feature|symptom|sign", SectionKind.SYMPTOMS),
      rule("susceptib|risk", SectionKind.RISK_FACTORS),
      rule("cause|genetic changes|inheritance|etiolog|aetiolog", SectionKind.CAUSES),
      rule("complication", SectionKind.COMPLICATIONS),
      rule("outlook|prognos", SectionKind.PROGNOSIS),
      rule("prevent", SectionKind.PREVENTION),
      rule("^(introduction|information|answer|frequency|overview|summary|definition|abstract|body)$",
          SectionKind.OVERVIEW));
  private static final List<Map.Entry<Pattern, SectionKind>> OVERVIEW_SENTENCES = List.of(
      // Advice against a medicine or a measure is a caution, whatever treatment it names: what not
      // to give is what a carer asks after what helps.
      rule("^(?:do not|don['’]t|never) (?:use|give|take)\\b(?!\\s+(?:up|part|place|time)\\b)"
          + "|\\b(?:should|must) (?:not|never) (?:be )?(?:use|used|give|given|take|taken)\\b"
          + "|\\bavoid (?:giving|using|taking)\\b", SectionKind.CAUTIONS),
      rule("\\b(symptoms?|signs?) (of|include|may|are)", SectionKind.SYMPTOMS),
      rule("\\b(is|are) (caused|spread|transmitted)|\\bcauses? of\\b|\\b(may|can) (develop|occur|arise) in "
          + "response to\\b|\\b(triggered|brought on) by\\b|\\byou (usually |can |may |might |often )?get "
          + "it (by|from|through|when|if)\\b", SectionKind.CAUSES),
      rule("\\b(reduce|reduces|reducing|lower|lowers|lowering|cut|cuts|decrease|decreases) "
          + "(the |your |their |a )?risk\\b", SectionKind.PREVENTION),
      rule("\\brisk (factors?|of|is|increases)|more likely to (get|develop)", SectionKind.RISK_FACTORS),
      rule("\\b(treatments?|treated|medicines?) (for|include|with|may|can|is|are|to)", SectionKind.MANAGEMENT),
      // "Most people recover with antibiotic treatment": what it is treated with, and how that goes.
      rule("\\b(recover(s|ed)?|improve[sd]?|gets? better|(is |are )?cured) with (\\w+ ){0,2}(treatment|therapy)\\b",
          SectionKind.MANAGEMENT),
      rule("\\b(diagnosed|tests?) (by|with|include|for|can|may)", SectionKind.DIAGNOSIS),
      rule("\\b(prevent|prevention|reduce your risk)", SectionKind.PREVENTION),
      // What "can help" or "often helps" is what is done for it ("Pain medicines and hormones often
      // help"), unless it helps find or confirm it; a protein "that helps control" is no treatment.
      rule("^(?!.*\\b(?:diagnos\\w*|tests?|detect\\w*|confirm\\w*)\\b).*"
          + "\\b(?:can|may|might|often|usually|will) helps?\\b", SectionKind.MANAGEMENT));
  /** Where a sentence tells a reader to get help now: the patient's "When to seek care urgently". */
  private static final Pattern RED_FLAG = Pattern.compile("(?i)\\b(seek (?:immediate |urgent |emergency )?"
      + "(?:medical )?(?:care|help|attention|advice)|call (?:911|your (?:doctor|health care provider))|emergency|"
      + "right away|immediately|urgent(?:ly)?|go to (?:the |a )?hospital|refer(?:red)? to (?:a |the )?(?:hospital|"
      + "specialist))");
  /** Guideline parts that list red-flag features or referral criteria ("Clinical features: Severe"). */
  private static final Pattern RED_FLAG_HEADING = Pattern.compile("(?i)(severe|danger sign|red flag|referral|"
      + "emergenc|when to refer)");

  /** A label's subsection of animal studies ("8.1 Pregnancy: Animal Data"), under whatever part. */
  private static final Pattern ANIMAL_DATA = Pattern.compile("(?i)\\banimal");
  /** The part of a label its reader names the boxed warning (source/spl-sections.tsv). */
  private static final String BOXED_WARNING = "Boxed warning";
  /** The part of a label that says how the drug is dosed: an OTC label's "Directions" too (same code). */
  private static final String DOSAGE = "Dosage and administration";
  /**
   * A label's trials of its drug in the conditions it is for: quoted nowhere, but a passage of them
   * ranks for the condition a question names with the drug, not for the drug's name alone.
   */
  static final String CLINICAL_STUDIES = "Clinical studies";
  /** A drug label's part → the article section it fills; parts not listed fill none. */
  private static final Map<String, SectionKind> LABEL_PARTS = labelParts();
  /** Each part's name as the index stems it. */
  private static final Map<String, java.util.Set<String>> PART_STEMS = LABEL_PARTS.keySet().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(part -> part, org.galen.answer.question.Stems::of));
  /** The parts named partly by stop words, with the pattern that finds each written whole. */
  private static final Map<String, Pattern> WRITTEN_ONLY = LABEL_PARTS.keySet().stream()
      .filter(part -> org.galen.answer.question.Stems.tokens(part).size() < part.strip().split("\\s+").length)
      .collect(java.util.stream.Collectors.toUnmodifiableMap(part -> part,
          part -> Pattern.compile("(?i)\\b" + Pattern.quote(part) + "\\b")));

  /** Each part's other names, as a question writes them ({@code label-part-cues.tsv}). */
  private static final Map<String, Pattern> PART_CUES = partCues();

  private SectionClassifier() {}

  private static Map<String, Pattern> partCues() {
    Map<String, Pattern> cues = new java.util.LinkedHashMap<>();
    for (String line : org.galen.answer.question.WordLists.lines("/org/galen/answer/label-part-cues.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException("label-part-cues.tsv: a line needs a part and its cues: " + line);
      }
      if (!columns[0].equals("part")) {
        if (!LABEL_PARTS.containsKey(columns[0])) {
          throw new IllegalStateException("label-part-cues.tsv: not a part label-sections.tsv lists: " + columns[0]);
        }
        String phrases = java.util.Arrays.stream(columns[1].split("\\s*\\|\\s*"))
            .map(phrase -> Pattern.quote(phrase.strip()) + "s?").collect(java.util.stream.Collectors.joining("|"));
        cues.put(columns[0], Pattern.compile("(?i)\\b(?:" + phrases + ")\\b"));
      }
    }
    return Map.copyOf(cues);
  }

  private static Map<String, SectionKind> labelParts() {
    Map<String, SectionKind> parts = new java.util.HashMap<>();
    for (String line : org.galen.answer.question.WordLists.lines("/org/galen/answer/label-sections.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException("label-sections.tsv: a line needs a part and a section: " + line);
      }
      if (!columns[0].equals("part")) {
        parts.put(columns[0], SectionKind.valueOf(columns[1]));
      }
    }
    return Map.copyOf(parts);
  }

  private static Map.Entry<Pattern, SectionKind> rule(String words, SectionKind kind) {
    return Map.entry(Pattern.compile(words), kind);
  }

  static Optional<SectionKind> classify(String heading, SourceKind source, EvidenceLevel level) {
    if (source == SourceKind.LABEL) {
      // "Dosage and administration: 2.2 Renal impairment": the label's part decides, not its words.
      int colon = heading.indexOf(':');
      if (colon >= 0 && ANIMAL_DATA.matcher(heading.substring(colon)).find()) {
        // What was seen in rats and rabbits is the label's evidence, not advice to quote.
        return Optional.empty();
      }
      return Optional.ofNullable(LABEL_PARTS.get(labelPart(heading)));
    }
    String lower = heading.toLowerCase(Locale.ROOT).strip();
    if (isRecommendationsReport(source, level)) {
      // A recommendations report is prose under a report's headings ("Report", "Recommendations"):
      // its sentences are sorted by what they recommend ({@link #recommendationSentence}); its list
      // of references and its thanks say nothing of the condition.
      return REPORT_APPARATUS.matcher(lower).find() ? Optional.empty() : Optional.of(SectionKind.OVERVIEW);
    }
    if (source == SourceKind.RESEARCH || source == SourceKind.REPORT) {
      return Optional.of(level == EvidenceLevel.CASE_REPORT ? SectionKind.CASE_REPORTS : SectionKind.RESEARCH);
    }
    if (NOT_ABOUT_THE_CONDITION.matcher(lower).find()) {
      return Optional.empty();
    }
    for (Map.Entry<Pattern, SectionKind> rule : HEADINGS) {
      if (rule.getKey().matcher(lower).find()) {
        return Optional.of(rule.getValue());
      }
    }
    return lower.isEmpty() ? Optional.of(SectionKind.OVERVIEW) : Optional.empty();
  }

  /** A report of recommendations: a report as strong as a guideline, its title naming no condition. */
  static boolean isRecommendationsReport(SourceKind source, EvidenceLevel level) {
    return source == SourceKind.REPORT && level == EvidenceLevel.GUIDELINE;
  }

  /**
   * A report of recommendations tells its background in prose around what it recommends: a
   * sentence saying what should or must be done, or what is recommended, goes to the section of
   * what it recommends — by the words that ask for each intent ({@link Intent#askedIn}), the most
   * specific first: a dose, a prevention, a test, a treatment, then a caution (a caveat named on the
   * way, "unless contraindicated", leaves what is recommended as it is); what is advised against is
   * a caution. The rest is overview, the report's background, which is not quoted.
   */
  static SectionKind recommendationSentence(String sentence) {
    if (!RECOMMENDS.matcher(sentence).find()) {
      return SectionKind.OVERVIEW;
    }
    if (SHOULD_NOT.matcher(sentence).find() || NOT_RECOMMENDED.matcher(sentence).find()) {
      // What should not be done, or is not recommended, is a caution.
      return SectionKind.CAUTIONS;
    }
    List<Intent> intents = Intent.askedIn(sentence);
    return RECOMMENDATION_PRECEDENCE.stream().filter(intents::contains).findFirst()
        .map(intent -> intent.sections().get(0)).orElse(SectionKind.MANAGEMENT);
  }

  /**
   * An overview page (MedlinePlus' one-page topics) says a little of everything: a sentence in it
   * that is plainly about symptoms, causes or treatment goes to that section.
   */
  static SectionKind overviewSentence(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, SectionKind> rule : OVERVIEW_SENTENCES) {
      if (rule.getKey().matcher(lower).find()) {
        return rule.getValue();
      }
    }
    return SectionKind.OVERVIEW;
  }

  /**
   * The parts of a drug label a question names whole ("its boxed warning", "the contraindications",
   * "in pregnancy"): it asks what that part of the label says.
   */
  static java.util.Set<String> labelPartsNamedIn(String question) {
    java.util.Set<String> words = org.galen.answer.question.Stems.of(question);
    // A part whose name is partly stop words ("Do not use") is named only as written: its stems
    // alone ("use") name nothing.
    List<String> named = LABEL_PARTS.keySet().stream()
        .filter(part -> words.containsAll(PART_STEMS.get(part)))
        .filter(part -> !WRITTEN_ONLY.containsKey(part) || WRITTEN_ONLY.get(part).matcher(question).find()).toList();
    // "boxed warning" names that part, not also "Warnings": a part inside a longer one named is not.
    return named.stream().filter(part -> named.stream().noneMatch(other -> PART_STEMS.get(other).size()
            > PART_STEMS.get(part).size() && PART_STEMS.get(other).containsAll(PART_STEMS.get(part))))
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The parts of a drug label a question asks for: those it names ({@link #labelPartsNamedIn}) and
   * those it asks for by another name ("side effects": the adverse reactions; label-part-cues.tsv).
   */
  static java.util.Set<String> labelPartsAskedIn(String question) {
    java.util.Set<String> asked = new java.util.HashSet<>(labelPartsNamedIn(question));
    PART_CUES.forEach((part, cue) -> {
      if (cue.matcher(question).find()) {
        asked.add(part);
      }
    });
    return java.util.Set.copyOf(asked);
  }

  /** The part of a drug label a passage is in: its heading before the subsection's title. */
  static String labelPart(String heading) {
    int colon = heading.indexOf(':');
    return (colon < 0 ? heading : heading.substring(0, colon)).strip();
  }

  /** Whether a passage is in a drug label's boxed warning. */
  static boolean isBoxedWarning(String heading, SourceKind source) {
    return source == SourceKind.LABEL && labelPart(heading).equals(BOXED_WARNING);
  }

  /** Whether a passage is in a drug label's dosage and administration part. */
  static boolean isDosagePart(String heading, SourceKind source) {
    return source == SourceKind.LABEL && labelPart(heading).equals(DOSAGE);
  }

  static boolean isRedFlag(String heading, String sentence) {
    return RED_FLAG_HEADING.matcher(heading).find() || RED_FLAG.matcher(sentence).find();
  }
}
