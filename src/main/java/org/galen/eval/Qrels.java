package org.galen.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Relevance judgements: topic id → (document sourceId → grade). Reads TREC qrels
 * ({@code qid 0 docid grade}) or derives them from SciFact claims JSONL: a claim's relevant
 * documents are the keys of {@code evidence}, else its {@code cited_doc_ids}, all with grade 1.
 */
public record Qrels(Map<String, Map<String, Integer>> judgements) {
  private static final ObjectReader READER = org.galen.json.Jackson.reader();

  public Qrels {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgements.forEach((topic, docs) -> copy.put(topic, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
    judgements = Collections.unmodifiableMap(copy);
  }

  public Map<String, Integer> of(String topicId) {
    return judgements.getOrDefault(topicId, Map.of());
  }

  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
    LineFiles.forEachLine(file, (line, number) -> {
      if (line.stripLeading().startsWith("{")) {
        addClaim(line, file, number, judgements);
      } else {
        addTrecLine(line, file, number, judgements);
      }
    });
    if (judgements.isEmpty()) {
      throw new IOException(file + " holds no relevance judgements");
    }
    return new Qrels(judgements);
  }

  private static void addTrecLine(String line, Path file, int lineNumber, Map<String, Map<String, Integer>> out)
      throws IOException {
    String[] fields = line.strip().split("\\s+");
    if (fields.length != 4) {
      throw new IOException(file + " line " + lineNumber + ": expected TREC qrels 'qid 0 docid grade'");
    }
    try {
      out.computeIfAbsent(fields[0], k -> new LinkedHashMap<>()).put(fields[2], Integer.parseInt(fields[3]));
    } catch (NumberFormatException e) {
      throw new IOException(file + " line " + lineNumber + ": grade '" + fields[3] + "' is not an integer", e);
    }
  }

  private static void addClaim(String line, Path file, int lineNumber, Map<String, Map<String, Integer>> out)
      throws IOException {
    JsonNode claim = READER.readTree(line);
    if (!claim.hasNonNull("id")) {
      throw new IOException(file + " line " + lineNumber + ": SciFact claim without \"id\"");
    }
    Map<String, Integer> relevant = new LinkedHashMap<>();
    JsonNode evidence = claim.path("evidence");
    evidence.fieldNames().forEachRemaining(docId -> relevant.put(docId, 1));
    if (relevant.isEmpty()) {
      claim.path("cited_doc_ids").forEach(docId -> relevant.put(docId.asText(), 1));
    }
    if (!relevant.isEmpty()) {
      out.put(claim.get("id").asText(), relevant);
    }
  }
}
