package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.galen.answer.question.WordLists;
import org.junit.jupiter.api.Test;

/**
 * A word list's lines, each compiled alone and matched against the text with its ASCII capitals
 * lowered, find what the one case-insensitive alternation of them finds.
 */
class AnyLineTest {
  private static final List<String> NOT_STATEMENTS = WordLists.lines(CandidateFinder.NOT_STATEMENTS);
  private static final Pattern ALTERNATION = Pattern.compile("(?i)(" + String.join("|", NOT_STATEMENTS) + ")");
  private static final AnyLine LINES = AnyLine.of(NOT_STATEMENTS, "not-statements.txt");

  /** Texts of the pieces the lines look for, in any case, among words and characters they do not. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("Orphanet", "MedlinePlus", "see the", "VISIT our", "web site",
        "Web pages", "www.", "click HERE", "for more information", "press the Escape (Esc) button", "key",
        "More on: ", "Table below", "this page", "the video", "Watch the Video", "?", ":", " ", "  ", ".", "\n",
        "Frothosis", "is treated with", "Zelbamide", "İ", "ß", "é", "K", "\u212Aey", "\u2126", "ſee the", "clİck here",
        "on", "at", "the", "find", "go to",
        "clinical trials", "ClinicalTrials.gov", "gene review", "GeneReviews", "listed as", "these resources");
    return pieces.list().ofMinSize(0).ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Property(tries = 3000)
  void findsWhatTheCaseInsensitiveAlternationFinds(@ForAll("texts") String text) {
    assertThat(LINES.foundIn(text)).as(text).isEqualTo(ALTERNATION.matcher(text).find());
  }

  @Test
  void aLineIsFoundWhateverTheCaseOfTheText() {
    assertThat(LINES.foundIn("For more information, VISIT THE Web Site of the society.")).isTrue();
    assertThat(LINES.foundIn("Frothosis is treated with zelbamide for five days.")).isFalse();
    assertThat(AnyLine.asciiLowerCase("ÀB İc")).isEqualTo("Àb İc");
  }

  @Test
  void aLineThatCouldMatchACapitalOrFoldCaseItselfIsRefused() {
    for (String line : List.of("Orphanet", "\\p{Lu}\\w+", "\\p{Alpha}", "(?i)orphanet", "(?-i)abc", "(?u)k", "(?x)a b",
        "[A-Z]{2,}", "[0-_]", "[\\x41-\\x5a]", "\\x41", "\\u0041", "\\0101", "\\N{latin capital letter a}",
        "\\Q\\S\\E", "(a)\\1", "(?<name>a)", "caf\u00e9", "[a-z&&[^b]]", "[a")) {
      assertThatThrownBy(() -> AnyLine.of(List.of(line), "test.txt")).as(line)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("lower case");
    }
    AnyLine read = AnyLine.of(List.of("\\bwww\\.\\S+", "^more on:", "[a-z]+\\\\", "(?:see|visit) [^.]{0,9}site",
        "[-a-f0-9]+ key$"), "test.txt");
    assertThat(read.foundIn("WWW.x.org")).as("upper-case shorthands match letters of either case").isTrue();
    assertThat(read.foundIn("Visit The Site")).isTrue();
    assertThat(read.foundIn("press the F1 key")).isTrue();
  }
}
