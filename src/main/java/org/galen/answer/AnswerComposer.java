package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.galen.index.EvidenceIndex;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.retrieve.PassageHit;
import org.galen.retrieve.Retriever;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * Builds a first structured answer from retrieved passages: the best sentences, verbatim, each
 * citing its source, guidelines first.
 *
 * <p>A sentence qualifies only if it mentions the question's focus; among those, a sentence
 * ranks by how much of the question it covers, the retrieval rank of its passage, and the
 * evidence level of its source. Near-duplicates are dropped. With nothing qualifying, the answer
 * abstains and says so rather than citing something off the subject.
 */
public final class AnswerComposer {
  static final int PASSAGES_CONSIDERED = 40;
  static final int MAX_STATEMENTS = 10;
  static final int MAX_STATEMENTS_PER_DOCUMENT = 4;
  /** The document whose title is the question's subject may say more than one that mentions it. */
  static final int MAX_STATEMENTS_FROM_DOCUMENT_ABOUT_FOCUS = 7;
  private static final double TITLE_FOCUS_WEIGHT = 0.8;
  private static final double MIN_FOCUS_COVERED = 0.5;
  /**
   * A sentence from the document that is about the question's subject (its title names all of
   * it) beats one that mentions the subject in passing: the otitis media guideline's dose lines
   * before the mastoiditis guideline's remark that it follows otitis media.
   */
  private static final double DOCUMENT_ABOUT_FOCUS_BONUS = 1.0;
  /** Retrieval rank matters, gently: the 10th passage counts half as much as the first. */
  private static final double RANK_DECAY = 10.0;
  private static final int MIN_SENTENCE_CHARS = 25;
  private static final int MAX_SENTENCE_CHARS = 700;
  private static final double DUPLICATE_OVERLAP = 0.6;
  /** Doses are read from guidelines and reference pages; a trial's arms are not recommendations. */
  private static final Set<SourceKind> DOSING_SOURCES = Set.of(SourceKind.GUIDELINE, SourceKind.REFERENCE);
  /** Statements lean on evidence more than retrieval does: a guideline sentence weighs 1.45×. */
  private static final double STATEMENT_EVIDENCE_FACTOR = 1.5;

  private final Retriever retriever;
  private final EvidenceIndex index;
  private final DoseExtractor doses;

  public AnswerComposer(Retriever retriever, EvidenceIndex index, DoseExtractor doses) {
    this.retriever = retriever;
    this.index = index;
    this.doses = doses;
  }

  /** One sentence eligible for the answer. */
  private record Candidate(StoredPassage passage, Span sentence, Set<String> stems, double score, boolean aboutFocus) {}

  public Answer answer(Question question) throws IOException {
    QuestionTerms terms = QuestionTerms.of(question.text());
    List<PassageHit> hits = retriever.retrieve(question.text(), PASSAGES_CONSIDERED);
    List<Candidate> chosen = choose(candidates(hits, terms));
    if (chosen.isEmpty()) {
      return Answer.abstained(question.text(), abstention(hits));
    }
    return cite(question, chosen);
  }

