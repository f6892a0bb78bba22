package org.galen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.galen.embed.Embedder;
import org.galen.passage.Passage;
import org.galen.source.Document;

/**
 * The second, resumable phase of ingest: embeds every passage whose vector is pending and
 * stores it in the same index. BM25 is usable before it starts; hybrid retrieval once it ends.
 *
 * <p>Works in batches of whole documents (about {@value #BATCH_PASSAGES} passages per model call),
 * committing every {@value #COMMIT_EVERY_SECONDS} s: a
 * killed run resumes where the last commit left it, because progress is the index itself (each
 * passage is {@code pending} or {@code done}), not a separate checkpoint that could disagree.
 */
public final class VectorPhase {
  public static final int BATCH_PASSAGES = 128;
  private static final long COMMIT_EVERY_SECONDS = 30;

  /** Receives progress in passages. */
  public interface Progress {
    void embedded(long done, long total);
  }

  private final EvidenceWriter indexer;
  private final Embedder embedder;
  private final Progress progress;

  public VectorPhase(EvidenceWriter indexer, Embedder embedder, Progress progress) {
    this.indexer = indexer;
    this.embedder = embedder;
    this.progress = progress;
  }

  /** Embeds every pending passage; returns how many were embedded. */
  public long run() throws IOException {
    ExecutorService helper = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "galen-vector-io");
      thread.setDaemon(true);
      return thread;
    });
    // One view of the pending work for the whole phase: the documents to embed are known up front.
    try (PendingVectors pending = indexer.pendingVectors()) {
      return run(pending, helper);
    } finally {
      Ingestion.stopWithoutInterrupting(helper);
    }
  }

  /**
   * The model keeps both cores busy. So that they never wait on the index between model calls, the
   * {@code helper} thread reads the next batch and writes the previous one while a batch embeds.
   */
  private long run(PendingVectors pending, ExecutorService helper) throws IOException {
    Map<String, Integer> passagesPerDoc = pending.documents();
    long total = passagesPerDoc.values().stream().mapToLong(Integer::longValue).sum();
    List<List<String>> batches = batches(passagesPerDoc);
    long done = 0;
    long lastCommit = System.nanoTime();
    Future<?> writing = CompletableFuture.completedFuture(null);
    Future<List<StoredDocument>> next = batches.isEmpty() ? null : helper.submit(() -> load(pending, batches.get(0)));
    for (int i = 0; i < batches.size(); i++) {
      List<StoredDocument> batch = await(next);
      await(writing);
      int following = i + 1;
      next = following < batches.size() ? helper.submit(() -> load(pending, batches.get(following))) : null;
      List<float[]> vectors = embed(batch);
      writing = helper.submit(() -> {
        write(batch, vectors);
        return null;
      });
      done += vectors.size();
      progress.embedded(Math.min(done, total), total);
      if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(COMMIT_EVERY_SECONDS)) {
        await(writing);
        indexer.commit();
        lastCommit = System.nanoTime();
      }
    }
    await(writing);
    indexer.commit();
    return done;
  }

  /** Documents with pending passages, in index order, grouped into batches of about {@value #BATCH_PASSAGES} passages. */
  private static List<List<String>> batches(Map<String, Integer> passagesPerDoc) {
    List<List<String>> batches = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    int passages = 0;
    for (java.util.Map.Entry<String, Integer> doc : passagesPerDoc.entrySet()) {
      batch.add(doc.getKey());
      passages += doc.getValue();
      if (passages >= BATCH_PASSAGES) {
        batches.add(batch);
        batch = new ArrayList<>();
        passages = 0;
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** Reads the documents of one batch; orphaned passages (no document record) are deleted, never embedded. */
  private List<StoredDocument> load(PendingVectors pending, List<String> docIds) throws IOException {
    List<StoredDocument> batch = new ArrayList<>();
    for (String docId : docIds) {
      java.util.Optional<StoredDocument> stored = pending.load(docId);
      if (stored.isEmpty()) {
        indexer.delete(docId);
      } else {
        batch.add(stored.get());
      }
    }
    return batch;
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("vector phase interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("vector phase failed: " + cause, cause);
    }
  }

  /** Vectors for every passage of the documents, in one model call. */
  private List<float[]> embed(List<StoredDocument> documents) {
    List<String> texts = new ArrayList<>();
    for (StoredDocument stored : documents) {
      for (Passage passage : stored.passages()) {
        texts.add(embeddingText(stored.document(), passage));
      }
    }
    return texts.isEmpty() ? List.of() : embedder.embedPassages(texts);
  }

  /** Re-puts each document with its passages' vectors: a stored passage cannot gain a field in place. */
  private void write(List<StoredDocument> documents, List<float[]> vectors) throws IOException {
    int next = 0;
    for (StoredDocument stored : documents) {
      int count = stored.passages().size();
      indexer.put(stored.document(), stored.passages(), stored.origin(), vectors.subList(next, next + count));
      next += count;
    }
  }

  /** The title travels with every passage: "Acute Otitis Media" is what a dose line is about. */
  static String embeddingText(Document document, Passage passage) {
    return document.title() + "\n" + passage.text(document.text());
  }
}
