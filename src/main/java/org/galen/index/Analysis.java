package org.galen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

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
  /**
   * Stamped in every commit of the index ({@link #VERSION_KEY}); 1 was Lucene's plain EnglishAnalyzer,
   * 2 added the spelling fold, 3 the everyday forms of symptom words and the subject field, 4 the
   * "-pnoea", "-pnoeic" and "amoeb" spellings.
   */
  public static final String VERSION = "4";
  static final String VERSION_KEY = "galen.analysis";

  /**
   * Hyphens that join a prefix or a combining form to the rest of one word, removed before
   * tokenising so "vulvo-vaginal" and "vulvovaginal", "co-trimoxazole" and "cotrimoxazole",
   * "anti-venom" and "antivenom", "pre-eclampsia" and "preeclampsia" are one word. Character
   * filters keep offsets true to the text. A search cluster runs this expression; Galen's own
   * analysis runs {@link JoinedHyphenFilter}, which gives the same text and offsets without trying
   * each prefix at every word. The look-ahead after the word boundary changes no match (each
   * prefix is the letters right before the hyphen) but lets the cluster give up at once on a word
   * no hyphen follows.
   */
  private static final String JOINED_HYPHEN = "(?i)\\b(?=[a-z]+-[a-z])(anti|non|pre|post|co|re|intra|inter|multi|semi|"
      + "hyper|hypo|sub|peri|para|pseudo|auto|neo|[a-z]{3,}o)-(?=[a-z])";

  /**
   * Forms the Porter stemmer keeps apart: the word (after spelling) and the stem it shares. Besides
   * "children", the irregular past participles patients describe symptoms with ("swollen" and
   * "swelling", "bitten" and "bite").
   */
  private static final String STEM_OVERRIDES = "children\tchild\nswollen\tswell\nbitten\tbite\nstung\tsting\n"
      + "bled\tbleed\n";

  /**
   * English stop words, one file with its provenance: the Snowball project's list as Lucene ships
   * it — pronouns, auxiliaries and their contractions besides articles and prepositions ("my", "I",
   * "can't") — with Lucene's own short list, less the words of direction that name conditions
   * ("Down syndrome", "throwing up"). Patients write in the first person; Lucene's short list alone
   * let "my" and "I" rank the few first-person pages above those about what they described.
   */
  private static final String STOP_WORDS = "org/galen/index/english-stop.txt";

  private static final Analyzer ENGLISH = build(true);
  private static final Analyzer WORDS = build(false);

  private Analysis() {}

  /** Stems for searching and matching text: title, section and body of passages, and questions. */
  public static Analyzer english() {
    return ENGLISH;
  }

  /** Receives the stems of a text one by one, in text order. */
  @FunctionalInterface
  public interface StemSink {
    /** One stem, and where the word it came from starts and ends in the text (char offsets). */
    void accept(String stem, int start, int end);
  }

  /**
   * The stems a text's body is indexed under, in text order with the offsets of their words; stop
   * words are dropped, as the index drops them. What question matching compares with.
   */
  public static void stems(String text, StemSink sink) {
    try (TokenStream stream = ENGLISH.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether two words are indexed under the same stems ("diabetes" and "diabetic"): to retrieval
   * they are one word, so a misspelling as near to both is no ambiguity.
   */
  public static boolean stemAlike(String one, String other) {
    java.util.List<String> first = new java.util.ArrayList<>();
    java.util.List<String> second = new java.util.ArrayList<>();
    stems(one, (stem, start, end) -> first.add(stem));
    stems(other, (stem, start, end) -> second.add(stem));
    return !first.isEmpty() && first.equals(second);
  }

  /** Whole lower-case words, no stop words, no stems: the spelling dictionary of the index. */
  public static Analyzer words() {
    return WORDS;
  }

  /**
   * The chain built from its filters' constructors, not looked up by name through Lucene's factory
   * registry: finding the factories scans the class path's service files, a tenth of a second of a
   * start without a class-data archive (none with one: docs/benchmarks.md, thirty-first pass).
   * {@code AnalysisChainTest} holds it to the factory-built chain it replaced, token for token.
   */
  private static Analyzer build(boolean stems) {
    org.apache.lucene.analysis.CharArraySet stopSet = stems ? stopSet() : null;
    org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap overrides =
        stems ? overrideMap() : null;
    return new Analyzer() {
      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new JoinedHyphenFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        org.apache.lucene.analysis.standard.StandardTokenizer source =
            new org.apache.lucene.analysis.standard.StandardTokenizer();
        TokenStream stream = new org.apache.lucene.analysis.en.EnglishPossessiveFilter(source);
        stream = new org.apache.lucene.analysis.LowerCaseFilter(stream);
        if (stems) {
          stream = new org.apache.lucene.analysis.StopFilter(stream, stopSet);
          stream = new SpellingFoldFilter(stream);
          stream = new org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter(stream, overrides);
          stream = new org.apache.lucene.analysis.en.PorterStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
      }

      /** What a wildcard or prefix query's text goes through: lower case, as the chain's one per-character step. */
      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new org.apache.lucene.analysis.LowerCaseFilter(in);
      }
    };
  }

  private static org.apache.lucene.analysis.CharArraySet stopSet() {
    return new org.apache.lucene.analysis.CharArraySet(stopWords(), false);
  }

  private static org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap overrideMap() {
    org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder builder =
        new org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder(false);
    stemOverrides().forEach(pair -> builder.add(pair.getKey(), pair.getValue()));
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build Galen's stem overrides", e);
    }
  }

  /**
   * A digest of everything the analysis is made of (its version, Lucene's, stop words, joined
   * hyphens, spelling rules and stem overrides): equal digests give equal stems, so stems kept from an
   * earlier run can be trusted while it is unchanged.
   */
  public static String fingerprint() {
    StringBuilder made = new StringBuilder(VERSION).append('\n').append(org.apache.lucene.util.Version.LATEST)
        .append('\n').append(JOINED_HYPHEN).append('\n');
    stopWords().forEach(word -> made.append(word).append(' '));
    spellingRules().forEach(rule -> made.append('\n').append(rule.getKey()).append('\t').append(rule.getValue()));
    made.append('\n').append(STEM_OVERRIDES);
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(made.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Every stop word of the analysis, for a search cluster's stop filter. */
  public static java.util.List<String> stopWords() {
    java.util.Set<String> words = new java.util.TreeSet<>();
    for (String resource : java.util.List.of(STOP_WORDS)) {
      try (java.io.InputStream in = Analysis.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing stop word list " + resource);
        }
        org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(
            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)).forEach(w -> words.add(
                new String((char[]) w)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return java.util.List.copyOf(words);
  }

  /**
   * The hyphens removed before tokenising ({@link #JOINED_HYPHEN}), as a Java regular expression
   * whose group 1 is kept: for a search cluster's pattern-replace character filter.
   */
  public static String joinedHyphen() {
    return JOINED_HYPHEN;
  }

  /** The spelling rules of {@link SpellingFoldFilter}, in the order they apply: pattern, then replacement. */
  public static java.util.List<Map.Entry<String, String>> spellingRules() {
    return SpellingFoldFilter.rules();
  }

  /** The stem overrides: each word and the stem it is given. */
  public static java.util.List<Map.Entry<String, String>> stemOverrides() {
    return java.util.Arrays.stream(STEM_OVERRIDES.split("\n")).map(line -> line.split("\t"))
        .map(pair -> Map.entry(pair[0], pair[1])).toList();
  }
}
