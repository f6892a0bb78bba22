package org.galen.index.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.galen.index.Analysis;
import org.opensearch.client.opensearch.indices.IndexSettingsAnalysis;

/**
 * Galen's two analyzers ({@link Analysis#english()} and {@link Analysis#words()}) as an OpenSearch
 * index's analysis settings, {@code galen_english} and {@code galen_words}, built from the same
 * definitions with OpenSearch's own filters: the hyphen pattern, possessives, lower case, English
 * stop words, each spelling rule as a {@code pattern_replace} in order, the stem overrides and
 * Porter stems. {@code OpenSearchParityTest} holds the cluster's tokens to Lucene's.
 */
final class OpenSearchAnalysis {
  static final String ENGLISH = "galen_english";
  static final String WORDS = "galen_words";
  private static final String JOINED_HYPHEN = "galen_joined_hyphen";
  private static final String POSSESSIVE = "galen_possessive";

  private OpenSearchAnalysis() {}

  static IndexSettingsAnalysis settings() {
    IndexSettingsAnalysis.Builder analysis = new IndexSettingsAnalysis.Builder();
    analysis.charFilter(JOINED_HYPHEN, filter -> filter.definition(definition -> definition.patternReplace(
        pattern -> pattern.pattern(Analysis.joinedHyphen()).replacement("$1"))));
    analysis.filter(POSSESSIVE, filter -> filter.definition(definition -> definition.stemmer(stemmer -> stemmer
        .language("possessive_english"))));
    analysis.filter("galen_stop", filter -> filter.definition(definition -> definition.stop(stop -> stop
        .stopwords(Analysis.stopWords()))));
    List<String> chain = new ArrayList<>(List.of(POSSESSIVE, "lowercase", "galen_stop"));
    List<Map.Entry<String, String>> rules = Analysis.spellingRules();
    for (int i = 0; i < rules.size(); i++) {
      Map.Entry<String, String> rule = rules.get(i);
      analysis.filter("galen_fold_" + i, filter -> filter.definition(definition -> definition.patternReplace(
          pattern -> pattern.pattern(rule.getKey()).replacement(rule.getValue()).all(true))));
      chain.add("galen_fold_" + i);
    }
    List<String> overrides = Analysis.stemOverrides().stream().map(pair -> pair.getKey() + " => " + pair.getValue())
        .toList();
    analysis.filter("galen_stem_overrides", filter -> filter.definition(definition -> definition.stemmerOverride(
        override -> override.rules(overrides))));
    chain.add("galen_stem_overrides");
    chain.add("porter_stem");
    analysis.analyzer(ENGLISH, analyzer -> analyzer.custom(custom -> custom.charFilter(JOINED_HYPHEN)
        .tokenizer("standard").filter(chain)));
    analysis.analyzer(WORDS, analyzer -> analyzer.custom(custom -> custom.charFilter(JOINED_HYPHEN)
        .tokenizer("standard").filter(POSSESSIVE, "lowercase")));
    return analysis.build();
  }
}
