package org.galen.answer;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.index.EvidenceReader;
import org.galen.source.Document;
import org.galen.source.SourceKind;

/**
 * A report's reference list is not evidence: from the "References" heading that opens its list of
 * cited works to the tables and figures printed after it, a report's sentences name the works it cites —
 * their titles read like findings ("Successful intermittent chemoprophylaxis for …") but say
 * nothing the report does. Each report's text is read once per article. Not thread-safe: one per
 * article.
 */
final class ReferenceLists {
  /**
   * The heading, then what shows its first entry a citation: an author with initials ("References
   * Sattler FR, Cowan R"), a journal's year;volume:pages or "et al." soon after, or a group author's
   * sentence followed by a year ("References CDC. National surveillance for asthma, 1980–2004").
   * Never the notice "References to non-CDC sites on the Internet are provided…".
   */
  private static final Pattern LIST_START = Pattern.compile("\\bReferences\\s+(?=(?:1\\.\\s*)?\\p{Lu}[\\p{L}'-]+ "
      + "\\p{Lu}{1,3}[,.]|.{0,300}?(?:(?:19|20)\\d\\d;\\s*\\d+(?:\\(\\d+\\))?:\\d+|\\bet al\\.)|(?:1\\.\\s*)?"
      + "\\p{Lu}[^.]{1,80}\\.\\s[^.]{5,200}?\\b(?:19|20)\\d\\d\\b)", Pattern.DOTALL);
  /** What a report prints after its list: its tables, figures and boxes, which are its own content. */
  private static final Pattern LIST_END = Pattern.compile("\\b(?:TABLE|FIGURE|BOX)\\b");

  /** Where a report's reference list runs in its text. */
  private record Span(int start, int end) {
    boolean overlaps(org.galen.passage.Span sentence) {
      return sentence.end() > start && sentence.start() < end;
    }
  }

  private static final Span NONE = new Span(Integer.MAX_VALUE, Integer.MAX_VALUE);

  private final EvidenceReader index;
  private final Map<String, Span> lists = new HashMap<>();

  ReferenceLists(EvidenceReader index) {
    this.index = index;
  }

  /** The candidates that are not in a report's reference list. */
  List<Candidate> without(List<Candidate> candidates) throws IOException {
    List<Candidate> kept = new java.util.ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      // A sentence running into the heading ("…Atlanta, GA 30333 References Gould MS, …") goes too.
      if (c.passage().sourceKind() != SourceKind.REPORT || !list(c.docId()).overlaps(c.sentence())) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Where the report's reference list runs: from its heading to its first table, figure or box. */
  private Span list(String docId) throws IOException {
    Span known = lists.get(docId);
    if (known == null) {
      Optional<String> text = index.document(docId).map(Document::text);
      Matcher start = text.map(LIST_START::matcher).orElse(null);
      known = NONE;
      if (start != null && start.find()) {
        Matcher end = LIST_END.matcher(text.get());
        known = new Span(start.start(), end.find(start.end()) ? end.start() : Integer.MAX_VALUE);
      }
      lists.put(docId, known);
    }
    return known;
  }
}
