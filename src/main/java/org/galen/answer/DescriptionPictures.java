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
import org.galen.source.Document;

/**
 * Which condition a description pictures, for {@link TopicSettler} and {@link Descriptions}: of the
 * conditions the evidence is about ({@link EvidenceTopics}), the one a source of which holds the
 * most telling of the question's words; or the guideline a sign with the question's other words
 * pictures. Thread-safe.
 */
final class DescriptionPictures {
  /** The question's words besides a sign a guideline must have for the sign to be that condition's picture. */
  static final int MIN_PICTURE_CUES = 2;
  /** Guideline passages read for the conditions a sign with the question's other words pictures. */
  private static final int PICTURE_PASSAGES = 30;
  /**
   * How close to the best picture of a description another must come for retrieval's weight to
   * choose between them: within a tenth of the sum of its words' rarity (for a description of a few
   * telling words, one common word more or less). Measured in docs/benchmarks.md, thirty-third pass:
   * a sixth lost a picture one telling word better; a tenth lost none of the sets it was run on.
   */
  static final double PICTURE_TOLERANCE = 0.10;

  private final EvidenceReader index;

  DescriptionPictures(EvidenceReader index) {
    this.index = index;
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
   * conditions weighing at least a {@value EvidenceTopics#DESCRIBED_FLOOR}th of the best, the one one of whose
   * sources holds the most telling of its words and cues (each weighed by its rarity in the index),
   * at least {@value #MIN_PICTURE_CUES} of them; among those within a tenth of the best ({@link
   * #PICTURE_TOLERANCE}), the one retrieval weighs most, except that a condition tied only with narrower forms of it ("Asthma in
   * Children") is named whole by the broadest, and a narrower form of a condition named in two words
   * or more that retrieval weighs more, one of whose sources holds {@value #MIN_PICTURE_CUES} of the
   * words too, is that condition; else the one weighed most among the supported. What the question
   * names (a sign, a one-word condition it does not name outright) is a sign of another condition:
   * its own pages are left out, and a source counts only when it holds the sign's name.
   */
  Optional<EvidenceTopics.Condition> described(QuestionAnalysis analysis, List<EvidenceTopics.Condition> topics, double least) throws IOException {
    Concept named = analysis.primary();
    boolean sign = named.origin() != Concept.Origin.QUESTION && !named.nameStems().isEmpty();
    Optional<EvidenceTopics.Condition> pictured = picturedBy(analysis, topics, sign, Set.of());
    return pictured.isPresent() ? pictured : EvidenceTopics.supportedWeighedMost(topics, least);
  }

  /**
   * The condition one of whose sources holds the most telling of the description, as {@link #described}
   * finds it, with the sources about what the question names competing like any other (a lay word
   * may name the subject or one sign of it), and none when no source holds enough of it.
   */
  Optional<EvidenceTopics.Condition> describedAmongAll(QuestionAnalysis analysis, List<EvidenceTopics.Condition> topics) throws IOException {
    return picturedBy(analysis, topics, false, Set.of());
  }

  /**
   * The condition a scene pictures around a drug it names, as {@link #describedAmongAll} finds it
   * with the drug's own names no word of the description (every source offered names the drug, so
   * its name tells none of them apart), nor the patient's age or weight.
   */
  Optional<EvidenceTopics.Condition> describedBeside(QuestionAnalysis analysis, List<EvidenceTopics.Condition> topics,
      Concept drug) throws IOException {
    Set<String> drugWords = new HashSet<>();
    drug.nameStems().forEach(drugWords::addAll);
    // Nor are the patient's age and weight: "8 year old" pictures nothing.
    drugWords.addAll(Stems.of(org.galen.answer.question.Patient.describedIn(analysis.question()).written()));
    return picturedBy(analysis, topics, false, drugWords);
  }

  /** How much of a description one source of a condition holds: its words, and how telling they are. */
  private record Picture(EvidenceTopics.Condition topic, int cues, double rarity) {}

  /** The condition a guideline pictures with a sign ({@link #pictured}), and how many cues it holds. */
  record GuidelinePicture(EvidenceTopics.Condition topic, int cues) {}

  private Optional<EvidenceTopics.Condition> picturedBy(QuestionAnalysis analysis, List<EvidenceTopics.Condition> topics, boolean sign,
      Set<String> leftOut) throws IOException {
    Set<String> cues = new LinkedHashSet<>(FocusWords.of(analysis.question()));
    cues.addAll(cues(analysis));
    cues.removeAll(leftOut);
    Map<String, Double> rarity = index.rarities(cues);
    Concept named = analysis.primary();
    List<Picture> ranked = new ArrayList<>();
    double top = topics.stream().mapToDouble(EvidenceTopics.Condition::weight).max().orElse(0);
    for (EvidenceTopics.Condition topic : topics) {
      if (topic.weight() * EvidenceTopics.DESCRIBED_FLOOR < top) {
        continue;
      }
      if (sign && named.namedIn(topic.stems())) {
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
          if (!sign || named.namedIn(stems)) {
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
    ranked.removeIf(picture -> picture.cues() < MIN_PICTURE_CUES);
    ranked.sort(java.util.Comparator.comparingDouble(Picture::rarity).reversed());
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    double best = ranked.get(0).rarity();
    // Sources picture a description nearly as well when their words are within a tolerance of the
    // best's: a long page holding one more of its common words is no better picture than the page
    // retrieval put first, so among those, retrieval's weight decides.
    List<EvidenceTopics.Condition> tied = ranked.stream().filter(p -> p.rarity() >= best * (1 - PICTURE_TOLERANCE))
        .map(Picture::topic).sorted(EvidenceTopics.HEAVIEST_FIRST).toList();
    // "Asthma" and "Asthma in Children" tied: one condition, named whole by the first.
    EvidenceTopics.Condition pictured = tied.stream()
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
        .max(java.util.Comparator.comparingDouble(EvidenceTopics.Condition::weight)).orElse(pictured));
  }

  /**
   * Whether one of a condition's sources holds the sign the question names and enough more of what
   * it tells ({@link #cues}: a swelling with the itch beside a rash) for the two to be
   * {@value #MIN_PICTURE_CUES} findings of one picture that source draws.
   */
  boolean holdsTheDescription(EvidenceTopics.Condition condition, QuestionAnalysis analysis) throws IOException {
    return 1 + cuesHeld(condition, analysis) >= MIN_PICTURE_CUES;
  }

  /**
   * The most of what the question tells besides its sign ({@link #cues}) that one of a condition's
   * sources holding the sign holds; -1 when none holds the sign.
   */
  int cuesHeld(EvidenceTopics.Condition condition, QuestionAnalysis analysis) throws IOException {
    Set<String> cues = cues(analysis);
    analysis.primary().nameStems().forEach(cues::removeAll);
    int most = -1;
    for (String docId : condition.docIds()) {
      Optional<Document> source = index.document(docId);
      if (source.isPresent()) {
        Set<String> stems = Stems.of(source.get().text());
        if (analysis.primary().namedIn(stems)) {
          most = Math.max(most, (int) cues.stream().filter(stems::contains).count());
        }
      }
    }
    return most;
  }

  /**
   * A sign, or a condition described in lay words, with what else the question tells of it is the
   * picture of one condition: a sign with the place it was caught (bloody urine after bathing in
   * fresh water) is the guideline naming both — urinary schistosomiasis. The guideline that names the sign and the most of the
   * question's other words ({@link #cues}) is the subject, when it has at least
   * {@value #MIN_PICTURE_CUES} of them and more than any other; a sign alone ("blood in my urine")
   * stays the subject.
   */
  Optional<GuidelinePicture> pictured(QuestionAnalysis analysis) throws IOException {
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
      if (analysis.primary().namedIn(stems)) {
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
    return EvidenceTopics.namedBy(ranked.get(0).getKey()).map(topic -> new GuidelinePicture(topic, ranked.get(0).getValue()));
  }
}
