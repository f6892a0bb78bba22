package org.galen.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compound preparations by their British Approved Names ("co-trimoxazole", "co-amoxiclav"), which
 * Galen ships ({@value #FILE}, with its provenance): DrugBank's open vocabulary lists each
 * ingredient, never the combination by these names, and guidelines in British usage name it so.
 * Each is a drug of its own, with no DrugBank id: its dose is the combination's. Stateless.
 */
public final class CombinationNames {
  static final String FILE = "combination-names.tsv";
  private static final String HEADER = "name\tother_names";
  private static final String NAMES = " | ";

  private CombinationNames() {}

  /** The combinations Galen ships, each an entry named as the list writes it. */
  public static List<DrugBankVocabulary.Entry> builtIn() throws IOException {
    try (InputStream stream = CombinationNames.class.getResourceAsStream(FILE)) {
      if (stream == null) {
        throw new IOException("the built-in combination names are missing from the class path: " + FILE);
      }
      return read(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)), FILE);
    }
  }

  /** TSV under its header line: a name, a tab, its other names separated by " | "; "#" starts a comment. */
  static List<DrugBankVocabulary.Entry> read(BufferedReader in, String name) throws IOException {
    String header = in.readLine();
    if (!HEADER.equals(header)) {
      throw new IOException("cannot read combination names " + name + ": the first line must be \"" + HEADER
          .replace("\t", "<tab>") + "\"");
    }
    List<DrugBankVocabulary.Entry> entries = new ArrayList<>();
    int number = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 2 || fields[0].isBlank()) {
        throw new IOException("cannot read combination names " + name + " line " + number
            + ": expected a name, a tab, and its other names");
      }
      List<String> others = Arrays.stream(fields[1].split(java.util.regex.Pattern.quote(NAMES))).map(String::strip)
          .filter(other -> !other.isEmpty()).toList();
      entries.add(new DrugBankVocabulary.Entry("", fields[0].strip(), others));
    }
    return entries;
  }
}