  private List<Candidate> candidates(List<PassageHit> hits, QuestionTerms terms) {
    Set<String> focus = terms.focus().isEmpty() ? terms.intent() : terms.focus();
    List<Candidate> candidates = new ArrayList<>();
    for (PassageHit hit : hits) {
      StoredPassage passage = hit.passage();
      Set<String> titleStems = QuestionTerms.stems(passage.title());
      Set<String> sectionStems = QuestionTerms.stems(passage.section());
      // A sentence is about the focus if it names it, or if its document is about it
      // (a guideline's dose line under "Acute Otitis Media" rarely repeats the condition).
      double focusInTitle = fraction(focus, titleStems) == 1.0 ? TITLE_FOCUS_WEIGHT : 0;
      for (Span sentence : passage.sentences()) {
        String text = passage.sentenceText(sentence);
        if (text.length() < MIN_SENTENCE_CHARS || text.length() > MAX_SENTENCE_CHARS) {
          continue;
        }
        Set<String> stems = QuestionTerms.stems(text);
        double focusCovered = Math.max(fraction(focus, stems), focusInTitle);
        if (focusCovered < MIN_FOCUS_COVERED) {
          continue;
        }
        double intentCovered = terms.intent().isEmpty() ? 0
            : fraction(terms.intent(), union(stems, union(sectionStems, titleStems)));
        double about = focusInTitle > 0 ? DOCUMENT_ABOUT_FOCUS_BONUS : 0;
        double score = (2 * focusCovered + 2 * intentCovered + about) * evidenceWeight(passage.evidenceLevel())
            / (1 + hit.rank() / RANK_DECAY);
        candidates.add(new Candidate(passage, sentence, stems, score, focusInTitle > 0));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return candidates;
  }

  private static List<Candidate> choose(List<Candidate> ranked) {
    List<Candidate> chosen = new ArrayList<>();
    Map<String, Integer> perDocument = new HashMap<>();
    for (Candidate candidate : ranked) {
      if (chosen.size() == MAX_STATEMENTS) {
        break;
      }
      String docId = candidate.passage().docId();
      int cap = candidate.aboutFocus() ? MAX_STATEMENTS_FROM_DOCUMENT_ABOUT_FOCUS : MAX_STATEMENTS_PER_DOCUMENT;
      if (perDocument.getOrDefault(docId, 0) >= cap
          || chosen.stream().anyMatch(c -> overlap(c.stems(), candidate.stems()) > DUPLICATE_OVERLAP)) {
        continue;
      }
      chosen.add(candidate);
      perDocument.merge(docId, 1, Integer::sum);
    }
    // Guidelines first, then by evidence level; within a level the ranking order stands.
    chosen.sort(Comparator.comparingInt(c -> c.passage().evidenceLevel().ordinal()));
    return chosen;
  }

  private Answer cite(Question question, List<Candidate> chosen) throws IOException {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    List<Dose> structuredDoses = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    for (Candidate candidate : chosen) {
      String docId = candidate.passage().docId();
      if (!numbers.containsKey(docId)) {
        Document document = index.document(docId)
            .orElseThrow(() -> new IOException("index has a passage of " + docId + " but not its document"));
        numbers.put(docId, numbers.size() + 1);
        references.add(Reference.of(numbers.get(docId), document));
      }
      Span span = candidate.sentence();
      String text = candidate.passage().sentenceText(span);
      SourceSpan source = new SourceSpan(docId, span.start(), span.end());
      statements.add(new Statement(text, List.of(numbers.get(docId)), List.of(source)));
      if (DOSING_SOURCES.contains(candidate.passage().sourceKind())) {
        structuredDoses.addAll(doses.extract(text, source, numbers.get(docId)));
      }
    }
    return Answer.cited(question.text(), statements, structuredDoses, references);
  }

  private static String abstention(List<PassageHit> hits) {
    if (hits.isEmpty()) {
      return "The indexed evidence does not address this question: no passage matched it.";
    }
    List<String> titles = hits.stream().map(h -> h.passage().title()).distinct().limit(3).toList();
    return "The indexed evidence does not address this question: no passage mentions its subject. "
        + "Closest documents found: " + String.join("; ", titles) + ".";
  }

  /** Guidelines and systematic reviews outrank single studies, on the scale retrieval re-ranks by. */
  private static double evidenceWeight(EvidenceLevel level) {
    return 1 + STATEMENT_EVIDENCE_FACTOR * level.rankingBonus();
  }

  private static double fraction(Set<String> wanted, Set<String> present) {
    if (wanted.isEmpty()) {
      return 0;
    }
    return wanted.stream().filter(present::contains).count() / (double) wanted.size();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    long shared = a.stream().filter(b::contains).count();
    int smaller = Math.min(a.size(), b.size());
    return smaller == 0 ? 0 : shared / (double) smaller;
  }
}
