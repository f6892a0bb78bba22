package org.galen.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.galen.embed.Embedder;
import org.galen.source.SourceKind;

/**
 * How near a few statements come, in meaning, to what was asked — by the embedding model dense
 * retrieval searches with, the question read as a query and each statement as a passage. Words
 * shared with the question rank the bottom line's statements, but two lines sharing as many may
 * answer different things (how often to turn a patient, against which risks to address), and a line
 * may answer in other words (amylase for "which blood test"): their meaning tells them apart. A tie
 * breaker, not a ranking: it weighs half a word shared, and only among statements scoring within
 * that of the second best. Without the model (BM25 retrieval loads none) no
 * statement is nearer than another. Thread-safe when the embedder is.
 */
final class MeaningOrder {
  /** The best-scored statements the meaning reorders. */
  static final int SHORTLIST = 5;
  /**
   * What the nearest of the shortlist gains over the farthest, nearness min–max scaled between
   * them: half a word of the question shared ({@link BottomLine} counts 2 for each). Weights from
   * 0.5 to 1.5 chose the same statements on the development and fresh sets (docs/benchmarks.md).
   */
  static final double WEIGHT = 1;

  private final Supplier<Optional<Embedder>> embedder;

  private MeaningOrder(Supplier<Optional<Embedder>> embedder) {
    this.embedder = embedder;
  }

  /**
   * The order of the embedding model, once one is loaded (auto retrieval loads it when the vectors
   * are complete); until then, as {@link #none()}.
   */
  static MeaningOrder of(Supplier<Optional<Embedder>> embedder) {
    return new MeaningOrder(embedder);
  }

  /** No model: every statement is as near to the question as any other. */
  static MeaningOrder none() {
    return new MeaningOrder(Optional::empty);
  }

  /**
   * Of statements ranked best first, those the meaning can reorder: of the first {@value
   * #SHORTLIST}, those scoring within {@value #WEIGHT} of the second (about the last the bottom line
   * quotes). A guideline lists its drugs in its order of choice, first-line first: of its drug
   * list's lines among them only the first it lists is reordered, so that the meaning never puts a
   * drug the guideline lists later (an agent for years of prevention) before one it lists first
   * (what treats the attack). None when fewer than two are left: the model is then not run.
   */
  static List<Candidate> reorderable(List<Candidate> ranked, java.util.function.ToDoubleFunction<Candidate> score) {
    if (ranked.size() < 2) {
      return List.of();
    }
    double second = score.applyAsDouble(ranked.get(1));
    List<Candidate> close = ranked.stream().limit(SHORTLIST).filter(c -> score.applyAsDouble(c) >= second - WEIGHT)
        .toList();
    List<Candidate> reorderable = close.stream().filter(c -> !listedLater(c, close)).toList();
    return reorderable.size() >= 2 ? reorderable : List.of();
  }

  /** Whether a guideline's drug-list line comes after another line of the same list among {@code others}. */
  private static boolean listedLater(Candidate line, List<Candidate> others) {
    return line.section() == SectionKind.MEDICATIONS && line.passage().sourceKind() == SourceKind.GUIDELINE
        && others.stream().anyMatch(other -> other != line && other.docId().equals(line.docId())
            && other.section() == SectionKind.MEDICATIONS && other.sentence().start() < line.sentence().start());
  }

  /**
   * Each statement's gain: {@value #WEIGHT} for the nearest to the question, 0 for the farthest,
   * the others between by their nearness; nothing without a model or with fewer than two.
   */
  Map<Candidate, Double> gains(String question, List<Candidate> statements) {
    Map<Candidate, Double> gains = new HashMap<>();
    Optional<Embedder> model = embedder.get();
    if (model.isEmpty() || statements.size() < 2) {
      return gains;
    }
    float[] asked = model.get().embedQuery(question);
    List<float[]> said = model.get().embedPassages(statements.stream().map(Candidate::text).toList());
    double[] nearness = new double[statements.size()];
    double least = Double.POSITIVE_INFINITY;
    double most = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < nearness.length; i++) {
      nearness[i] = cosine(asked, said.get(i));
      least = Math.min(least, nearness[i]);
      most = Math.max(most, nearness[i]);
    }
    if (most <= least) {
      return gains;
    }
    for (int i = 0; i < nearness.length; i++) {
      gains.merge(statements.get(i), WEIGHT * (nearness[i] - least) / (most - least), Math::max);
    }
    return gains;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
  }
}
