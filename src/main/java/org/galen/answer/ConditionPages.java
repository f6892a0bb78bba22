package org.galen.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * of), which stays. Only the sources the vote reads ({@value EvidenceTopics#TOPIC_SOURCES}) are
 * looked at; the pages read are handed on, not read again. Thread-safe.
 */
final class ConditionPages {
  /** The retrieved passages that may vote, in retrieval's order, and the reference pages read to tell. */
  record Voting(List<PassageHit> hits, Map<String, Document> pages) {
    Voting {
      hits = List.copyOf(hits);
      pages = Map.copyOf(pages);
    }
  }

  private final EvidenceReader index;
  private final Terminology terminology;

  ConditionPages(EvidenceReader index, Terminology terminology) {
    this.index = index;
    this.terminology = terminology;
  }

  /** The retrieved passages of sources that may be about a condition, in retrieval's order. */
  Voting of(List<PassageHit> hits, QuestionAnalysis asked) throws IOException {
    Map<String, Document> pages = new HashMap<>();
    Set<String> aboutNoCondition = new HashSet<>();
    Set<String> kept = new HashSet<>();
    List<PassageHit> voting = new ArrayList<>();
    for (PassageHit hit : VotingSources.aboutConditions(hits)) {
      String docId = hit.passage().docId();
      // Past the sources the vote reads, the rest is kept as retrieved: nothing reads it to vote.
      boolean pastTheVote = kept.size() >= EvidenceTopics.TOPIC_SOURCES && !kept.contains(docId);
      if (!pastTheVote && VotingSources.asReference(hit.passage()) && !pages.containsKey(docId)
          && !aboutNoCondition.contains(docId)) {
        Optional<Document> page = index.document(docId);
        if (page.isPresent() && !page.get().focus().isEmpty()
            && terminology.namesNoCondition(page.get().focus().get(0)) && !namesSubject(page.get().focus().get(0), asked)) {
          aboutNoCondition.add(docId);
        } else {
          page.ifPresent(document -> pages.put(docId, document));
        }
      }
      if (!aboutNoCondition.contains(docId)) {
        kept.add(docId);
        voting.add(hit);
      }
    }
    return new Voting(voting, pages);
  }

  private static boolean namesSubject(String focus, QuestionAnalysis asked) {
    Set<String> words = FocusWords.of(focus);
    return asked.primary().namedIn(words);
  }
}
