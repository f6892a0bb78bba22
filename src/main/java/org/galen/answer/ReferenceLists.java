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
 * cited works (an author and initials follow it), a report's sentences name the papers it cites —
 * their titles read like findings ("Successful intermittent chemoprophylaxis for …") but say
 * nothing the report does. Each report's text is read once per article. Not thread-safe: one per
 * article.
 */
final class ReferenceLists {
  /** The heading, then the first entry's author: "References Sattler FR, Cowan R" or "References 1. Sattler FR". */
  private static final Pattern LIST_START = Pattern.compile(
      "\\bReferences\\s+(?=(?:1\\.\\s*)?\\p{Lu}[\\p{L}'-]+ \\p{Lu}{1,3}[,.])");

  private final EvidenceReader index;
  private final Map<String, Integer> starts = new HashMap<>();

  ReferenceLists(EvidenceReader index) {
    this.index = index;
  }

  /** The candidates that are not in a report's reference list. */
  List<Candidate> without(List<Candidate> candidates) throws IOException {
    List<Candidate> kept = new java.util.ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      // A sentence running into the heading ("…Atlanta, GA 30333 References Gould MS, …") goes too.
      if (c.passage().sourceKind() != SourceKind.REPORT || c.sentence().end() <= start(c.docId())) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Where the report's reference list starts in its text; past its end when it has none. */
  private int start(String docId) throws IOException {
    Integer known = starts.get(docId);
    if (known == null) {
      Optional<Document> report = index.document(docId);
      Matcher list = report.map(d -> LIST_START.matcher(d.text())).orElse(null);
      known = list != null && list.find() ? list.start() : Integer.MAX_VALUE;
      starts.put(docId, known);
    }
    return known;
  }
}
