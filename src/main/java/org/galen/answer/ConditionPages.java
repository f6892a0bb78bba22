package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Terminology;
import org.galen.index.EvidenceReader;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;

/**
 * The retrieved sources that may say which condition the evidence is about, for {@link
 * EvidenceTopics}: all but labels ({@link VotingSources#aboutConditions}) and but the reference
 * pages whose focus is, to the vocabulary, something no patient has ({@link
 * Terminology#namesNoCondition}). A page on drinking water or on a mineral, ranked for a word of
 * the question's circumstances, votes for no condition, and its rank keeps no condition behind it
 * from retrieval's margin — unless it is a page on what the question is about (a mineral asked
 * of), which stays. Thread-safe.
 */
final class ConditionPages {
  private final EvidenceReader index;
  private final Terminology terminology;

  ConditionPages(EvidenceReader index, Terminology terminology) {
    this.index = index;
    this.terminology = terminology;
  }

  /** The retrieved passages of sources that may be about a condition, in retrieval's order. */
  List<PassageHit> of(List<PassageHit> hits, QuestionAnalysis asked) throws IOException {
    Map<String, Boolean> aboutNoCondition = new HashMap<>();
    List<PassageHit> kept = new ArrayList<>();
    for (PassageHit hit : VotingSources.aboutConditions(hits)) {
      String docId = hit.passage().docId();
      if (VotingSources.asReference(hit.passage())) {
        Boolean none = aboutNoCondition.get(docId);
        if (none == null) {
          none = index.document(docId).map(Document::focus).filter(focus -> !focus.isEmpty())
              .map(focus -> terminology.namesNoCondition(focus.get(0)) && !namesSubject(focus.get(0), asked))
              .orElse(false);
          aboutNoCondition.put(docId, none);
        }
        if (none) {
          continue;
        }
      }
      kept.add(hit);
    }
    return kept;
  }

  private static boolean namesSubject(String focus, QuestionAnalysis asked) {
    Set<String> words = FocusWords.of(focus);
    return asked.primary().nameStems().stream().anyMatch(name -> !name.isEmpty() && words.containsAll(name));
  }
}
