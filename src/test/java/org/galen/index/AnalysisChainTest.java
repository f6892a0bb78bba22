package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * Galen's analysis is built from its filters' constructors; it was built by Lucene's factory
 * registry (by the filters' names, from their factories). The two must give the same tokens —
 * terms, offsets, positions, types — or every index built before would answer differently: the
 * factory-built chain is kept here, as it was, and both read the same texts.
 */
class AnalysisChainTest {
  private static final Analyzer FACTORY_ENGLISH = factoryBuilt(true);
  private static final Analyzer FACTORY_WORDS = factoryBuilt(false);

  @Test
  void theChainsAgreeOnWhatEachStepChanges() {
    String text = "The child's anaemia and oedema: co-trimoxazole 960 mg, vulvo-vaginal thrush, pre-eclampsia. "
        + "Swollen, itchy, bitten; children WERE stung (2-3 times) — tumours, paediatric haemorrhage, "
        + "Down syndrome, throwing up, can't, I'm, e-mail@example.org, 10.5 mg/kg/day, naïve Ωmega 東京.";
    assertThat(tokens(Analysis.english(), text)).isEqualTo(tokens(FACTORY_ENGLISH, text)).isNotEmpty();
    assertThat(tokens(Analysis.words(), text)).isEqualTo(tokens(FACTORY_WORDS, text)).isNotEmpty();
    for (Analyzer[] pair : new Analyzer[][] {{Analysis.english(), FACTORY_ENGLISH}, {Analysis.words(), FACTORY_WORDS}}) {
      assertThat(pair[0].getPositionIncrementGap(IndexSchema.BODY)).isEqualTo(pair[1].getPositionIncrementGap(IndexSchema.BODY));
      assertThat(pair[0].getOffsetGap(IndexSchema.BODY)).isEqualTo(pair[1].getOffsetGap(IndexSchema.BODY));
    }
  }

  @Property(tries = 3000)
  void theChainsAgreeOnAnyText(@ForAll("texts") String text) {
    assertThat(tokens(Analysis.english(), text)).isEqualTo(tokens(FACTORY_ENGLISH, text));
    assertThat(tokens(Analysis.words(), text)).isEqualTo(tokens(FACTORY_WORDS, text));
  }

  /** A wildcard or prefix query's text is lower-cased alike, and nothing else. */
  @Test
  void theChainsNormaliseAlike() {
    for (String text : List.of("Anaemia", "CO-TRIMOXAZOLE", "Children's", "Ωmega")) {
      assertThat(Analysis.english().normalize(IndexSchema.BODY, text))
          .isEqualTo(FACTORY_ENGLISH.normalize(IndexSchema.BODY, text));
      assertThat(Analysis.words().normalize(IndexSchema.BODY, text))
          .isEqualTo(FACTORY_WORDS.normalize(IndexSchema.BODY, text));
    }
  }

  /** Texts of the pieces the chain's steps act on: hyphens after prefixes, possessives, stop words, spellings. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("anti-", "co-", "pre-", "vulvo-", "non-", "-", "'s", "’s", "'", "The", "the", "my", "I",
            "can't", "down", "up", "children", "swollen", "bitten", "stung", "bled", "anaemia", "oedema",
            "diarrhoea", "dyspnoea", "amoebic", "tumour", "itchy", "organise", "paediatric", "10", "2.5", "mg/kg",
            ",", ".", ";", "(", ")", "/", "é", "Ω", "東", " "),
        Arbitraries.strings().withChars("abcdefghiklmnoprstuyzABCE-' ").ofMinLength(1).ofMaxLength(6));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(pieces -> String.join(" ", pieces));
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement()
            + "/" + length.getPositionLength() + " " + type.type());
      }
      stream.end();
      tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The chain as Analysis built it through Lucene's factory registry, before it was built by hand. */
  private static Analyzer factoryBuilt(boolean stems) {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder(
              new org.apache.lucene.util.ClasspathResourceLoader(Analysis.class.getClassLoader()))
          .addCharFilter(JoinedHyphens.class, new HashMap<>())
          .withTokenizer("standard")
          .addTokenFilter("englishPossessive")
          .addTokenFilter("lowercase");
      if (!stems) {
        return builder.build();
      }
      builder.addTokenFilter("stop", "words", "org/galen/index/english-stop.txt", "format", "snowball");
      builder.addTokenFilter(SpellingFold.class, new HashMap<>());
      return builder.addTokenFilter(StemOverrides.class, new HashMap<>()).addTokenFilter("porterStem").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final class JoinedHyphens extends CharFilterFactory {
    public JoinedHyphens(Map<String, String> args) {
      super(args);
    }

    public JoinedHyphens() {
      throw defaultCtorException();
    }

    @Override
    public java.io.Reader create(java.io.Reader input) {
      return new JoinedHyphenFilter(input);
    }
  }

  public static final class SpellingFold extends TokenFilterFactory {
    public SpellingFold(Map<String, String> args) {
      super(args);
    }

    public SpellingFold() {
      throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new SpellingFoldFilter(input);
    }
  }

  public static final class StemOverrides extends TokenFilterFactory {
    private final StemmerOverrideFilter.StemmerOverrideMap map;

    public StemOverrides(Map<String, String> args) {
      super(args);
      StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
      Analysis.stemOverrides().forEach(pair -> builder.add(pair.getKey(), pair.getValue()));
      try {
        this.map = builder.build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public StemOverrides() {
      throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new StemmerOverrideFilter(input, map);
    }
  }
}
