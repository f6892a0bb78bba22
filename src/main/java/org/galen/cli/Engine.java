package org.galen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.galen.answer.ArticleComposer;
import org.galen.answer.DoseExtractor;
import org.galen.answer.DrugDictionary;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.KeptConcepts;
import org.galen.answer.question.KeptTerminology;
import org.galen.answer.question.StemKeys;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.editorial.ArticleService;
import org.galen.editorial.Database;
import org.galen.editorial.Editorial;
import org.galen.index.EvidenceReader;
import org.galen.web.Backend;

/**
 * Everything {@code ask} and {@code serve} need, opened once from the data directory: the index,
 * the retriever the options chose, the vocabularies, the composer and the article store. Closing
 * it closes the index and the embedder.
 */
final class Engine implements AutoCloseable {
  /** The vocabulary's stem keys, in the data directory's cache ({@link StemKeys}). */
  static final String STEM_KEYS = "stem-keys.bin";
  /** The question reader's vocabulary, kept ({@link KeptConcepts}). */
  static final String CONCEPTS = "concepts.bin";
  /** The terminology's drugs and abbreviations, kept ({@link KeptTerminology}). */
  static final String TERMINOLOGY = "terminology.bin";
  private final EvidenceReader index;
  private final RetrievalOptions.Setup setup;
  private final ArticleService articles;
  private final ArticleComposer composer;
  private final Editorial editorial;
  private final Database database;

  private Engine(EvidenceReader index, RetrievalOptions.Setup setup, ArticleService articles, ArticleComposer composer,
      Editorial editorial, Database database) {
    this.index = index;
    this.setup = setup;
    this.articles = articles;
    this.composer = composer;
    this.editorial = editorial;
    this.database = database;
  }

  static Engine open(GalenCommand galen, RetrievalOptions retrieval) throws IOException {
    return open(galen, retrieval, galen::openDatabase);
  }

  /** The database, opened only once the index is: a scratch one for {@code eval answers}. */
  interface DatabaseOpener {
    Database open() throws IOException;
  }

  static Engine open(GalenCommand galen, RetrievalOptions retrieval, DatabaseOpener database) throws IOException {
    DataDirectory data = galen.dataDirectory();
    EvidenceReader index = galen.openIndex();
    RetrievalOptions.Setup setup = null;
    java.util.concurrent.CompletableFuture<Database> opened = null;
    java.util.concurrent.CompletableFuture<ConceptVocabulary> concepts = null;
    try {
      // A cold start's work is mostly loading classes and reading files, one step after another:
      // with a second core, the article store (driver, pool, migration check) and the question
      // reader's vocabulary open on threads of their own while the retriever and the dose reader are
      // built (and the embedding model loads on its own: a quarter of a second once unpacked, it
      // slows them less than they gain; docs/benchmarks.md, eleventh pass).
      boolean spareCore = Runtime.getRuntime().availableProcessors() > 1;
      if (spareCore) {
        opened = Concurrently.start("galen-open-database", database::open);
      }
      // The question reader's view of the terminology, the longest to build, is kept from the last
      // run when what it is built from is the same (KeptConcepts: taken before the files are read);
      // only when it is not are MeSH and the lay terms read, on the question reader's own thread.
      // The expansion and the dose reader view the drugs and abbreviations alone, kept too.
      java.util.Optional<String> sources = KeptConcepts.sources(data.vocabulary());
      Concurrently.Step<ConceptVocabulary> readConcepts = () -> readConcepts(data,
          () -> org.galen.source.ClinicalVocabulary.load(data.vocabulary()), sources);
      if (spareCore) {
        concepts = Concurrently.start("galen-read-vocabulary", readConcepts);
      }
      org.galen.source.ClinicalVocabulary terminology = readDrugsAndAbbreviations(data, sources);
      // The model, when one loads, starts loading here: the longest step of a hybrid start.
      setup = retrieval.open(index, terminology);
      DrugDictionary drugs = DrugDictionary.of(terminology);
      ConceptVocabulary conceptVocabulary = concepts != null ? Concurrently.join(concepts) : readConcepts.run();
      QuestionAnalyzer analyzer = new QuestionAnalyzer(conceptVocabulary, new org.galen.answer.IndexSpeller(index));
      // The model dense retrieval loads (at once, or when auto retrieval turns hybrid) also tells the
      // bottom line's best statements apart by meaning.
      ArticleComposer composer = new ArticleComposer(setup.retriever(), setup.names(), index, analyzer.terminology(),
          new DoseExtractor(drugs), drugs, setup.model());
      Database store = opened != null ? Concurrently.join(opened) : database.open();
      Editorial editorial = new Editorial(store, Clock.systemUTC());
      return new Engine(index, setup, new ArticleService(analyzer, composer, editorial.articles()), composer, editorial,
          store);
    } catch (IOException | RuntimeException | Error e) {
      // Close what was opened before the failure (the embedder's native session and the article
      // store included), once the threads opening them are done.
      if (concepts != null) {
        concepts.handle((read, failure) -> null).join();
      }
      if (opened != null) {
        opened.handle((store, failure) -> store).thenAccept(Concurrently::closeQuietly).join();
      }
      if (setup != null) {
        setup.close();
      }
      index.close();
      throw e;
    }
  }

