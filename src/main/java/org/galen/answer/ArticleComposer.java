package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.Populations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Terminology;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.retrieve.Retriever;
import org.galen.source.SourceKind;

/**
 * Writes an article from the evidence: retrieves passages for the analysed question, keeps the
 * sentences that mention its subject, puts each in the section its source gave it, takes the
 * bottom line from the highest-level source about the subject, the whole medication list from the
 * leading guideline, and the rest by maximal marginal relevance. Galen's own words appear only in
 * notes, glosses' MeSH lines and suggested follow-ups, never in statements. Thread-safe.
 */
public final class ArticleComposer {
  static final int PASSAGES_CONSIDERED = 40;
  /** Where guideline lines carry doses: the bottom line, management (thrombolysis) and medications. */
  private static final List<SectionKind> DOSE_SECTIONS = List.of(SectionKind.GUIDELINES, SectionKind.MANAGEMENT,
      SectionKind.MEDICATIONS);

  /** The sections of an article that says nothing beyond its first lines. */
  private static final Set<SectionKind> BOTTOM_LINE_ONLY = EnumSet.of(SectionKind.GUIDELINES,
      SectionKind.BOXED_WARNING, SectionKind.URGENT_CARE);

  private final Retriever retriever;
  private final EvidenceReader index;
  private final TopicSettler topics;
  private final EvidenceQuery query;
  private final SubjectSources sources;
  private final Terminology terminology;
  private final LeadingSource leading;
  private final DoseCollector doses;
  private final Glossary glossary;
  private final BottomLine bottomLines;
  private final LabelLedScope labelLed;
  private final BoxedWarnings warnings;
  private final DrugDictionary drugs;

  /**
   * @param terminology what the vocabularies say of names ({@link
   *     org.galen.answer.question.QuestionAnalyzer#terminology()}): the topic step reads it, never the
   *     question reader itself
   */
  public ArticleComposer(Retriever retriever, EvidenceReader index, Terminology terminology, DoseExtractor extractor,
      DrugDictionary drugs) {
    this(retriever, retriever, index, terminology, extractor, drugs, java.util.Optional::empty);
  }

  /**
   * @param names the retriever that finds the sources about a subject by its name (alone, and with
   *     what is asked): a lexical one where the question's is hybrid, as a name is matched by its words
   * @param embedder the model dense retrieval embeds with, once one is loaded: the bottom line's
   *     best statements are then told apart by their meaning ({@link MeaningOrder})
   */
  public ArticleComposer(Retriever retriever, Retriever names, EvidenceReader index, Terminology terminology,
      DoseExtractor extractor, DrugDictionary drugs,
      java.util.function.Supplier<java.util.Optional<org.galen.embed.Embedder>> embedder) {
    this.retriever = retriever;
    this.index = index;
    this.topics = new TopicSettler(terminology, index);
    this.query = new EvidenceQuery(terminology);
    this.sources = new SubjectSources(names, index);
    this.terminology = terminology;
    this.leading = new LeadingSource(index);
    this.doses = new DoseCollector(extractor, drugs);
    this.glossary = new Glossary(retriever);
    this.bottomLines = new BottomLine(drugs, MeaningOrder.of(embedder));
    this.labelLed = new LabelLedScope(drugs);
    this.warnings = new BoxedWarnings(index, drugs);
    this.drugs = drugs;
  }

  /**
   * An article and the question as the evidence resolved it (an abbreviation expanded, the subject
   * narrowed to "acute otitis media", synonyms added): what a follow-up should inherit.
   *
   * @param evidence each cited document's text fingerprint ({@link Fingerprint}), for staleness checks
   */
  public record Composition(Article article, QuestionAnalysis understood, Map<String, String> evidence, Topic topic) {}

  public Article compose(QuestionAnalysis asked, Audience audience) throws IOException {
    return composition(asked, audience).article();
  }

