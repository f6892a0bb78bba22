package org.galen.passage;

import java.util.ArrayList;
import java.util.List;
import org.galen.source.Document;
import org.galen.source.Section;

/**
 * Cuts a document into section-aware passages: whole sentences, never crossing a section, up to
 * about {@value #TARGET_CHARS} characters (a sentence longer than that is a passage alone).
 *
 * <p>The size was chosen on SciFact (docs/benchmarks.md): 1,000 characters beat 600 for BM25,
 * dense and hybrid alike, and beat 1,500 for hybrid; sentence spans inside each passage still
 * give the answer composer sentence-level citations.
 * Not thread-safe (it owns a {@link SentenceSplitter}): one instance per thread.
 */
public final class PassageSplitter {
  static final int TARGET_CHARS = 1000;

  private final SentenceSplitter sentences = new SentenceSplitter();

  public List<Passage> split(Document document) {
    List<Passage> passages = new ArrayList<>();
    String text = document.text();
    for (Section section : document.sections()) {
      List<Span> group = new ArrayList<>();
      for (Span sentence : sentences.split(text, section.start(), section.end())) {
        if (!group.isEmpty() && sentence.end() - group.get(0).start() > TARGET_CHARS) {
          passages.add(passage(document, passages.size(), section, group));
          group = new ArrayList<>();
        }
        group.add(sentence);
      }
      if (!group.isEmpty()) {
        passages.add(passage(document, passages.size(), section, group));
      }
    }
    return passages;
  }

  private static Passage passage(Document document, int ordinal, Section section, List<Span> group) {
    Span span = new Span(group.get(0).start(), group.get(group.size() - 1).end());
    return new Passage(document.docId(), ordinal, section.title(), span, group);
  }
}
