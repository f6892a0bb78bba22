package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

/**
 * The hyphen-joining filter against Lucene's pattern-replace filter running the expression a
 * search cluster runs ({@link Analysis#joinedHyphen()}): the same text out, and every offset of it
 * corrected to the same place in the text in.
 */
class JoinedHyphenFilterTest {
  private static final Pattern EXPRESSION = Pattern.compile(Analysis.joinedHyphen());

  @Test
  void joinsAPrefixOrACombiningFormAndNothingElse() throws IOException {
    assertThat(read(new JoinedHyphenFilter(new StringReader("anti-venom, Vulvo-vaginal, co-trimoxazole; x-ray, "
        + "2-anti-x, well-known, pre-2000, semi- final"))))
        .isEqualTo("antivenom, Vulvovaginal, cotrimoxazole; x-ray, 2-antix, well-known, pre-2000, semi- final");
  }

  @Test
  void offsetsPointIntoTheTextAsWritten() throws IOException {
    JoinedHyphenFilter filter = new JoinedHyphenFilter(new StringReader("an anti-venom vial"));
    assertThat(read(filter)).isEqualTo("an antivenom vial");
    // "vial" starts at 13 in the output and at 14 in the text.
    assertThat(filter.correctOffset(13)).isEqualTo(14);
    assertThat(filter.correctOffset(3)).isEqualTo(3);
  }

  @Property(tries = 2000)
  void givesWhatTheExpressionGives(@ForAll("texts") String text) throws IOException {
    CharFilter expected = new PatternReplaceCharFilter(EXPRESSION, "$1", new StringReader(text));
    JoinedHyphenFilter actual = new JoinedHyphenFilter(new StringReader(text));
    String out = read(expected);
    assertThat(read(actual)).isEqualTo(out);
    List<Integer> expectedOffsets = new ArrayList<>();
    List<Integer> actualOffsets = new ArrayList<>();
    for (int offset = 0; offset <= out.length(); offset++) {
      expectedOffsets.add(expected.correctOffset(offset));
      actualOffsets.add(actual.correctOffset(offset));
    }
    assertThat(actualOffsets).isEqualTo(expectedOffsets);
  }

  /** Words of prefixes, letters of either case, digits, hyphens, spaces, accented and combining marks. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("anti", "Non", "PRE", "co", "hypo", "pseudo", "neo", "vulvo", "gastro", "oto", "ro", "to",
            "re", "inter", "semi", "para", "auto"),
        Arbitraries.strings().withChars("aoeOxyz-- 1_\u00e9\u0301\u00b7.").ofMinLength(1).ofMaxLength(6));
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  private static String read(Reader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[7];
    for (int read = reader.read(buffer); read > 0; read = reader.read(buffer)) {
      out.append(buffer, 0, read);
    }
    return out.toString();
  }
}