  public Composition composition(QuestionAnalysis asked, Audience audience) throws IOException {
    // read question (done) → gather evidence → settle topic → pick statements → write article
    List<PassageHit> hits = retriever.retrieve(query.text(asked), PASSAGES_CONSIDERED);
    Topic topic = topics.settle(asked, hits);
    QuestionAnalysis analysis = topic.analysis();
    Citations citations = new Citations(index);
    // Each reference page's headings are read once for the ask, whichever subjects are tried.
    PageParts parts = new PageParts(index);
    Article article = topic.abstention().isPresent()
        ? abstention(analysis, audience, "The indexed evidence does not address this question: no indexed source "
            + "mentions \"" + topic.abstention().get() + "\".")
        : article(analysis, audience, hits, citations, parts, topic.labelLeads(), false);
    if (article.abstained() && topic.general().isPresent()) {
      // The sources about exactly "gonorrhea in females" say nothing of what was asked: the article
      // is about gonorrhea, and its scope note says "females" is in no statement.
      analysis = topic.general().get();
      citations = new Citations(index);
      article = article(analysis, audience, hits, citations, parts, false, false);
    }
    Topic settled = topic;
    // Nothing the sources about the settled subject say answers, yet the question names nothing the
    // evidence lacks: a condition retrieval weighs more answers rather than no article; then what
    // the settled subject is, when what helps was asked; then a condition weighed no more. A topic
    // that abstains for a name the evidence lacks has no alternatives: it stays an abstention.
    Composition tried = firstAnswering(new Composition(article, analysis, citations.fingerprints(), topic),
        settled.alternatives().heavierOnes(), "more", audience, hits, parts);
    if (tried.article().abstained() && settled.abstention().isEmpty()
        && settled.analysis().asks(Intent.TREATMENT)) {
      // Saying what the settled condition is, with a note that this is all its sources say, beats an
      // article on a condition the question may not have that happens to say what helps.
      Citations told = new Citations(index);
      Article overview = article(settled.analysis(), audience, hits, told, parts, settled.labelLeads(), true);
      if (!overview.abstained()) {
        Note gap = new Note("gap", "The sources cited have no section on what helps: this article says what the "
            + "condition is.", List.of());
        tried = new Composition(ArticleNotes.withNote(overview, gap), settled.analysis(), told.fingerprints(),
            settled.withReason("no source says what helps: the article says what " + settled.analysis().subject()
                + " is"));
      }
    }
    tried = firstAnswering(tried, settled.alternatives().lighterOnes(), "as much", audience, hits, parts);
    Article shown = ArticleNotes.withSpellingNote(tried.article(), tried.understood());
    return new Composition(shown, tried.understood(), tried.evidence(), tried.topic());
  }

  /**
   * The first of {@code alternatives} whose article answers, when {@code tried}'s abstains; {@code
   * tried} when none answers (its subject is what a follow-up inherits).
   */
  private Composition firstAnswering(Composition tried, List<QuestionAnalysis> alternatives, String weighed,
      Audience audience, List<PassageHit> hits, PageParts parts) throws IOException {
    for (QuestionAnalysis alternative : alternatives) {
      if (!tried.article().abstained()) {
        return tried;
      }
      Citations cited = new Citations(index);
      Article article = article(alternative, audience, hits, cited, parts, false, false);
      if (!article.abstained()) {
        return new Composition(article, alternative, cited.fingerprints(), tried.topic().withReason(
            "its sources say nothing of what is asked: the article is about " + alternative.subject()
                + ", which retrieval weighs " + weighed));
      }
    }
    return tried;
  }

