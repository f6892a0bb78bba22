package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.Stems;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;

/**
 * The conditions the evidence is about, for {@link TopicSettler}: those of the best-ranked
 * guidelines and reference pages, and the one retrieval settles by its margin. Which of them a
 * description pictures is {@link DescriptionPictures}'. Thread-safe.
 */
final class EvidenceTopics {
  /** Distinct sources, best-ranked first, whose topics may settle the subject. */
  static final int TOPIC_SOURCES = 12;

  private final EvidenceReader index;

  EvidenceTopics(EvidenceReader index) {
    this.index = index;
  }

  /**
   * A condition a source is about: its name, the other names the source gives it, its content
   * stems, its support (each source about it counting the inverse of its rank), its weight (each
   * source about it counting its retrieval score, min–max normalised over the sources considered:
   * the best 1, the last 0) and those sources.
   */
  record Condition(String name, List<String> names, Set<String> stems, double support, double weight,
      Set<String> docIds) {
    /** Whether this is the condition a source's name names, or a narrower form of it, never a broader one. */
    boolean namesWhole(String name) {
      return stems.containsAll(FocusWords.of(name));
    }

    /** Whether this is the condition a source's name names: its words, or a name within them. */
    boolean isNamedBy(String name) {
      Set<String> named = FocusWords.of(name);
      return stems.containsAll(named) || named.containsAll(stems);
    }
  }

  /**
   * How far the evidence must favour one condition for retrieval to settle the subject over the
   * question's own words: the best-weighted condition, with its narrower forms, holds at least this
   * many times the weight of the next, and the best-ranked source that votes is about it. Twice: a condition
   * whose guideline ranks first against pages about others well below is settled; two sources
   * ranked nearly alike, or a first source with a close second about another condition, are not
   * (docs/benchmarks.md, Answers III).
   */
  static final double DECISIVE_MARGIN = 2.0;
  /**
   * How far behind the best-weighted condition a description may still settle on one: a tenth of
   * its weight. Weights are min–max normalised, so the last source retrieved weighs 0 whatever it
   * is; a long guideline at the bottom naming many of a description's words in passing is no rival
   * of the conditions retrieval put in front.
   */
  static final double DESCRIBED_FLOOR = 10.0;

  /**
   * The conditions the best-ranked guidelines and reference pages are about, best first. Labels
   * take no part: a label is about a drug, never a condition, and its passages ranked among the
   * sources would take their places, set the scale their scores are normalised on and, ranked first,
   * keep any condition from being {@link #decisive}.
   */
  List<Condition> of(List<PassageHit> hits) throws IOException {
    return of(hits, Map.of());
  }

