package org.galen.cli;

import java.io.IOException;
import org.galen.embed.BackgroundEmbedder;
import org.galen.embed.BgeSmallEmbedder;
import org.galen.embed.Embedder;
import org.galen.index.EvidenceReader;
import org.galen.index.VectorStatus;
import org.galen.retrieve.AutoRetriever;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.DenseRetriever;
import org.galen.retrieve.EvidenceReranker;
import org.galen.retrieve.Fusion;
import org.galen.retrieve.HybridRetriever;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.Vocabulary;
import picocli.CommandLine.Option;

/**
 * The retrieval switches shared by {@code search}, {@code ask} and {@code eval}, each on by
 * default and each switchable so its effect is measured, not assumed.
 */
final class RetrievalOptions {
  @Option(names = "--mode", paramLabel = "MODE",
      description = "auto (hybrid when vectors are complete, else bm25), bm25, dense or hybrid (default: ${DEFAULT-VALUE}).")
  RetrievalMode mode = RetrievalMode.auto;

  @Option(names = "--no-expansion", description = "Do not expand the query with DrugBank synonyms and abbreviations.")
  boolean noExpansion;

  @Option(names = "--no-evidence-rerank", description = "Do not re-rank by evidence level and recency.")
  boolean noEvidenceRerank;

  @Option(names = "--fusion", paramLabel = "FUSION",
      description = "Hybrid fusion: CONVEX or RECIPROCAL_RANK (default: ${DEFAULT-VALUE}).")
  Fusion fusion = Fusion.CONVEX;

  @Option(names = "--lexical-weight", paramLabel = "W",
      description = "BM25's share of the hybrid score, 0..1 (default: ${DEFAULT-VALUE}).")
  double lexicalWeight = HybridRetriever.DEFAULT_LEXICAL_WEIGHT;

  /**
   * The retriever these options describe, the one that finds sources by a name (BM25 with the same
   * expansion and re-ranking: a bare name is matched by its words, and embedding it bought nothing,
   * docs/benchmarks.md; dense retrieval's own, where it is measured alone), and what they own (closed with them): the embedder, or the {@code auto}
   * retriever that loads one when the vectors are complete.
   */
  record Setup(RetrievalMode mode, Retriever retriever, Retriever names, Embedder embedder, AutoRetriever auto,
      java.util.function.Supplier<java.util.Optional<Embedder>> model) implements AutoCloseable {
    Setup(RetrievalMode mode, Retriever retriever, Retriever names, Embedder embedder) {
      this(mode, retriever, names, embedder, null, () -> java.util.Optional.ofNullable(embedder));
    }

    /** The mode in use now: {@code auto} retrieval switches from bm25 to hybrid while running. */
    String modeNow() {
      return auto != null ? auto.mode() : mode.name();
    }

    @Override
    public void close() {
      if (embedder != null) {
        embedder.close();
      }
      if (auto != null) {
        auto.close();
      }
    }
  }

  /** The retriever over {@code index}, expanding queries with the drugs and abbreviations kept or read ({@link Engine}). */
  Setup open(EvidenceReader index, DataDirectory data) throws IOException {
    return open(index, noExpansion ? org.galen.source.ClinicalVocabulary.empty()
        : Engine.readDrugsAndAbbreviations(data, org.galen.answer.question.KeptConcepts.sources(data.vocabulary())));
  }

  /** The retriever over {@code index}, expanding queries with the terminology's drugs and abbreviations (unless --no-expansion). */
  Setup open(EvidenceReader index, org.galen.source.ClinicalVocabulary terminology) throws IOException {
    if (lexicalWeight < 0 || lexicalWeight > 1) {
      throw new UserError("--lexical-weight must be between 0 and 1, not " + lexicalWeight);
    }
    Vocabulary vocabulary = noExpansion ? Vocabulary.empty() : Vocabulary.of(terminology);
    Bm25Retriever lexical = new Bm25Retriever(index, vocabulary);
    VectorStatus vectors = index.vectorStatus();
    RetrievalMode resolved = mode == RetrievalMode.auto
        ? vectors.complete() ? RetrievalMode.hybrid : RetrievalMode.bm25
        : mode;
    if (mode == RetrievalMode.auto && !vectors.complete()) {
      // BM25 now; hybrid from the first query after the last vector is committed (serve --embed).
      // The model, once loaded for hybrid retrieval, serves the answer stage too.
      java.util.concurrent.atomic.AtomicReference<Embedder> loaded = new java.util.concurrent.atomic.AtomicReference<>();
      AutoRetriever auto = new AutoRetriever(lexical, index, new AutoRetriever.HybridFactory() {
        @Override
        public synchronized Retriever open() {
          loaded.set(new org.galen.embed.RecentQueries(new BgeSmallEmbedder()));
          return hybrid(index, lexical, loaded.get());
        }

        @Override
        public synchronized void close() {
          if (loaded.get() != null) {
            loaded.get().close();
          }
        }
      }, System::nanoTime);
      return new Setup(RetrievalMode.bm25, reranked(auto), reranked(lexical), null, auto,
          () -> java.util.Optional.ofNullable(loaded.get()));
    }
    Embedder embedder = null;
    Retriever retriever = lexical;
    if (resolved != RetrievalMode.bm25) {
      if (!vectors.complete()) {
        throw new UserError("--mode " + resolved + " needs every passage embedded, and " + vectors.pending()
            + " are still pending: run 'galen embed' first");
      }
      // The model opens while the caller reads its vocabularies and database; the first query waits for it.
      embedder = new org.galen.embed.RecentQueries(new BackgroundEmbedder(BgeSmallEmbedder::new));
      retriever = resolved == RetrievalMode.dense ? new DenseRetriever(index, embedder)
          : hybrid(index, lexical, embedder);
    }
    // Dense retrieval stays dense throughout, its effect measured alone; any other mode finds names by their words.
    return new Setup(resolved, reranked(retriever), resolved == RetrievalMode.dense ? reranked(retriever)
        : reranked(lexical), embedder);
  }

  /** The retriever re-ranked by evidence level and recency, unless the options say not to. */
  private Retriever reranked(Retriever inner) {
    return noEvidenceRerank ? inner : new EvidenceReranker(inner);
  }

  /**
   * Hybrid retrieval: fused by the backend when it can (an OpenSearch cluster's hybrid query, for
   * convex fusion), else by Galen from the two rankings.
   */
  private Retriever hybrid(EvidenceReader index, Bm25Retriever lexical, Embedder embedder) {
    if (index instanceof org.galen.index.NativeHybrid fused && fusion == Fusion.CONVEX) {
      return new org.galen.retrieve.NativeHybridRetriever(lexical, fused, embedder, lexicalWeight);
    }
    return new HybridRetriever(lexical, new DenseRetriever(index, embedder), fusion, lexicalWeight);
  }
}