  /**
   * @param besidesAnswer whether sections told beside the answer ({@link WantedSections#besides}) may
   *     make the article on their own
   */
  private Article article(QuestionAnalysis analysis, Audience audience, List<PassageHit> hits, Citations citations,
      PageParts parts, boolean labelLeads, boolean besidesAnswer) throws IOException {
    SubjectMatcher subject = SubjectMatcher.of(analysis, terminology);
    CandidateFinder finder = new CandidateFinder(subject, audience, parts);
    boolean described = subject.describedIn(analysis);
    List<PassageHit> evidence = sources.aboutSubject(hits, analysis, asking(analysis, described));
    finder = finder.alsoAbout(sources.pagesOn(evidence, analysis));
    ReferenceLists referenceLists = new ReferenceLists(index);
    List<Candidate> all = referenceLists.without(finder.find(evidence));
    if (all.isEmpty()) {
      return abstention(analysis, audience, hits);
    }
    LeadingSource.Lead chosen = leading.choose(all, evidence, subject, analysis, labelLeads);
    Optional<String> lead = chosen.docId();
    if (chosen.underAnotherName()) {
      finder = finder.alsoAbout(lead.get());
    }
    // The leading source is read whole: retrieval brings back passages, but a medication list or a
    // guideline's clinical features should not come in pieces.
    if (lead.isPresent()) {
      all = referenceLists.without(withWholeDocument(all, lead.get(), finder));
    }
    if (chosen.ofAClass()) {
      String leading = lead.get();
      all = all.stream().filter(c -> !c.docId().equals(leading) || subject.mentionedIn(c.stems())
          || !terminology.namesOtherDisease(c.text(), analysis.primary())).toList();
    }
    if (analysis.primary().kind() == Concept.Kind.DRUG && labelLeads(lead, all)) {
      // A drug's label leads: the article is the drug's.
      all = labelLed.within(all, lead.get(), analysis, subject);
    }
    // Asked about an infant or a newborn, the fixed dose of a drug the sources dose them with otherwise.
    all = InfantDoses.withoutOlderPatientsDoses(all, analysis.question(), drugs);
    Set<SectionKind> answering = WantedSections.of(analysis, audience, described);
    Set<SectionKind> wanted = EnumSet.copyOf(answering);
    wanted.addAll(WantedSections.besides(analysis, described));
    List<Candidate> relevant = all.stream().filter(c -> wanted.contains(c.section())).toList();
    if (relevant.stream().noneMatch(c -> (besidesAnswer ? wanted : answering).contains(c.section()))) {
      return abstention(analysis, audience, hits);
    }
    return write(analysis, audience, relevant, lead, all, hits, citations, subject);
  }

  private Article write(QuestionAnalysis analysis, Audience audience, List<Candidate> relevant, Optional<String> lead,
      List<Candidate> all, List<PassageHit> hits, Citations citations, SubjectMatcher subject) throws IOException {
    Map<SectionKind, List<Candidate>> chosen = Antecedents.placed(
        choose(relevant, all, lead, analysis, audience, subject));
    // An OTC label's directions are written for the one who buys the drug: no audience goes without them.
    Set<String> forBuyers = LabelKinds.overTheCounter(chosen.values().stream().flatMap(List::stream).toList(),
        citations);
    if (!audience.fullDosing()) {
      // Two dose lines of one drug become the same name: it is said once.
      chosen.replaceAll((kind, statements) -> statements.stream()
          .map(c -> forBuyers.contains(c.docId()) ? Optional.of(c) : WithheldDoses.withoutDoses(c))
          .flatMap(Optional::stream).filter(distinctText()).toList());
      chosen.values().removeIf(List::isEmpty);
    }
    List<Section> sections = new ArrayList<>();
    for (Map.Entry<SectionKind, List<Candidate>> entry : chosen.entrySet()) {
      List<Statement> statements = new ArrayList<>();
      for (Candidate candidate : entry.getValue()) {
        statements.add(citations.statement(candidate, Citations.sameWordsInOtherLabels(candidate, all)));
      }
      sections.add(new Section(SectionTitles.of(entry.getKey(), entry.getValue(), citations), entry.getKey().kind(),
          statements));
    }
    List<Candidate> medications = chosen.getOrDefault(SectionKind.MEDICATIONS, List.of());
    List<Note> notes = new ArrayList<>();
    List<Populations.Group> asked = AskedPeople.of(analysis);
    doses.conflict(medications, citations.numbers(), title -> AskedPeople.titledForOthers(title, asked))
        .ifPresent(notes::add);
    GapNotes.scope(analysis, chosen).ifPresent(notes::add);
    LabelKinds.differing(citations.documentsByNumber()).ifPresent(notes::add);
    List<Candidate> dosing = DOSE_SECTIONS.stream().flatMap(kind -> chosen.getOrDefault(kind, List.of()).stream()).toList();
    List<Dose> structured = audience.fullDosing() ? doses.collect(dosing, citations.numbers()) : List.of();
    if (audience.fullDosing()) {
      GapNotes.missingDose(analysis, structured, chosen).ifPresent(notes::add);
    }
    boolean dosingAsked = analysis.asks(Intent.TREATMENT) || analysis.asks(Intent.DOSING);
    if (!audience.fullDosing() && dosingAsked && all.stream().anyMatch(c -> c.section() == SectionKind.MEDICATIONS)
        && !medications.stream().allMatch(c -> forBuyers.contains(c.docId()))) {
      notes.add(new Note("dosing", "Doses are left out for this audience: the prescriber sets them for each patient.",
          List.of()));
    }
    List<Gloss> glosses = audience.glossed() ? glosses(analysis, hits, citations) : List.of();
    Set<SectionKind> withEvidence = all.stream().map(Candidate::section).collect(Collectors.toSet());
    return new Article(analysis.typed(), resolvedQuestion(analysis), audience, false, sections, structured,
        citations.references(), notes, glosses,
        FollowUpSuggester.suggest(analysis, withEvidence, terminology::namesAProcedure), audience.disclaimer());
  }

