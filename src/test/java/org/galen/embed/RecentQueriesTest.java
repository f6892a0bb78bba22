package org.galen.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentQueriesTest {
  /** An embedder written for the test: each query's vector is its length, and every run is counted. */
  private static final class Counting implements Embedder {
    final List<String> runs = new ArrayList<>();

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
      runs.addAll(passages);
      return passages.stream().map(p -> new float[] {p.length()}).toList();
    }

    @Override
    public float[] embedQuery(String query) {
      runs.add(query);
      return new float[] {query.length()};
    }

    @Override
    public void close() {}
  }

  @Test
  void aQueryEmbeddedAgainIsNotRunAgainAndItsVectorCannotBeChangedByACaller() {
    Counting model = new Counting();
    try (RecentQueries embedder = new RecentQueries(model)) {
      float[] first = embedder.embedQuery("how is it treated");
      first[0] = -1;
      float[] second = embedder.embedQuery("how is it treated");
      assertThat(second).containsExactly(17f);
      second[0] = -2;
      assertThat(embedder.embedQuery("how is it treated")).containsExactly(17f);
      assertThat(model.runs).containsExactly("how is it treated");
    }
  }

  @Test
  void onlyTheLastFewQueriesAreKeptAndPassagesNever() {
    Counting model = new Counting();
    try (RecentQueries embedder = new RecentQueries(model)) {
      embedder.embedQuery("q0");
      for (int i = 1; i <= RecentQueries.KEPT; i++) {
        embedder.embedQuery("q" + i);
      }
      embedder.embedQuery("q0");
      // The most recent are the ones kept: asked again, none runs the model again.
      for (int i = 2; i <= RecentQueries.KEPT; i++) {
        embedder.embedQuery("q" + i);
      }
      embedder.embedPassages(List.of("a passage"));
      embedder.embedPassages(List.of("a passage"));
      assertThat(model.runs).filteredOn("q0"::equals).hasSize(2);
      for (int i = 2; i <= RecentQueries.KEPT; i++) {
        assertThat(model.runs).filteredOn(("q" + i)::equals).hasSize(1);
      }
      assertThat(model.runs).filteredOn("a passage"::equals).hasSize(2);
    }
  }
}
