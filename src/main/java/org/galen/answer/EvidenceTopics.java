package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.index.EvidenceReader;
import org.galen.index.StoredPassage;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;

/**
 * The conditions the evidence is about, for {@link TopicSettler}: those of the best-ranked
 * guidelines and reference pages, and the one a sign with the question's other words pictures.
 * Thread-safe.
 */
final class EvidenceTopics {
  /** Distinct sources, best-ranked first, whose topics may settle the subject. */
  private static final int TOPIC_SOURCES = 12;
  /** The question's words besides a sign a guideline must have for the sign to be that condition's picture. */
  static final int MIN_PICTURE_CUES = 2;
  /** Guideline passages read for the conditions a sign with the question's other words pictures. */
  private static final int PICTURE_PASSAGES = 30;

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
   * How close to the best picture of a description another must come for retrieval's weight to
   * choose between them: within a tenth of its telling words' rarity (one common word more or less).
   */
  static final double PICTURE_TOLERANCE = 0.10;

  /**
   * The conditions the best-ranked guidelines and reference pages are about, best first. Labels
   * take no part: a label is about a drug, never a condition, and its passages ranked among the
   * sources would take their places, set the scale their scores are normalised on and, ranked first,
   * keep any condition from being {@link #decisive}.
   */
  List<Condition> of(List<PassageHit> hits) throws IOException {
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
        Optional<Document> page = index.document(passage.docId());
        if (page.isPresent() && !page.get().focus().isEmpty()) {
          String focus = page.get().focus().get(0);
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
   * What a question tells of the condition besides naming a sign: its qualifiers, the clinical
   * words for its lay words, and what its other concepts are kinds of (a river is fresh water, the
   * water a guideline says an infection is caught in; running is exercise, an asthma trigger).
   */
  static Set<String> cues(QuestionAnalysis analysis) {
    Set<String> cues = new LinkedHashSet<>(analysis.qualifiers());
    cues.addAll(FocusWords.of(analysis.addedWords()));
    analysis.others().stream().filter(c -> c.kind() == Concept.Kind.OTHER)
        .forEach(c -> c.broader().forEach(b -> cues.addAll(FocusWords.of(b))));
    return cues;
  }

  /**
   * A description in the question's own words (a complaint and what brings it on): among the
   * conditions weighing at least a {@value #DESCRIBED_FLOOR}th of the best, the one one of whose
   * sources holds the most telling of its words and cues (each weighed by its rarity in the index),
   * at least {@value #MIN_PICTURE_CUES} of them; among those within {@value #PICTURE_TOLERANCE} of
   * the best, the one retrieval weighs most, except that a condition tied only with narrower forms of it ("Asthma in
   * Children") is named whole by the broadest, and a narrower form of a condition named in two words
   * or more that retrieval weighs more, one of whose sources holds {@value #MIN_PICTURE_CUES} of the
   * words too, is that condition; else the one weighed most among the supported. What the question
   * names (a sign, a one-word condition it does not name outright) is a sign of another condition:
   * its own pages are left out, and a source counts only when it holds the sign's name.
   */
  Optional<Condition> described(QuestionAnalysis analysis, List<Condition> topics, double least) throws IOException {
    Concept named = analysis.primary();
    boolean sign = named.origin() != Concept.Origin.QUESTION && !named.nameStems().isEmpty();
    Optional<Condition> pictured = picturedBy(analysis, topics, sign);
    return pictured.isPresent() ? pictured : supportedWeighedMost(topics, least);
  }

  /**
   * The condition one of whose sources holds the most telling of the description, as {@link #described}
   * finds it, with the sources about what the question names competing like any other (a lay word
   * may name the subject or one sign of it), and none when no source holds enough of it.
   */
  Optional<Condition> describedAmongAll(QuestionAnalysis analysis, List<Condition> topics) throws IOException {
    return picturedBy(analysis, topics, false);
  }

  /** How much of a description one source of a condition holds: its words, and how telling they are. */
  private record Picture(Condition topic, int cues, double rarity) {}

  private Optional<Condition> picturedBy(QuestionAnalysis analysis, List<Condition> topics, boolean sign)
      throws IOException {
    Set<String> cues = new LinkedHashSet<>(FocusWords.of(analysis.question()));
    cues.addAll(cues(analysis));
    Map<String, Double> rarity = index.rarities(cues);
    Concept named = analysis.primary();
    List<Picture> ranked = new ArrayList<>();
    double top = topics.stream().mapToDouble(Condition::weight).max().orElse(0);
    for (Condition topic : topics) {
      if (topic.weight() * DESCRIBED_FLOOR < top) {
        continue;
      }
      if (sign && named.nameStems().stream().anyMatch(topic.stems()::containsAll)) {
        continue;
      }
      // One source must picture the description: a condition with many pages gains nothing by their
      // number. Its words count by how telling they are: "pearly" and "umbilicated" picture a rash
      // that "little" and "year" do not.
      Picture best = new Picture(topic, 0, 0);
      for (String docId : topic.docIds()) {
        Optional<Document> source = index.document(docId);
        if (source.isPresent()) {
          Set<String> stems = Stems.of(source.get().text());
          if (!sign || named.nameStems().stream().anyMatch(stems::containsAll)) {
            List<String> held = cues.stream().filter(stems::contains).toList();
            double telling = held.stream().mapToDouble(rarity::get).sum();
            // A source holding too little of the description pictures nothing, however rare its words.
            if (held.size() >= MIN_PICTURE_CUES && telling > best.rarity()) {
              best = new Picture(topic, held.size(), telling);
            }
          }
        }
      }
      ranked.add(best);
    }
    // A stable sort: among equals, the condition whose source ranks first comes first.
    ranked.removeIf(picture -> picture.cues() < MIN_PICTURE_CUES);
    ranked.sort(java.util.Comparator.comparingDouble(Picture::rarity).reversed());
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    double best = ranked.get(0).rarity();
    // Sources picture a description nearly as well when their words are within a tolerance of the
    // best's: a long page holding one more of its common words is no better picture than the page
    // retrieval put first, so among those, retrieval's weight decides.
    List<Condition> tied = ranked.stream().filter(p -> p.rarity() >= best * (1 - PICTURE_TOLERANCE))
        .map(Picture::topic).sorted(HEAVIEST_FIRST).toList();
    // "Asthma" and "Asthma in Children" tied: one condition, named whole by the first.
    Condition pictured = tied.stream()
        .filter(t -> tied.stream().allMatch(other -> other.stems().containsAll(t.stems())))
        .findFirst().orElse(tied.get(0));
    // A narrower form of a condition retrieval weighs more is that condition, the broader name's
    // sources (its guideline) about it as much as the page on the form that pictures it best — when
    // the broader name is a condition's, not a one-word class of them ("Rash", "Diabetes"), and its
    // source pictures the description too.
    return Optional.of(ranked.stream()
        .filter(broader -> broader.topic().weight() > pictured.weight()
            && pictured.stems().containsAll(broader.topic().stems()) && broader.topic().stems().size() > 1
            && broader.cues() >= MIN_PICTURE_CUES)
        .map(Picture::topic)
        .max(java.util.Comparator.comparingDouble(Condition::weight)).orElse(pictured));
  }

  /**
   * Whether one of a condition's sources holds the sign the question names and enough more of what
   * it tells ({@link #cues}: a swelling with the itch beside a rash) for the two to be
   * {@value #MIN_PICTURE_CUES} findings of one picture that source draws.
   */
  boolean holdsTheDescription(Condition condition, QuestionAnalysis analysis) throws IOException {
    Set<String> cues = cues(analysis);
    analysis.primary().nameStems().forEach(cues::removeAll);
    for (String docId : condition.docIds()) {
      Optional<Document> source = index.document(docId);
      if (source.isPresent()) {
        Set<String> stems = Stems.of(source.get().text());
        boolean holdsSign = analysis.primary().nameStems().stream().anyMatch(stems::containsAll);
        if (holdsSign && 1 + cues.stream().filter(stems::contains).count() >= MIN_PICTURE_CUES) {
          return true;
        }
      }
    }
    return false;
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

  /**
   * A sign, or a condition described in lay words, with what else the question tells of it is the
   * picture of one condition: a sign with the place it was caught (bloody urine after bathing in
   * fresh water) is the guideline naming both — urinary schistosomiasis. The guideline that names the sign and the most of the
   * question's other words ({@link #cues}) is the subject, when it has at least
   * {@value #MIN_PICTURE_CUES} of them and more than any other; a sign alone ("blood in my urine")
   * stays the subject.
   */
  Optional<Condition> pictured(QuestionAnalysis analysis) throws IOException {
    Concept sign = analysis.primary();
    boolean described = sign.kind() == Concept.Kind.SYMPTOM
        || sign.origin() == Concept.Origin.LAY && sign.kind() == Concept.Kind.CONDITION;
    if (!described || analysis.followUp()) {
      return Optional.empty();
    }
    Set<String> cues = cues(analysis);
    String retrieval = analysis.retrievalText();
    analysis.primary().nameStems().forEach(cues::removeAll);
    if (cues.size() < MIN_PICTURE_CUES) {
      return Optional.empty();
    }
    Map<String, Integer> cuesByTitle = new HashMap<>();
    Set<String> read = new HashSet<>();
    for (StoredPassage passage : index.guidelinePassagesMatching(retrieval, PICTURE_PASSAGES)) {
      Optional<Document> guideline = read.add(passage.docId()) ? index.document(passage.docId()) : Optional.empty();
      if (guideline.isEmpty()) {
        continue;
      }
      Set<String> stems = Stems.of(guideline.get().text());
      if (analysis.primary().nameStems().stream().anyMatch(stems::containsAll)) {
        cuesByTitle.merge(guideline.get().title(), (int) cues.stream().filter(stems::contains).count(), Math::max);
      }
    }
    List<Map.Entry<String, Integer>> ranked = cuesByTitle.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_PICTURE_CUES
        || ranked.size() > 1 && ranked.get(1).getValue() >= ranked.get(0).getValue()) {
      return Optional.empty();
    }
    List<Condition> topic = new ArrayList<>();
    add(topic, ranked.get(0).getKey(), List.of(ranked.get(0).getKey()), new Source("", 1, 1.0));
    return topic.stream().findFirst();
  }
}
