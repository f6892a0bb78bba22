package org.galen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The one English analysis of Galen's text, used by indexing, by search and by question matching
 * ({@code answer.question.Stems}), so "is this word indexed?" can never disagree with how the index
 * was built. Lucene's English chain (standard tokens, possessives, lower case, English stop words,
 * Porter stems) with what English stemming keeps apart that a reader would not: British and
 * American spellings ({@link SpellingFoldFilter}: "anaemia"/"anemia", "oedema"/"edema",
 * "tumour"/"tumor", "-ise"/"-ize") and a few irregular forms ("children"/"child").
 *
 * <p>Analyzers are immutable and thread-safe; these are built once. A change here changes the
 * terms of every index: {@link #VERSION} goes up with it, and an index stamped with another
 * version is refused until it is re-ingested.
 */
public final class Analysis {
  /** Stamped in every commit of the index ({@link #VERSION_KEY}); 1 was Lucene's plain EnglishAnalyzer. */
  public static final String VERSION = "2";
  static final String VERSION_KEY = "galen.analysis";

  /**
   * Hyphens that join a prefix or a combining form to the rest of one word, removed before
   * tokenising so "vulvo-vaginal" and "vulvovaginal", "co-trimoxazole" and "cotrimoxazole",
   * "anti-venom" and "antivenom", "pre-eclampsia" and "preeclampsia" are one word. Character
   * filters keep offsets true to the text.
   */
  private static final String JOINED_HYPHEN = "(?i)\\b(anti|non|pre|post|co|re|intra|inter|multi|semi|hyper|hypo|sub|"
      + "peri|para|pseudo|auto|neo|[a-z]{3,}o)-(?=[a-z])";

  /** Forms the Porter stemmer keeps apart: the word (after spelling) and the stem it shares. */
  private static final String STEM_OVERRIDES = "children\tchild\n";

  private static final Analyzer ENGLISH = build(true);
  private static final Analyzer WORDS = build(false);

  private Analysis() {}

  /** Stems for searching and matching text: title, section and body of passages, and questions. */
  public static Analyzer english() {
    return ENGLISH;
  }

  /** Whole lower-case words, no stop words, no stems: the spelling dictionary of the index. */
  public static Analyzer words() {
    return WORDS;
  }

  private static Analyzer build(boolean stems) {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
          .addCharFilter("patternReplace", "pattern", JOINED_HYPHEN, "replacement", "$1")
          .withTokenizer("standard")
          .addTokenFilter("englishPossessive")
          .addTokenFilter("lowercase");
      if (!stems) {
        return builder.build();
      }
      builder.addTokenFilter("stop");
      builder.addTokenFilter(SpellingFold.class, new java.util.HashMap<>());
      return builder
          .addTokenFilter(StemOverrides.class, new java.util.HashMap<>())
          .addTokenFilter("porterStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build Galen's English analysis", e);
    }
  }

  /** {@link SpellingFoldFilter} for the analyzer builder. */
  public static final class SpellingFold extends org.apache.lucene.analysis.TokenFilterFactory {
    public SpellingFold(Map<String, String> args) {
      super(args);
    }

    /** For Lucene's service loader, which this factory is never registered with. */
    public SpellingFold() {
      throw defaultCtorException();
    }

    @Override
    public org.apache.lucene.analysis.TokenStream create(org.apache.lucene.analysis.TokenStream input) {
      return new SpellingFoldFilter(input);
    }
  }

  /** A stemmer-override filter whose dictionary is {@link #STEM_OVERRIDES}, not a file. */
  public static final class StemOverrides extends org.apache.lucene.analysis.TokenFilterFactory {
    private final org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap map;

    public StemOverrides(Map<String, String> args) {
      super(args);
      org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder builder =
          new org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder(false);
      for (String line : STEM_OVERRIDES.split("\n")) {
        String[] pair = line.split("\t");
        builder.add(pair[0], pair[1]);
      }
      try {
        this.map = builder.build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** For Lucene's service loader, which this factory is never registered with. */
    public StemOverrides() {
      throw defaultCtorException();
    }

    @Override
    public org.apache.lucene.analysis.TokenStream create(org.apache.lucene.analysis.TokenStream input) {
      return new org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter(input, map);
    }
  }
}