  /** Bottom line first, then each wanted section in reading order, no sentence twice. */
  private Map<SectionKind, List<Candidate>> choose(List<Candidate> relevant, List<Candidate> all,
      Optional<String> lead, QuestionAnalysis analysis, Audience audience, SubjectMatcher subject) throws IOException {
    Map<SectionKind, List<Candidate>> chosen = new java.util.LinkedHashMap<>();
    List<Candidate> used = new ArrayList<>();
    String source = lead.orElse(relevant.get(0).docId());
    List<Candidate> bottomLine = bottomLines.choose(all, source, analysis, subject);
    if (!bottomLine.isEmpty()) {
      chosen.put(SectionKind.GUIDELINES, bottomLine);
      used.addAll(bottomLine);
    }
    // A leading label's boxed warning comes right after the answer, before anything else the article
    // says; so does that of a drug the answer gives, from the drug's label.
    List<Candidate> boxed = lead.map(label -> BoxedWarnings.ofLabel(all, label)).orElse(List.of()).stream()
        .filter(c -> !used.contains(c)).toList();
    if (boxed.isEmpty() && !labelLeads(lead, all)) {
      boxed = warnings.forDrugsIn(bottomLine);
    }
    if (!boxed.isEmpty()) {
      chosen.put(SectionKind.BOXED_WARNING, boxed);
      used.addAll(boxed);
    }
    for (SectionKind kind : SectionKind.values()) {
      pick(kind, relevant, lead, audience, chosen, used);
    }
    if (lead.isPresent() && chosen.containsKey(SectionKind.GUIDELINES)
        && chosen.keySet().stream().allMatch(BOTTOM_LINE_ONLY::contains) && isReferencePage(lead.get(), all)) {
      // Nothing but the bottom line answers under the sections asked for: a consumer page says
      // everything in one summary, and the rest of it is what the article has to say around those
      // lines — what the condition is, how it shows, what is done — in reading order.
      List<Candidate> page = all.stream().filter(c -> c.docId().equals(lead.get())).toList();
      // When to seek care keeps its place among the sections, as in any article.
      List<Candidate> urgent = chosen.remove(SectionKind.URGENT_CARE);
      for (SectionKind kind : SectionKind.values()) {
        if (kind == SectionKind.URGENT_CARE && urgent != null) {
          chosen.put(kind, urgent);
        } else if (WantedSections.OVERVIEW.contains(kind)) {
          pick(kind, page, lead, audience, chosen, used);
        }
      }
    }
    return chosen;
  }

  /** A section's statements from a pool, none said already; put into {@code chosen} when any. */
  private static void pick(SectionKind kind, List<Candidate> from, Optional<String> lead, Audience audience,
      Map<SectionKind, List<Candidate>> chosen, List<Candidate> used) {
    List<Candidate> pool = from.stream().filter(c -> c.section() == kind && !used.contains(c)).toList();
    if (pool.isEmpty()) {
      return;
    }
    List<Candidate> picked = SectionStatements.picked(kind, pool, lead, used, audience);
    if (!picked.isEmpty()) {
      chosen.put(kind, picked);
      used.addAll(picked);
    }
  }

