package org.galen.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The terminology ingest keeps in the data directory: DrugBank's drugs, MeSH's headings with their
 * tree numbers, the clinical abbreviations with their long forms, and lay terms.
 * Query expansion ({@code retrieve.Vocabulary}), question reading ({@code ConceptVocabulary}) and
 * dose reading ({@code DrugDictionary}) are views of it, each with its own documented rule for which
 * names it uses; the first and the last view only the drugs and abbreviations
 * ({@link #loadDrugsAndAbbreviations}), and an engine keeps each view's part in its cache so that a
 * start reads no more than it must. Any file may be absent. Immutable; thread-safe.
 *
 * @param drugs every DrugBank entry, in file order, then (with DrugBank's file) the combinations Galen
 *     ships by their British names ({@link CombinationNames}), with the names of the labels ingested
 *     joined ({@link LabelDrugs})
 * @param meshHeadings every MeSH heading with its tree numbers (none when only the terms file is kept)
 * @param abbreviations abbreviation as written (upper case, two or more characters) → its long forms,
 *     in file order
 * @param layTerms how patients say what sources say otherwise ("fitting" → "Seizures"): the data
 *     directory's {@value VocabularyFiles#LAY_TERMS} when ingest kept one, else the list Galen ships
 */
public record ClinicalVocabulary(List<DrugBankVocabulary.Entry> drugs, List<MeshHeading> meshHeadings,
    Map<String, List<String>> abbreviations, List<LayTerm> layTerms) {

  /** The list Galen ships, used when a data directory has none of its own. */
  private static final String BUILT_IN_LAY_TERMS = "lay-terms.tsv";

  /** One MeSH heading: "Pulmonary Disease, Chronic Obstructive" and where the trees file it. */
  public record MeshHeading(String id, String name, List<String> treeNumbers) {
    public MeshHeading {
      treeNumbers = List.copyOf(treeNumbers);
    }
  }

  /**
   * Lay words and the clinical words for them. {@code layWords} are lower-case words matched as
   * written; "..." between two of them lets up to two other words stand there ("blood ... urine").
   * {@code clinicalWords} are a MeSH heading where there is one, else words sources use.
   */
  public record LayTerm(String layWords, String clinicalWords) {
    public LayTerm {
      if (layWords.isBlank() || clinicalWords.isBlank()) {
        throw new IllegalArgumentException("a lay term needs lay words and clinical words");
      }
    }
  }

  /** A vocabulary without lay terms. */
  public ClinicalVocabulary(List<DrugBankVocabulary.Entry> drugs, List<MeshHeading> meshHeadings,
      Map<String, List<String>> abbreviations) {
    this(drugs, meshHeadings, abbreviations, List.of());
  }

  public ClinicalVocabulary {
    layTerms = List.copyOf(layTerms);
    drugs = List.copyOf(drugs);
    meshHeadings = List.copyOf(meshHeadings);
    Map<String, List<String>> copied = new LinkedHashMap<>();
    abbreviations.forEach((written, forms) -> copied.put(written, List.copyOf(forms)));
    abbreviations = java.util.Collections.unmodifiableMap(copied);
  }

  public static ClinicalVocabulary empty() {
    return new ClinicalVocabulary(List.of(), List.of(), Map.of());
  }

  /** Reads whichever vocabulary files {@code directory} holds; a missing directory gives an empty vocabulary. */
  public static ClinicalVocabulary load(Path directory) throws IOException {
    ClinicalVocabulary names = loadDrugsAndAbbreviations(directory);
    Path tree = directory.resolve(VocabularyFiles.MESH_TREE);
    Path terms = directory.resolve(VocabularyFiles.MESH_TERMS);
    List<MeshHeading> headings = Files.isReadable(tree) ? readMesh(tree)
        : Files.isReadable(terms) ? readMesh(terms) : List.of();
    Path layFile = directory.resolve(VocabularyFiles.LAY_TERMS);
    List<LayTerm> layTerms;
    if (Files.isReadable(layFile)) {
      try (BufferedReader in = Files.newBufferedReader(layFile, StandardCharsets.UTF_8)) {
        layTerms = readLayTerms(in, layFile.toString());
      }
    } else {
      layTerms = builtInLayTerms();
    }
    return new ClinicalVocabulary(names.drugs(), headings, names.abbreviations(), layTerms);
  }

  /**
   * The drugs and abbreviations of {@code directory}'s vocabulary, read as {@link #load} reads them,
   * without MeSH and the lay terms: all that the query expansion and the dose reader view, so a
   * start whose question reader's vocabulary is kept reads no more.
   */
  public static ClinicalVocabulary loadDrugsAndAbbreviations(Path directory) throws IOException {
    List<DrugBankVocabulary.Entry> drugs = new ArrayList<>();
    Path drugFile = directory.resolve(VocabularyFiles.DRUGBANK);
    if (Files.isReadable(drugFile)) {
      DrugBankVocabulary.forEachDrug(drugFile, drugs::add);
      // Combinations by their British names, which DrugBank lists only by their ingredients.
      drugs.addAll(CombinationNames.builtIn());
    }
    // The drug names of the labels ingested join DrugBank's ("Aleve" a name of naproxen).
    List<DrugBankVocabulary.Entry> withLabels = LabelDrugs.joined(drugs,
        LabelDrugs.read(directory.resolve(LabelDrugs.FILE)));
    Path abbreviationFile = directory.resolve(VocabularyFiles.ABBREVIATIONS);
    Map<String, List<String>> abbreviations = Files.isReadable(abbreviationFile)
        ? readAbbreviations(abbreviationFile) : Map.of();
    return new ClinicalVocabulary(withLabels, List.of(), abbreviations, List.of());
  }

  /** The lay terms Galen ships ({@code org/galen/source/lay-terms.tsv}). */
  public static List<LayTerm> builtInLayTerms() throws IOException {
    try (java.io.InputStream stream = ClinicalVocabulary.class.getResourceAsStream(BUILT_IN_LAY_TERMS)) {
      if (stream == null) {
        throw new IOException("the built-in lay terms are missing from the class path: " + BUILT_IN_LAY_TERMS);
      }
      return readLayTerms(new BufferedReader(new java.io.InputStreamReader(stream, StandardCharsets.UTF_8)),
          BUILT_IN_LAY_TERMS);
    }
  }

  /** TSV after its header: {@code lay_words, clinical_words}; lines starting with "#" are comments. */
  private static List<LayTerm> readLayTerms(BufferedReader in, String name) throws IOException {
    List<LayTerm> terms = new ArrayList<>();
    in.readLine();
    int number = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new IOException("cannot read lay terms " + name + " line " + number
            + ": expected lay words, a tab, and clinical words");
      }
      terms.add(new LayTerm(fields[0].strip().toLowerCase(Locale.ROOT), fields[1].strip()));
    }
    return terms;
  }

  /** MeSH TSV, one line per (heading, tree number): {@code mesh_id, mesh_name[, mesh_tree_number]}. */
  private static List<MeshHeading> readMesh(Path file) throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> trees = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        // id, name and perhaps a tree number, by their tabs, as a split would read them (trailing
        // empty fields dropped): a split of each of the file's 56,000 lines was a tenth of a second
        // of every start under the quick JIT.
        int length = line.length();
        while (length > 0 && line.charAt(length - 1) == '\t') {
          length--;
        }
        int first = line.indexOf('\t');
        if (first < 0 || first >= length) {
          continue;
        }
        int second = line.indexOf('\t', first + 1);
        second = second >= length ? -1 : second;
        String id = line.substring(0, first);
        names.put(id, line.substring(first + 1, second < 0 ? length : second));
        List<String> numbers = trees.computeIfAbsent(id, key -> new ArrayList<>());
        if (second >= 0) {
          int third = line.indexOf('\t', second + 1);
          numbers.add(line.substring(second + 1, third < 0 || third > length ? length : third));
        }
      }
    }
    List<MeshHeading> headings = new ArrayList<>();
    names.forEach((id, name) -> headings.add(new MeshHeading(id, name, trees.get(id))));
    return headings;
  }

  /**
   * Abbreviations written in capitals, two characters or more, with a letter ("COPD", "ACS"; never
   * "ace" or "2"): a lower-case one would match ordinary words.
   */
  private static Map<String, List<String>> readAbbreviations(Path file) throws IOException {
    Map<String, List<String>> abbreviations = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
      for (CSVRecord record : parser) {
        String written = record.get("abr").strip();
        String longForm = record.get("long_form").strip();
        if (written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT)) && !longForm.isEmpty()
            && written.chars().anyMatch(Character::isLetter)) {
          List<String> forms = abbreviations.computeIfAbsent(written, k -> new ArrayList<>());
          if (!forms.contains(longForm)) {
            forms.add(longForm);
          }
        }
      }
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new IOException("cannot read abbreviations " + file + ": " + e.getMessage(), e);
    }
    return abbreviations;
  }
}
