package org.galen.source;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drug names labels give their products — generic and brand — kept in the data directory's
 * vocabulary when labels are ingested, so that a question naming a drug by its brand ("Aleve",
 * "Humira": not in DrugBank's open vocabulary) names that drug. A brand joins the DrugBank entry
 * its generic name is a name of; a generic DrugBank lacks becomes a drug of its own.
 *
 * <p>The file ({@value #FILE}) is tab-separated: label document id, generic names, brand names,
 * names within a column separated by {@code " | "}. Ingest rewrites a label's row when it stores
 * the label again.
 */
public final class LabelDrugs {
  /** Compiled once: a quoted pattern was compiled at every split, thousands of times at each start. */
  private static final java.util.regex.Pattern SEMICOLON = java.util.regex.Pattern.compile(";");
  private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile("\\|");

  public static final String FILE = "label-drugs.tsv";
  /** The properties a label's reader records its products' names in, several separated by "; ". */
  public static final String GENERIC = "generic";
  public static final String BRAND = "brand";
  /** A store brand's label: the brands its carton compares it to, names of its one ingredient. */
  public static final String COMPARED_BRAND = "comparedBrand";
  private static final String HEADER = "label_id\tgeneric_names\tbrand_names";
  private static final String NAMES = " | ";

  /** One label's drug names. */
  public record Names(String labelId, List<String> generics, List<String> brands) {
    public Names {
      generics = List.copyOf(generics);
      brands = List.copyOf(brands);
    }
  }

  private LabelDrugs() {}

  /** A label's drug names; empty for any other document, or a label naming no product. */
  public static Optional<Names> of(Document document) {
    if (document.sourceKind() != SourceKind.LABEL) {
      return Optional.empty();
    }
    List<String> generics = split(document.properties().getOrDefault(GENERIC, ""), SEMICOLON);
    List<String> brands = new ArrayList<>(split(document.properties().getOrDefault(BRAND, ""), SEMICOLON));
    split(document.properties().getOrDefault(COMPARED_BRAND, ""), SEMICOLON).stream().filter(b -> !brands.contains(b))
        .forEach(brands::add);
    return generics.isEmpty() && brands.isEmpty() ? Optional.empty()
        : Optional.of(new Names(document.docId(), generics, brands));
  }

  /** Writes these labels' rows into the directory's file, replacing their earlier rows; others stay. */
  public static synchronized void keep(Path directory, Collection<Names> labels) throws IOException {
    Path file = directory.resolve(FILE);
    Map<String, Names> rows = new LinkedHashMap<>();
    read(file).forEach(names -> rows.put(names.labelId(), names));
    labels.forEach(names -> rows.put(names.labelId(), names));
    Files.createDirectories(directory);
    Path partial = directory.resolve(FILE + ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      for (Names names : rows.values()) {
        out.write(names.labelId() + "\t" + String.join(NAMES, names.generics()) + "\t"
            + String.join(NAMES, names.brands()) + "\n");
      }
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The labels' rows in the file; none when there is no file. */
  public static List<Names> read(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      return List.of();
    }
    List<Names> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.equals(HEADER)) {
        continue;
      }
      String[] columns = Arrays.copyOf(line.split("\t", -1), 3);
      rows.add(new Names(columns[0], split(columns[1], BAR), split(columns[2], BAR)));
    }
    return rows;
  }

  /**
   * DrugBank's entries with the labels' names joined: a label's brands become synonyms of the entry
   * one of its generic names names; a label whose generic DrugBank lacks is an entry of its own.
   */
  static List<DrugBankVocabulary.Entry> joined(List<DrugBankVocabulary.Entry> drugs, List<Names> labels) {
    if (labels.isEmpty()) {
      return drugs;
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < drugs.size(); i++) {
      DrugBankVocabulary.Entry entry = drugs.get(i);
      byName.putIfAbsent(key(entry.commonName()), i);
      for (String synonym : entry.synonyms()) {
        byName.putIfAbsent(key(synonym), i);
      }
    }
    List<DrugBankVocabulary.Entry> joined = new ArrayList<>(drugs);
    Map<Integer, Set<String>> added = new LinkedHashMap<>();
    for (Names label : labels) {
      Optional<Integer> known = label.generics().stream().map(g -> byName.get(key(g))).filter(i -> i != null)
          .findFirst();
      if (known.isPresent()) {
        added.computeIfAbsent(known.get(), i -> new LinkedHashSet<>()).addAll(label.brands());
      } else if (!label.generics().isEmpty() || !label.brands().isEmpty()) {
        // A drug of its own, which the next label of the same generic joins rather than repeats.
        List<String> names = new ArrayList<>(label.generics());
        names.addAll(label.brands());
        joined.add(new DrugBankVocabulary.Entry(label.labelId(), names.get(0), List.copyOf(names.subList(1,
            names.size()))));
        int index = joined.size() - 1;
        names.forEach(name -> byName.putIfAbsent(key(name), index));
      }
    }
    added.forEach((index, brands) -> {
      DrugBankVocabulary.Entry entry = joined.get(index);
      List<String> synonyms = new ArrayList<>(entry.synonyms());
      brands.stream().filter(b -> !synonyms.contains(b)).forEach(synonyms::add);
      joined.set(index, new DrugBankVocabulary.Entry(entry.drugbankId(), entry.commonName(), synonyms));
    });
    return joined;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> split(String names, java.util.regex.Pattern separator) {
    return Arrays.stream(separator.split(names)).map(String::strip)
        .filter(n -> !n.isEmpty()).distinct().toList();
  }
}
