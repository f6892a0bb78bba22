package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.galen.SharedData;
import org.galen.index.FileOutcome;
import org.galen.index.Indexer;
import org.galen.index.IngestProgress;
import org.galen.index.Ingestion;

/**
 * Every reader under damaged input of its own format: a real file (or a small valid one) cut,
 * overwritten with random bytes, or spliced. A reader either reads it or refuses it with a
 * reason ({@link MalformedSourceException} or an {@link IOException}); it never fails any other
 * way and never returns a document whose sections lie outside its text. (Ingest also catches any
 * other failure per file; this holds the readers to the better contract.) A refused file, ingested
 * into a real index, fails with the line {@code galen ingest} prints naming the file and the
 * reader's reason: the reader knows what is wrong and where in the file, ingest knows which file.
 */
class ReadersFuzzTest {
  private static Path folder;
  private static Indexer index;
  private static final List<Sample> SAMPLES = new ArrayList<>();

  private record Sample(String name, DocumentReader reader, byte[] bytes) {}

  @BeforeContainer
  static void samples() throws IOException {
    folder = Files.createTempDirectory("galen-fuzz-");
    index = new Indexer(folder.resolve("index"));
    add("nstg.json", new NstgReader(), "corpus/nstg/processed_json/GOUT.json", null);
    add("medquad.xml", new MedQuadReader(), "corpus/medquad/1_CancerGov_QA/0000001_1.xml", null);
    add("medline.xml", new MedlineReader(), "corpus/medline/pubmed-29768149.xml", null);
    add("pmc.nxml", new PmcReader(), "corpus/pmc/1472-6831-8-11.nxml", null);
    add("spl.xml", new SplReader(), "labels/dailymed/ac86fe7c-f008-4d9d-ac5d-bc8b23972cdd.xml", null);
    add("pubmedqa.json", new PubMedQaReader(), null, "{\"12345\": {\"QUESTION\": \"Does it work?\", \"CONTEXTS\": "
        + "[\"Aspirin lowers fever.\", \"It was tested.\"], \"LABELS\": [\"BACKGROUND\", \"RESULTS\"], "
        + "\"MESHES\": [\"Fever\"], \"YEAR\": \"2001\", \"final_decision\": \"yes\", \"LONG_ANSWER\": \"Yes.\"}}");
    add("scifact.csv", new SciFactCorpusReader(), null, "doc_id,title,abstract,structured\n"
        + "4983,Fever and aspirin,\"['Aspirin lowers fever.', 'In adults.']\",False\n");
    add("mmwr.json", new MmwrReader(), null, "{\"https://www.cdc.gov/mmwr/preview/mmwrhtml/su6001a1.htm\": "
        + "\"Skip directly to search MMWR ShareCompartir Foreword Malaria in travellers\\nAbstract\\nMalaria was "
        + "reported.\\nResults\\nCases rose.\"}");
    add("note.md", new MarkdownReader(), null, "# Fever\n\n## Treatment\n\nParacetamol lowers fever.\n");
    add("page.html", new HtmlReader(), null, "<html><head><title>Fever</title></head><body><h1>Fever</h1>"
        + "<p>Paracetamol lowers fever.</p></body></html>");
  }

  private static void add(String name, DocumentReader reader, String shared, String text) throws IOException {
    byte[] bytes;
    if (shared != null) {
      // Without the shared data the real files are left out; the small written samples still run.
      Path file = SharedData.root().resolve(shared);
      if (!Files.isReadable(file)) {
        // Under CI=true a missing real file fails here, as every test on shared data does.
        SharedData.require(shared);
        return;
      }
      bytes = Files.readAllBytes(file);
    } else {
      bytes = text.getBytes(StandardCharsets.UTF_8);
    }
    SAMPLES.add(new Sample(name, reader, bytes));
  }

  @AfterContainer
  static void clean() throws IOException {
    if (index != null) {
      index.close();
    }
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @Property(tries = 1000)
  void aDamagedFileIsReadOrRefusedWithAReason(@ForAll("damaged") Tuple.Tuple2<Integer, byte[]> input)
      throws Exception {
    Sample sample = SAMPLES.get(input.get1() % SAMPLES.size());
    Path file = folder.resolve(sample.name());
    Files.write(file, input.get2());
    List<Document> read = new ArrayList<>();
    try {
      sample.reader().read(file, new DocumentSink() {
        @Override
        public void accept(Document document) {
          read.add(document);
        }

        @Override
        public void delete(String docId) {}
      });
    } catch (MalformedSourceException | IOException refused) {
      assertThat(refused.getMessage()).as(sample.name() + ": a refusal says why").isNotBlank();
      assertIngestNamesTheFileAndTheReason(sample, file, refused);
    }
    for (Document document : read) {
      assertThat(document.sections()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(document.text().length()));
    }
  }

  /**
   * What {@code galen ingest} prints for a file its reader refuses: FAILED, the file, and the
   * reader's own reason — or ingest's, where the damage left the file empty or no longer
   * recognisable as its format, so no reader was asked.
   */
  private static void assertIngestNamesTheFileAndTheReason(Sample sample, Path file, Exception refused)
      throws IOException {
    FileOutcome outcome = new Ingestion(new SourceFormats(List.of(sample.reader())), index, 1, IngestProgress.NONE)
        .run(List.of(file)).files().get(0);
    assertThat(outcome.status()).as(sample.name() + ": a refused file fails").isEqualTo(FileOutcome.Status.FAILED);
    String printed = outcome.report().orElseThrow();
    assertThat(printed).as(sample.name() + ": the refusal names the file").startsWith("FAILED  " + file + ": ");
    if (outcome.format().equals(sample.reader().format())) {
      assertThat(printed).as(sample.name() + ": the refusal gives the reader's reason").contains(refused.getMessage());
    } else {
      assertThat(outcome.reason()).as(sample.name() + ": why no reader read it").matches("empty file|unknown format: .*");
    }
  }

  /** A sample's bytes, damaged one of four ways, seeded so a failure replays. */
  @Provide
  Arbitrary<Tuple.Tuple2<Integer, byte[]>> damaged() {
    return Arbitraries.integers().between(0, 1_000).flatMap(which -> Arbitraries.longs().map(seed -> {
      Sample sample = SAMPLES.get(which % SAMPLES.size());
      return Tuple.of(which, damage(sample.bytes(), new Random(seed)));
    }));
  }

  static byte[] damage(byte[] original, Random random) {
    byte[] bytes = original.clone();
    switch (random.nextInt(4)) {
      case 0 -> {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(16); i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 2 -> {
        int from = random.nextInt(bytes.length);
        int to = from + random.nextInt(bytes.length - from + 1);
        return inserted(bytes, java.util.Arrays.copyOfRange(bytes, from, to), random.nextInt(bytes.length + 1));
      }
      default -> {
        byte[] noise = new byte[random.nextInt(2_000)];
        random.nextBytes(noise);
        return inserted(bytes, noise, random.nextInt(bytes.length + 1));
      }
    }
  }

  private static byte[] inserted(byte[] bytes, byte[] piece, int at) {
    byte[] result = new byte[bytes.length + piece.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(piece, 0, result, at, piece.length);
    System.arraycopy(bytes, at, result, at + piece.length, bytes.length - at);
    return result;
  }
}
