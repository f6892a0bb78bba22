package org.galen.passage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits medical text into sentences with offsets: Apache OpenNLP's English model (from its Maven
 * artifact), corrected where it over-splits medical prose.
 *
 * <p>OpenNLP breaks after "et al.", "vs.", "e.g.", "Fig." and similar abbreviations, and between
 * a number's digits ("2." | "5 mg"); those splits are merged back, as is any split whose right
 * side starts like a continuation (lower case, digit, bracket). Unit abbreviations that often end
 * a sentence ("30 min.") are deliberately not in the list. A line break is always a
 * boundary: the readers keep one list item, heading or paragraph per line.
 *
 * <p>Not thread-safe (OpenNLP's detector keeps state): use one instance per thread. The model
 * itself is shared and immutable.
 */
public final class SentenceSplitter {
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SHARED_MODEL = loadModel();

  /**
   * Words that end with a period without ending the sentence, lower case, without that period.
   * Unit abbreviations that often do end a sentence ("30 min.") are deliberately absent.
   */
  private static final Set<String> ABBREVIATIONS = Set.of("al", "vs", "v", "e.g", "i.e", "cf", "fig", "figs", "tab",
      "ref", "approx", "ca", "vol", "dr", "prof", "mr", "mrs", "ms", "st", "jr", "sr", "inc", "ltd", "co", "corp",
      "dept", "univ", "incl", "resp", "sp", "spp", "eq");

  private final SentenceDetectorME detector = new SentenceDetectorME(SHARED_MODEL);

  private static SentenceModel loadModel() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + MODEL + " missing from the classpath");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP sentence model " + MODEL, e);
    }
  }

  /** Sentences of {@code text[from, to)}, as spans into {@code text}, whitespace trimmed. */
  public List<Span> split(String text, int from, int to) {
    List<Span> sentences = new ArrayList<>();
    int lineStart = from;
    while (lineStart < to) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 || newline > to ? to : newline;
      splitLine(text, lineStart, lineEnd, sentences);
      lineStart = lineEnd + 1;
    }
    return sentences;
  }

  public List<Span> split(String text) {
    return split(text, 0, text.length());
  }

  private void splitLine(String text, int from, int to, List<Span> out) {
    String line = text.substring(from, to);
    if (line.isBlank()) {
      return;
    }
    Span pending = null;
    for (opennlp.tools.util.Span raw : detector.sentPosDetect(line)) {
      Span sentence = trim(text, from + raw.getStart(), from + raw.getEnd());
      if (sentence.length() == 0) {
        continue;
      }
      if (pending != null && isFalseBoundary(pending.of(text), sentence.of(text))) {
        pending = new Span(pending.start(), sentence.end());
      } else {
        if (pending != null) {
          out.add(pending);
        }
        pending = sentence;
      }
    }
    if (pending != null) {
      out.add(pending);
    }
  }

  static boolean isFalseBoundary(String left, String right) {
    char last = left.charAt(left.length() - 1);
    char first = right.charAt(0);
    if (last != '.') {
      // OpenNLP only breaks after sentence-final punctuation; anything else is a mis-split.
      return last != '?' && last != '!' && last != ':' && last != '"' && last != ')' || startsLikeContinuation(right);
    }
    return endsWithAbbreviation(left) || startsLikeContinuation(right)
        || Character.isDigit(first) && left.length() > 1 && Character.isDigit(left.charAt(left.length() - 2));
  }

  /** "... et al." / "... e.g." / "... Fig." — the word before the final period is a known abbreviation. */
  private static boolean endsWithAbbreviation(String left) {
    int wordStart = left.length() - 1;
    while (wordStart > 0 && !Character.isWhitespace(left.charAt(wordStart - 1)) && left.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    String word = left.substring(wordStart, left.length() - 1).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word);
  }

  /** Lower case, a digit, or a bracket or comma: the text goes on, it does not start a sentence. */
  private static boolean startsLikeContinuation(String right) {
    char first = right.charAt(0);
    return Character.isLowerCase(first) || Character.isDigit(first) || "%([,;:)".indexOf(first) >= 0
        || right.startsWith("mg ") || right.startsWith("mL ");
  }

  /** Whitespace, and a list item's bullet ("- ", "• ", "* "), are not part of the sentence. */
  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (end - start > 2 && "-•*".indexOf(text.charAt(start)) >= 0 && text.charAt(start + 1) == ' ') {
      start += 2;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