  /**
   * The question reader's vocabulary: kept in the data directory's cache under the key of what it is
   * built from ({@code sources}, none when that cannot be told), else built from the terminology,
   * read then (its names' stem keys kept too), and kept.
   */
  static ConceptVocabulary readConcepts(DataDirectory data,
      Concurrently.Step<org.galen.source.ClinicalVocabulary> terminology,
      java.util.Optional<String> sources) throws IOException {
    java.util.Optional<String> key = sources.map(KeptConcepts::key);
    Path kept = data.cache().resolve(CONCEPTS);
    java.util.Optional<ConceptVocabulary> restored = key.flatMap(k -> KeptConcepts.read(kept, k));
    if (restored.isPresent()) {
      return restored.get();
    }
    StemKeys keys = StemKeys.keptIn(data.cache().resolve(STEM_KEYS));
    ConceptVocabulary read = ConceptVocabulary.of(terminology.run(), keys);
    keys.save();
    key.ifPresent(k -> KeptConcepts.save(read, kept, k));
    return read;
  }

  /**
   * The terminology's drugs and abbreviations: kept in the data directory's cache under the key of
   * what they are read from ({@code sources}, none when that cannot be told), else read and kept.
   */
  static org.galen.source.ClinicalVocabulary readDrugsAndAbbreviations(DataDirectory data,
      java.util.Optional<String> sources) throws IOException {
    java.util.Optional<String> key = sources.map(KeptTerminology::key);
    Path kept = data.cache().resolve(TERMINOLOGY);
    java.util.Optional<org.galen.source.ClinicalVocabulary> restored = key.flatMap(k -> KeptTerminology.read(kept, k));
    if (restored.isPresent()) {
      return restored.get();
    }
    org.galen.source.ClinicalVocabulary read =
        org.galen.source.ClinicalVocabulary.loadDrugsAndAbbreviations(data.vocabulary());
    key.ifPresent(k -> KeptTerminology.save(read, kept, k));
    return read;
  }

  /** The retrieval {@code auto} resolved to, or the one asked for: bm25, dense or hybrid. */
  String retrievalMode() {
    return setup.modeNow();
  }

  ArticleService articles() {
    return articles;
  }

  /**
   * Waits until the embedding model, opening in the background, is ready, and throws what stopped
   * it: a server says so at start, not at each question.
   */
  void awaitModel() {
    if (setup.embedder() != null) {
      setup.embedder().dimension();
    }
  }

  Backend backend() {
    return new Backend(articles, editorial, setup.retriever(), index, setup::modeNow);
  }

  /**
   * After an ingest or a removal: approved articles whose evidence changed go back to review.
   * Does nothing when no article database exists yet.
   */
  static void checkStaleness(GalenCommand galen, java.io.PrintWriter out) throws IOException {
    if (!galen.databaseLocation().exists()) {
      return;
    }
    // Loading the vocabularies (and perhaps the embedding model) costs seconds: only when there is
    // an approved article to check.
    try (Database database = galen.openDatabase()) {
      if (new Editorial(database, Clock.systemUTC()).reviews()
          .list(java.util.Optional.of(org.galen.editorial.ReviewStatus.APPROVED), 1).isEmpty()) {
        return;
      }
    }
    try (Engine engine = open(galen, new RetrievalOptions())) {
      org.galen.editorial.StalenessCheck.Result result = engine.editorial.staleness().run(engine.composer);
      if (result.checked() > 0) {
        out.printf("checked %d approved articles against the changed evidence: %d sent back to review%s%n",
            result.checked(), result.sentBack().size(),
            result.sentBack().isEmpty() ? "" : " (" + String.join(", ", result.sentBack()) + ")");
        out.flush();
      }
    }
  }

  @Override
  public void close() throws IOException {
    setup.close();
    index.close();
    database.close();
  }
}
