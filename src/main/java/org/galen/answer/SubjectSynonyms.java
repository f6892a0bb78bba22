package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.index.TextQuery;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;
import org.galen.source.SourceKind;

/** The other names the sources give the settled subject, for {@link TopicSettler}. Thread-safe. */
final class SubjectSynonyms {
  /** Passages searched by subject name for the reference pages about the subject, a page's many passages among them. */
  private static final int SUBJECT_PAGES_SEARCHED = 50;
  /**
   * Pages of this many different subjects listing one name among their other names make it the name
   * of a class they are filed under ("… myopathy" on the pages of several unrelated diseases), not a
   * synonym: two may be one condition's pages under two spellings; three are a list's heading.
   */
  private static final int CLASS_LISTED_BY = 3;

  private final EvidenceReader index;

  SubjectSynonyms(EvidenceReader index) {
    this.index = index;
  }

  /**
   * Reference pages list other names for their subject (MedQuAD: "Myoclonus" — "Myoclonic jerks"); a page whose
   * focus is exactly the subject (not "Myoclonus-dystonia") lends the article its synonyms, so
   * statements using them qualify too — all but initialisms ({@link VotingSources#lentNames}).
   */
  QuestionAnalysis added(QuestionAnalysis analysis, List<PassageHit> hits, SubjectMatcher subject) throws IOException {
    List<Set<String>> names = analysis.primary().nameStems();
    Map<String, Boolean> seen = new HashMap<>();
    List<String> synonyms = new ArrayList<>();
    // The pages about the subject lend their names whether or not this question's other words ranked
    // them: what a drug or condition is also called does not depend on what else was asked.
    List<StoredPassage> pages = new ArrayList<>(hits.stream().map(PassageHit::passage).toList());
    TextQuery named = new TextQuery.Builder()
        .add(TextQuery.Field.SUBJECT, analysis.primary().name(), 1f).build();
    index.searchText(named, SUBJECT_PAGES_SEARCHED).forEach(hit -> pages.add(hit.passage()));
    for (StoredPassage passage : pages) {
      // A reference page says what it is about; a local protocol (a reference without a focus) lends nothing.
      if (passage.sourceKind() != SourceKind.REFERENCE || seen.putIfAbsent(passage.docId(), true) != null
          || !subject.mentionedIn(SubjectMatcher.stemsOf(passage.title()))) {
        continue;
      }
      Optional<Document> document = index.document(passage.docId());
      document.ifPresent(d -> d.focus().stream().filter(f -> names.contains(SubjectMatcher.stemsOf(f)))
          .findFirst().ifPresent(f -> synonyms.addAll(VotingSources.lentNames(d))));
    }
    // A name the subject has already was checked, or is a vocabulary's: only new names are.
    Set<String> known = new java.util.HashSet<>();
    analysis.primary().names().forEach(name -> known.add(name.toLowerCase(java.util.Locale.ROOT)));
    Map<String, Boolean> classes = new HashMap<>();
    List<String> lent = new ArrayList<>();
    for (String synonym : synonyms) {
      if (known.add(synonym.toLowerCase(java.util.Locale.ROOT)) && !namesAClass(synonym, classes)) {
        lent.add(synonym);
      }
    }
    if (lent.isEmpty()) {
      return analysis;
    }
    Concept primary = analysis.primary();
    return analysis.withPrimary(primary.withNames(lent));
  }

  /**
   * The analysis with a subject settled from the sources' pages (a MedQuAD focus and the other names
   * its page lists) less the names that name a class it is filed under ({@link #namesAClass}); a
   * vocabulary's concept keeps its names.
   */
  QuestionAnalysis ownNamesChecked(QuestionAnalysis analysis) throws IOException {
    Concept primary = analysis.primary();
    if (analysis.followUp() || primary.origin() != Concept.Origin.MEDQUAD || primary.names().size() < 2) {
      return analysis;
    }
    Map<String, Boolean> classes = new HashMap<>();
    List<String> kept = new ArrayList<>();
    for (String name : primary.names()) {
      if (kept.isEmpty() || !namesAClass(name, classes)) {
        kept.add(name);
      }
    }
    return kept.size() == primary.names().size() ? analysis
        : analysis.withPrimary(new Concept(primary.name(), primary.origin(), primary.id(), kept, primary.broader(),
            primary.kind()));
  }

  /**
   * Whether reference pages of {@value #CLASS_LISTED_BY} different subjects or more list the name
   * among their subject's other names: then it names a class they belong to, and a source titled
   * with it is about the class, not about any one of them.
   */
  private boolean namesAClass(String name, Map<String, Boolean> checked) throws IOException {
    Boolean known = checked.get(name);
    if (known != null) {
      return known;
    }
    boolean listedByMany = listedByMany(name);
    checked.put(name, listedByMany);
    return listedByMany;
  }

  private boolean listedByMany(String name) throws IOException {
    Set<String> stems = SubjectMatcher.stemsOf(name);
    List<Listing> listing = new ArrayList<>();
    TextQuery named = new TextQuery.Builder().add(TextQuery.Field.SUBJECT, name, 1f).build();
    Set<String> read = new java.util.HashSet<>();
    for (var hit : index.searchText(named, SUBJECT_PAGES_SEARCHED)) {
      if (hit.passage().sourceKind() != SourceKind.REFERENCE || !read.add(hit.passage().docId())) {
        continue;
      }
      Optional<Document> page = index.document(hit.passage().docId());
      if (page.isPresent() && page.get().focus().stream().skip(1)
          .anyMatch(other -> SubjectMatcher.stemsOf(other).equals(stems))) {
        Listing listed = Listing.of(page.get());
        if (listing.stream().noneMatch(other -> other.sameSubject(listed, stems))) {
          listing.add(listed);
        }
        if (listing.size() >= CLASS_LISTED_BY) {
          return true;
        }
      }
    }
    return false;
  }

  /** A page listing a name: the stems of its subject's first name and of all its names. */
  private record Listing(Set<String> subject, Set<Set<String>> names) {
    static Listing of(Document page) {
      Set<Set<String>> names = new java.util.HashSet<>();
      page.focus().forEach(name -> names.add(SubjectMatcher.stemsOf(name)));
      return new Listing(SubjectMatcher.stemsOf(page.focus().get(0)), names);
    }

    /**
     * Whether two pages are of one subject: their names spelt apart ("hemophilia", "haemophilia"),
     * or one page listing the other's own name among its subject's names, unless that name is the
     * one listed ({@code listed}): a class's members never name each other, though each names the
     * class's own page; one condition's pages in several collections, a first name mangled in one
     * of them, do.
     */
    boolean sameSubject(Listing other, Set<String> listed) {
      return shorterMostlyIn(subject, other.subject)
          || !other.subject.equals(listed) && names.contains(other.subject)
          || !subject.equals(listed) && other.names.contains(subject);
    }
  }

  /**
   * Whether two names share at least two thirds of the shorter one's words: "afibrinogenemia" and
   * "congenital afibrinogenemia" are one subject's pages. Laxer than {@code
   * NamesInEvidence.sharesMost} (two thirds of the longer), on purpose: counting one subject twice
   * would take a true synonym for a class.
   */
  private static boolean shorterMostlyIn(Set<String> one, Set<String> other) {
    long shared = one.stream().filter(other::contains).count();
    return shared * 3 >= Math.min(one.size(), other.size()) * 2L;
  }
}