  /** As {@link #of(List)}, with the reference pages already read ({@link ConditionPages}) not read again. */
  List<Condition> of(List<PassageHit> hits, Map<String, Document> pages) throws IOException {
    List<PassageHit> sources = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PassageHit hit : VotingSources.aboutConditions(hits)) {
      if (sources.size() < TOPIC_SOURCES && seen.add(hit.passage().docId())) {
        sources.add(hit);
      }
    }
    double best = sources.stream().mapToDouble(PassageHit::score).max().orElse(0);
    double last = sources.stream().mapToDouble(PassageHit::score).min().orElse(0);
    List<Condition> topics = new ArrayList<>();
    Set<String> voted = new HashSet<>();
    float previousScore = Float.NaN;
    int rank = 0;
    for (int i = 0; i < sources.size(); i++) {
      PassageHit hit = sources.get(i);
      StoredPassage passage = hit.passage();
      // Sources with equal scores share a rank: their order is the index's, not the evidence's.
      if (hit.score() != previousScore) {
        rank = i + 1;
        previousScore = hit.score();
      }
      double weight = best > last ? (hit.score() - last) / (best - last) : 1.0;
      if (VotingSources.asGuideline(passage)) {
        // A report of recommendations is titled with what it recommends, not with a condition.
        // A guideline continued in a second file is one guideline: its collection and title are its page.
        add(topics, passage.title(), List.of(passage.title()),
            vote(passage.docId(), passage.collection() + ":" + passage.title(), rank, weight, voted));
      } else if (VotingSources.asReference(passage)) {
        // A reference page that says what it is about (MedQuAD's focus and synonyms).
        Optional<Document> page = pages.containsKey(passage.docId()) ? Optional.of(pages.get(passage.docId()))
            : index.document(passage.docId());
        if (page.isPresent() && !page.get().focus().isEmpty()) {
          String focus = PageFocus.subjectOf(page.get().focus().get(0));
          String address = (page.get().url().isBlank() ? passage.docId() : page.get().url()) + "#" + focus;
          add(topics, focus, VotingSources.lentNames(page.get()), vote(passage.docId(), address, rank, weight, voted));
        }
      }
    }
    return topics;
  }

  /** A retrieved source: its document, its rank among the sources, its normalised score. */
  private record Source(String docId, int rank, double weight) {}

  /**
   * A document's vote: one page votes once, by its best-ranked document. A reference page split
   * into question–answer pairs (a consumer page's "what is", "symptoms", "treatment") is one page at
   * one address, and a guideline continued in a second file one guideline: the pairs of a page on a
   * broad condition ranked behind a guideline on the narrower one it describes are not several
   * sources against one. Later documents of a page still belong to its condition, weighing nothing.
   *
   * @param page what the document is a part of: its address and subject, or its guideline's
   *     collection and title
   * @param voted the pages that have voted, in retrieval's order (the first vote is the best-ranked)
   */
  private static Source vote(String docId, String page, int rank, double weight, Set<String> voted) {
    return voted.add(page) ? new Source(docId, rank, weight) : new Source(docId, Integer.MAX_VALUE, 0);
  }

  /**
   * The condition retrieval settles by itself: when the best-weighted condition with its narrower
   * forms holds the best-ranked source that votes, outweighs every other by {@value
   * #DECISIVE_MARGIN} times, and only research abstracts naming it rank above that source, the form
   * of it retrieval weighs most. An abstract votes for no condition, but one naming another ranked
   * first is about something else; so may be a report of recommendations, titled with what it
   * recommends, ranked first: either keeps any condition from its margin.
   */
  static Optional<Condition> decisive(List<Condition> topics, List<PassageHit> retrieved) {
    List<PassageHit> all = VotingSources.aboutConditions(retrieved);
    int firstVoting = 0;
    while (firstVoting < all.size() && !VotingSources.votes(all.get(firstVoting).passage())) {
      firstVoting++;
    }
    if (topics.isEmpty() || firstVoting == all.size()) {
      return Optional.empty();
    }
    List<PassageHit> above = all.subList(0, firstVoting);
    List<PassageHit> hits = all.subList(firstVoting, all.size());
    // A condition weighs with its narrower forms ("Asthma" with "Asthma in Children"): two pages
    // on one condition are not two rivals of a third.
    Condition top = topics.stream().max(java.util.Comparator.comparingDouble(c -> familyWeight(c, topics))).get();
    double weight = familyWeight(top, topics);
    double next = topics.stream().filter(c -> !c.stems().containsAll(top.stems()))
        .mapToDouble(c -> familyWeight(c, topics)).max().orElse(0);
    List<Condition> family = topics.stream().filter(c -> c.stems().containsAll(top.stems())).toList();
    boolean first = family.stream().anyMatch(c -> c.docIds().contains(hits.get(0).passage().docId()))
        && above.stream().allMatch(hit -> hit.passage().sourceKind() == org.galen.source.SourceKind.RESEARCH
            && namesOneOf(Stems.of(hit.passage().text()), family));
    // The family wins; the form retrieval favours most is the subject (a page on "Ear Infections"
    // does not speak for the guideline on foreign bodies in the ear that ranked first).
    Condition favoured = family.stream().max(java.util.Comparator.comparingDouble(Condition::weight)).get();
    // Known by the family's broadest name too, when that name is the favoured one's in fewer words:
    // a guideline titled "Trypanosomiasis" is about the form a page names "African Trypanosomiasis"
    // (but "Ear Infections", whose generic word only the focus drops, is no name of a bead in the ear).
    List<String> names = new ArrayList<>(favoured.names());
    if (!names.contains(top.name())
        && SubjectMatcher.stemsOf(favoured.name()).containsAll(SubjectMatcher.stemsOf(top.name()))) {
      names.add(top.name());
    }
    Condition known = new Condition(favoured.name(), names, favoured.stems(), favoured.support(), favoured.weight(),
        favoured.docIds());
    return first && weight >= DECISIVE_MARGIN * next ? Optional.of(known) : Optional.empty();
  }

  /** Whether a text's stems name one of these conditions. */
  private static boolean namesOneOf(Set<String> said, List<Condition> conditions) {
    return conditions.stream().anyMatch(c -> said.containsAll(c.stems()));
  }

  /** A condition's weight with that of its narrower forms: the conditions whose names contain its name. */
  private static double familyWeight(Condition condition, List<Condition> topics) {
    return topics.stream().filter(c -> c.stems().containsAll(condition.stems())).mapToDouble(Condition::weight).sum();
  }

  /** Conditions in the order retrieval weighs them, the heaviest first. */
  static final java.util.Comparator<Condition> HEAVIEST_FIRST =
      java.util.Comparator.comparingDouble(Condition::weight).reversed();

  /** The condition retrieval weighs most, if any. */
  static Optional<Condition> weighedMost(List<Condition> topics) {
    return topics.stream().min(HEAVIEST_FIRST);
  }

  /**
   * Among the topics with more support than {@code least}, the one retrieval weighs most (its
   * sources' normalised scores): several pages on a syndrome ranked right behind a guideline that
   * scores far ahead of them add up to more support (inverse ranks) but not to more weight.
   */
  static Optional<Condition> supportedWeighedMost(List<Condition> topics, double least) {
    return topics.stream().filter(t -> t.support() > least).max(java.util.Comparator.comparingDouble(Condition::weight));
  }

  /** The condition one source alone names, as if ranked first: a guideline a description pictures. */
  static Optional<Condition> namedBy(String title) {
    List<Condition> topic = new ArrayList<>();
    add(topic, title, List.of(title), new Source("", 1, 1.0));
    return topic.stream().findFirst();
  }

  private static void add(List<Condition> topics, String name, List<String> names, Source source) {
    // "Peptic Ulcer Disease (PUD)": a parenthesis restates the name.
    String bare = BracketedNames.withoutBrackets(name).strip();
    Set<String> stems = FocusWords.of(bare);
    if (stems.isEmpty()) {
      return;
    }
    for (int i = 0; i < topics.size(); i++) {
      Condition known = topics.get(i);
      if (known.stems().equals(stems)) {
        Set<String> docIds = new LinkedHashSet<>(known.docIds());
        docIds.add(source.docId());
        topics.set(i, new Condition(known.name(), known.names(), stems, known.support() + 1.0 / source.rank(),
            known.weight() + source.weight(), docIds));
        return;
      }
    }
    List<String> all = new ArrayList<>(List.of(bare));
    names.stream().filter(n -> !n.equals(bare)).forEach(all::add);
    topics.add(new Condition(bare, all, stems, 1.0 / source.rank(), source.weight(), Set.of(source.docId())));
  }

  /**
   * The conditions retrieval cannot tell apart: those weighing at least the best's weight divided
   * by {@value #DECISIVE_MARGIN}, the margin by which retrieval alone would settle the subject. A
   * page about a symptom further behind the condition that explains it does not make the symptom
   * what the evidence is about.
   */
  static List<Condition> contenders(List<Condition> topics) {
    double best = topics.stream().mapToDouble(Condition::weight).max().orElse(0);
    return topics.stream().filter(c -> c.weight() * DECISIVE_MARGIN >= best).toList();
  }
}
