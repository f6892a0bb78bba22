package org.galen.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.galen.passage.PassageSplitter;
import org.galen.source.Document;
import org.galen.source.DocumentReader;
import org.galen.source.DocumentSink;
import org.galen.source.DocumentVersion;
import org.galen.source.FileHead;
import org.galen.source.LabelDrugs;
import org.galen.source.MalformedSourceException;
import org.galen.source.SourceFormats;
import org.galen.source.VocabularyFiles;

/**
 * One ingest run: finds the files under the given paths, reads each with the reader its content
 * calls for, splits documents into passages and writes them, files in parallel.
 *
 * <p>A broken file is reported and skipped; every other file still ingests. Documents read
 * completely before a file broke are kept (each is whole). The index is committed every
 * {@value #COMMIT_EVERY_SECONDS} s and at the end, so a killed run loses at most that much work
 * and never leaves a half-written index.
 */
public final class Ingestion {
  private static final long COMMIT_EVERY_SECONDS = 10;

  private final SourceFormats formats;
  private final EvidenceWriter indexer;
  private final NewestVersions versions;
  /**
   * The drug names of the labels stored in this run, for the vocabulary: of two versions of a label
   * stored in turn, the newer's, whichever thread records it last.
   */
  private final Map<String, Map.Entry<Optional<DocumentVersion>, LabelDrugs.Names>> labelDrugs =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Path vocabularyDirectory;
  private final int threads;
  private final IngestProgress progress;
  private final ThreadLocal<PassageSplitter> splitters = ThreadLocal.withInitial(PassageSplitter::new);
  private final AtomicInteger filesDone = new AtomicInteger();
  private final AtomicLong bytesDone = new AtomicLong();
  private final AtomicLong documentsDone = new AtomicLong();
  /** Set when the run fails: files not yet started are then skipped rather than read. */
  private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();

  public Ingestion(SourceFormats formats, EvidenceWriter indexer, int threads, IngestProgress progress) {
    this(formats, indexer, null, threads, progress);
  }

