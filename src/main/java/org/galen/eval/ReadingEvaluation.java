package org.galen.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galen.answer.Article;
import org.galen.answer.Audience;
import org.galen.answer.ReadingGrade;

/**
 * How hard each audience's articles are to read: every question of an answer set asked fresh for
 * each audience, each article's Flesch–Kincaid grade over its statements of at least {@value
 * #MIN_WORDS} words ({@link ReadingGrade}), and the median per audience. Articles that abstain, or
 * have no statement that long, are left out of that audience's median. Items are asked in file
 * order, one audience after another, so a run is deterministic.
 */
public final class ReadingEvaluation {
  /** Statements shorter than this are list fragments, not sentences a reader reads. */
  public static final int MIN_WORDS = ReadingGrade.GRADED_WORDS;

  /** How the evaluation asks: always a new article, outside any conversation. */
  @FunctionalInterface
  public interface Asker {
    Article ask(String question, Audience audience) throws IOException;
  }

  /** One audience's articles: each graded one's grade, in item order, and how many were asked. */
  public record AudienceGrades(List<Double> grades, int asked) {
    public AudienceGrades {
      grades = List.copyOf(grades);
    }

    /** The median grade, NaN when no article was graded. */
    public double median() {
      double[] sorted = grades.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int mid = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
  }

  private final Asker asker;

  public ReadingEvaluation(Asker asker) {
    this.asker = asker;
  }

  /** Each audience's grades over the items, in the order the audiences are given. */
  public Map<Audience, AudienceGrades> run(List<AnswerItem> items, List<Audience> audiences) throws IOException {
    Map<Audience, AudienceGrades> byAudience = new LinkedHashMap<>();
    for (Audience audience : audiences) {
      List<Double> grades = new ArrayList<>();
      for (AnswerItem item : items) {
        Article article = asker.ask(item.question(), audience);
        double grade = article.abstained() ? Double.NaN
            : ReadingGrade.of(article.statements(), MIN_WORDS);
        if (!Double.isNaN(grade)) {
          grades.add(grade);
        }
      }
      byAudience.put(audience, new AudienceGrades(grades, items.size()));
    }
    return byAudience;
  }

  /** The audiences named in a comma-separated list ("patient,physician"). */
  public static List<Audience> audiences(String names) {
    return Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty())
        .map(Audience::parse).toList();
  }
}