  /** Whether a source is a reference page (a consumer page, a rare disease's page), not a guideline or label. */
  private static boolean isReferencePage(String docId, List<Candidate> all) {
    return all.stream().anyMatch(c -> c.docId().equals(docId) && c.passage().sourceKind() == SourceKind.REFERENCE);
  }

  /** Whether the leading source is a drug's label. */
  private static boolean labelLeads(Optional<String> lead, List<Candidate> all) {
    return lead.isPresent() && all.stream()
        .anyMatch(c -> c.docId().equals(lead.get()) && c.passage().sourceKind() == SourceKind.LABEL);
  }

  /** Adds the sentences of the leading source that retrieval did not bring back (its whole drug list). */
  private List<Candidate> withWholeDocument(List<Candidate> candidates, String docId, CandidateFinder finder)
      throws IOException {
    Map<Candidate.SourceSpanKey, Candidate> byKey = new java.util.LinkedHashMap<>();
    candidates.forEach(c -> byKey.putIfAbsent(c.key(), c));
    for (StoredPassage passage : index.passages(docId)) {
      finder.inPassage(passage, PASSAGES_CONSIDERED).forEach(c -> byKey.putIfAbsent(c.key(), c));
    }
    List<Candidate> merged = new ArrayList<>(byKey.values());
    merged.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return merged;
  }

  /**
   * What the question asks of its subject, in words a search reads: its intents, or for a description
   * asking nothing, what helps ({@link WantedSections}).
   */
  private static String asking(QuestionAnalysis analysis, boolean described) {
    if (analysis.intents().isEmpty()) {
      return described ? Intent.TREATMENT.label() : "";
    }
    return analysis.intents().stream().map(Intent::label).collect(java.util.stream.Collectors.joining(" "));
  }

  private static java.util.function.Predicate<Candidate> distinctText() {
    Set<String> seen = new java.util.HashSet<>();
    return candidate -> seen.add(candidate.text());
  }

  private List<Gloss> glosses(QuestionAnalysis analysis, List<PassageHit> hits, Citations citations) throws IOException {
    List<Gloss> glosses = new ArrayList<>();
    for (Glossary.Found found : glossary.glossesFor(analysis.concepts(), hits)) {
      Statement statement = citations.statement(found.sentence());
      glosses.add(new Gloss(found.term(), found.sentence().text(), Optional.of(statement.citations().get(0)),
          Optional.of(statement.sources().get(0))));
    }
    return glosses;
  }

  private Article abstention(QuestionAnalysis analysis, Audience audience, List<PassageHit> hits) {
    String found = hits.stream().map(h -> h.passage().title()).distinct().limit(3).collect(Collectors.joining("; "));
    String subject = analysis.subject().isBlank() ? "its subject" : "\"" + analysis.subject() + "\"";
    return abstention(analysis, audience, hits.isEmpty()
        ? "The indexed evidence does not address this question: no passage matched it."
        : "The indexed evidence does not address this question: no source that mentions " + subject
            + " says anything about what was asked. Closest documents found: " + found + ".");
  }

  private static Article abstention(QuestionAnalysis analysis, Audience audience, String text) {
    return new Article(analysis.typed(), resolvedQuestion(analysis), audience, true, List.of(), List.of(),
        List.of(), List.of(new Note("abstention", text, List.of())), List.of(), List.of(), audience.disclaimer());
  }

  /** The question as understood: its corrected wording, or for a follow-up what it asks of which subject. */
  public static String resolvedQuestion(QuestionAnalysis analysis) {
    if (!analysis.followUp()) {
      return analysis.question();
    }
    String intents = analysis.intents().stream().map(Intent::label).collect(Collectors.joining(" and "));
    return (intents.isEmpty() ? "" : intents + " of ") + analysis.subject() + ": " + analysis.question();
  }
}