  /**
   * @param vocabularyDirectory where terminology files (DrugBank, MeSH, abbreviations) are kept
   *     when met; null to treat them as unknown formats
   */
  public Ingestion(SourceFormats formats, EvidenceWriter indexer, Path vocabularyDirectory, int threads,
      IngestProgress progress) {
    this.formats = formats;
    this.indexer = indexer;
    this.versions = new NewestVersions(indexer);
    this.vocabularyDirectory = vocabularyDirectory;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  public IngestSummary run(List<Path> inputs) throws IOException {
    long started = System.nanoTime();
    List<FileOutcome> outcomes = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.exists(input)) {
        files.addAll(discover(input));
      } else {
        outcomes.add(FileOutcome.failed(input, "", 0, "no such file or directory"));
      }
    }
    progress.start(files.size(), totalBytes(files));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      outcomes.addAll(ingestAll(files, pool));
    } finally {
      stopWithoutInterrupting(pool);
      progress.finish();
    }
    indexer.commit();
    if (vocabularyDirectory != null && !labelDrugs.isEmpty()) {
      LabelDrugs.keep(vocabularyDirectory, labelDrugs.values().stream().map(Map.Entry::getValue).toList());
    }
    return new IngestSummary(outcomes, Duration.ofNanos(System.nanoTime() - started));
  }

  private List<FileOutcome> ingestAll(List<Path> files, ExecutorService pool) throws IOException {
    CompletionService<FileOutcome> completion = new ExecutorCompletionService<>(pool);
    // Largest files first: a big single file (the MMWR archive, PubMedQA) started last would
    // leave the other cores idle while it finishes alone.
    for (Path file : largestFirst(files)) {
      completion.submit(() -> ingestFile(file));
    }
    List<FileOutcome> outcomes = new ArrayList<>();
    long lastCommit = System.nanoTime();
    try {
      while (outcomes.size() < files.size()) {
        Future<FileOutcome> done = completion.poll(1, TimeUnit.SECONDS);
        if (done != null) {
          outcomes.add(done.get());
        }
        if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(COMMIT_EVERY_SECONDS)) {
          indexer.commit();
          lastCommit = System.nanoTime();
        }
      }
    } catch (InterruptedException e) {
      stopping.set(true);
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      stopping.set(true);
      throw new IOException("ingest worker failed: " + e.getCause(), e.getCause());
    }
    return outcomes;
  }

  private FileOutcome ingestFile(Path file) {
    if (stopping.get()) {
      return FileOutcome.skipped(file, "not read: the ingest stopped on an earlier error");
    }
    FileOutcome outcome;
    long size = 0;
    try {
      size = Files.size(file);
      outcome = read(file);
    } catch (IOException e) {
      outcome = FileOutcome.failed(file, "", 0, "cannot read: " + e);
    }
    progress.fileDone(outcome, filesDone.incrementAndGet(), bytesDone.addAndGet(size),
        documentsDone.addAndGet(outcome.documents()));
    return outcome;
  }

  private FileOutcome read(Path file) throws IOException {
    if (SourceFormats.isNotADocument(file)) {
      return FileOutcome.skipped(file, "licence, readme or hidden file: not a document");
    }
    FileHead head = FileHead.of(file);
    if (head.empty()) {
      return FileOutcome.failed(file, "", 0, "empty file");
    }
    Optional<String> vocabulary = VocabularyFiles.recognise(head);
    if (vocabulary.isPresent() && vocabularyDirectory != null) {
      keepVocabulary(file, vocabulary.get());
      return new FileOutcome(file, FileOutcome.Status.INGESTED, "vocabulary", 0, 0, "");
    }
    DocumentReader reader = formats.readerFor(head).orElse(null);
    if (reader == null) {
      return FileOutcome.failed(file, "", 0, "unknown format: no reader recognises '" + file.getFileName()
          + "' (Galen reads " + String.join(", ", formats.formatNames()) + ")");
    }
    String origin = file.toAbsolutePath().normalize().toString();
    CountingSink sink = new CountingSink(origin);
    try {
      reader.read(file, sink);
      // A document this file holds in an older version than the one kept is still this file's: not stale.
      Set<String> kept = new HashSet<>(sink.stored);
      kept.addAll(sink.older);
      indexer.deleteStale(origin, kept);
      String notes = String.join("; ", sink.notes);
      if (sink.stored.isEmpty() && !sink.older.isEmpty()) {
        return FileOutcome.skipped(file, notes);
      }
      return new FileOutcome(file, FileOutcome.Status.INGESTED, reader.format(), sink.stored.size(), sink.deleted, notes);
    } catch (MalformedSourceException | IOException | RuntimeException | Error e) {
      // Whatever goes wrong reading one file (a JVM Error such as a stack overflow included) is
      // that file's failure: the rest still ingests.
      String kept = sink.stored.isEmpty() ? "" : " (" + sink.stored.size() + " documents read before the error were kept)";
      return FileOutcome.failed(file, reader.format(), sink.stored.size(), describe(e) + kept);
    }
  }

  /** Copies beside, then moves into place: a reader never sees half a vocabulary file. */
  private void keepVocabulary(Path file, String name) throws IOException {
    Files.createDirectories(vocabularyDirectory);
    Path partial = vocabularyDirectory.resolve(name + ".partial");
    Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, vocabularyDirectory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static String describe(Throwable e) {
    if (e instanceof MalformedSourceException) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private final class CountingSink implements DocumentSink {
    private final String origin;
    private final Set<String> stored = new HashSet<>();
    /** Documents left as they were because a newer version of each is kept. */
    private final Set<String> older = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private int deleted;

    CountingSink(String origin) {
      this.origin = origin;
    }

    @Override
    public void accept(Document document) throws IOException {
      NewestVersions.Decision decision = versions.put(document, splitters.get().split(document), origin);
      (decision.put() ? stored : older).add(document.docId());
      if (decision.put()) {
        Optional<DocumentVersion> version = DocumentVersion.of(document);
        LabelDrugs.of(document).ifPresent(names -> labelDrugs.merge(document.docId(), Map.entry(version, names),
            (kept, offered) -> newer(offered.getKey(), kept.getKey()) ? offered : kept));
      }
      if (!decision.note().isEmpty()) {
        notes.add(decision.note());
      }
    }

    @Override
    public void delete(String docId) throws IOException {
      indexer.delete(docId);
      stored.remove(docId);
      deleted++;
    }
  }

  /** Whether a version is at least another's; an unversioned document is stored as it comes. */
  private static boolean newer(Optional<DocumentVersion> offered, Optional<DocumentVersion> kept) {
    return offered.isEmpty() || kept.isEmpty() || offered.get().compareTo(kept.get()) >= 0;
  }

  private static List<Path> discover(Path input) throws IOException {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Lets queued and running work finish instead of interrupting it: a thread interrupted inside
   * Lucene's file I/O closes the channel under the IndexWriter, which then refuses all further
   * work, commit included.
   */
  static void stopWithoutInterrupting(ExecutorService pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("index writers did not finish within 10 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<Path> largestFirst(List<Path> files) {
    return files.stream().sorted(Comparator.comparingLong(Ingestion::sizeOf).reversed()).toList();
  }

  /** A file that cannot even be sized still gets its turn, and its own error, when read. */
  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static long totalBytes(List<Path> files) {
    return files.stream().mapToLong(Ingestion::sizeOf).sum();
  }
}
