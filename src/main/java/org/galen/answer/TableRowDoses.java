package org.galen.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.passage.Span;

/**
 * Doses in a dosing table's row whose cells are bare numbers under a column header that names the
 * unit: "Body Weight Range (kg) | Dose (mg)" above "22–31 | 600". A source reader writes a table as
 * its header line, then one line per row, the cells joined by {@value #CELL} (source/SplReader), so
 * a row is one verbatim statement; its dose takes the amount from the row's cell and the unit from
 * the header's parenthesis, and records that header ({@link Dose#columns}). A band column — a
 * measure that is no dose unit, "(kg)", "(years)", "(mL/min)" — gives the row's population, recorded
 * the same way; a header cell naming a drug ("Misoprostol (mcg/day)") gives the drug. A row that
 * cannot be lined up with its header (another number of cells, a header over two lines, a header
 * missing from the passage) or that names another drug in a cell gives no dose: the reader reads the
 * row itself. Stateless.
 */
final class TableRowDoses {
  /** What joins a table row's cells in the document text. */
  static final String CELL = org.galen.source.SplReader.TABLE_CELL_SEPARATOR;
  /** A header cell's unit: "Dose (mg)", "Diclofenac sodium (mg/day)". */
  private static final Pattern HEADER_UNIT = Pattern.compile("\\((" + DosePatterns.UNIT + ")\\)");
  /** A header cell's band measure: body weight, age, renal function. */
  private static final Pattern BAND_UNIT = Pattern.compile("\\((?:kg|lbs?|years?|months?|mL/min(?:/1\\.73 ?m2)?)\\)");
  private static final Pattern BARE_AMOUNT = Pattern.compile(DosePatterns.RANGE);
  /** A band's cell: "22–31", "≥ 55", "> 40", "less than 30". */
  private static final Pattern BAND = Pattern.compile("(?:[<>≤≥]=?\\s?|(?:less|more|greater) than\\s)?"
      + DosePatterns.RANGE);

  private final DrugDictionary drugs;

  TableRowDoses(DrugDictionary drugs) {
    this.drugs = drugs;
  }

  /**
   * The header line of the table a line is a row of: the first of the lines with cells that run
   * without a break up to it; empty for a line that is no row or is the header itself.
   *
   * @param lines the lines of the row's passage up to the row, the row last
   */
  static Optional<String> header(List<String> lines) {
    int at = lines.size() - 1;
    if (at <= 0 || !lines.get(at).contains(CELL)) {
      return Optional.empty();
    }
    int first = at;
    while (first > 0 && lines.get(first - 1).contains(CELL)) {
      first--;
    }
    return first == at ? Optional.empty() : Optional.of(lines.get(first));
  }

  /**
   * The doses a row gives under its header.
   *
   * @param drug the drug the row's table is about when no header cell names one (the label's, or
   *     the one named on the lines above)
   */
  List<Dose> read(String header, String row, Optional<DrugDictionary.Drug> drug, SourceSpan source, int citation) {
    List<Span> headerCells = cells(header);
    List<Span> rowCells = cells(row);
    if (headerCells.size() != rowCells.size() || headerCells.size() < 2) {
      return List.of();
    }
    Optional<Integer> band = Optional.empty();
    for (int i = 0; i < headerCells.size(); i++) {
      if (BAND_UNIT.matcher(headerCells.get(i).of(header)).find()
          && BAND.matcher(rowCells.get(i).of(row)).matches()) {
        band = Optional.of(i);
        break;
      }
    }
    List<Dose> doses = new ArrayList<>();
    for (int i = 0; i < headerCells.size(); i++) {
      String title = headerCells.get(i).of(header);
      Span cell = rowCells.get(i);
      Matcher unit = HEADER_UNIT.matcher(title);
      if (band.equals(Optional.of(i)) || !unit.find() || !BARE_AMOUNT.matcher(cell.of(row)).matches()) {
        continue;
      }
      Optional<DrugDictionary.Drug> named = drugs.mentionsIn(title).stream().map(DrugDictionary.Mention::drug)
          .findFirst().or(() -> drug);
      if (named.isEmpty() || namesAnotherDrug(row, rowCells, named.get())) {
        continue;
      }
      Map<String, Span> spans = new LinkedHashMap<>();
      spans.put("amount", cell);
      Map<String, String> columns = new LinkedHashMap<>();
      columns.put("unit", title);
      String population = "";
      if (band.isPresent()) {
        Span bandCell = rowCells.get(band.get());
        spans.put("population", bandCell);
        columns.put("population", headerCells.get(band.get()).of(header));
        population = bandCell.of(row);
      }
      doses.add(new Dose(named.get().name(), named.get().drugbankId(), cell.of(row), unit.group(1), "", "", "",
          population, "", spans, row, source, citation, columns));
    }
    return doses;
  }

  private boolean namesAnotherDrug(String row, List<Span> cells, DrugDictionary.Drug drug) {
    return cells.stream().flatMap(cell -> drugs.mentionsIn(cell.of(row)).stream())
        .anyMatch(mention -> !mention.drug().equals(drug));
  }

  /** Each cell's place in its line, the separators left out and each cell's spaces trimmed. */
  static List<Span> cells(String line) {
    List<Span> cells = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = line.indexOf(CELL, start);
      int cellEnd = end < 0 ? line.length() : end;
      cells.add(trimmed(line, start, cellEnd));
      if (end < 0) {
        return cells;
      }
      start = end + CELL.length();
    }
  }

  private static Span trimmed(String line, int start, int end) {
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
