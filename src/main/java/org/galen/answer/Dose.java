package org.galen.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.galen.passage.Span;

/**
 * One dosing instruction found in a cited statement. Every field but {@code drug} is a verbatim
 * substring of {@code text} (or, for a table row's bare number, of the column header named in {@code
 * columns}), and a whole expression of it (empty when the source does not say it, or
 * when it cannot be read with certainty: the reader then goes to {@code text}): Galen never rounds,
 * converts or completes a number, and never keeps a fragment that means something else ("daily"
 * out of "five times daily").
 *
 * @param drug the drug's DrugBank common name (normalised), with {@code drugbankId}
 * @param amount the number or range as written ({@code "250 - 500"}); when the two ends carry
 *     different units ({@code "500 mg -1 g"}) the whole range, units included, with {@code unit} empty;
 *     empty when the line gives only a ceiling ("up to 600 mg daily")
 * @param unit with its denominators ({@code "mg/m2"}, {@code "mg/kg/min"})
 * @param frequency with its multiplier and alternatives ({@code "once or twice daily"})
 * @param maximum a ceiling the line sets, with its lead words ({@code "maximum 24 mg daily"}, {@code
 *     "max. 450 mg"}, {@code "up to 1 g"}); never given as the amount
 * @param spans where each non-empty field is in {@code text}, by field name ({@code amount}, {@code
 *     unit}, {@code route}, {@code frequency}, {@code duration}, {@code population}, {@code maximum},
 *     and {@code drug} when the drug is named in {@code text} rather than on a line above)
 * @param text the whole sentence the dose was read from
 * @param source where {@code text} is in its document
 * @param citation the reference number of that document in the answer
 * @param columns for a dose read from a table row ({@code text}), the column header, as written,
 *     each field was taken from where the row's own cell does not say it: {@code "unit" → "Dose
 *     (mg)"} above a cell reading "600" (the unit is then a verbatim part of that header, and has no
 *     span), {@code "population" → "Body Weight Range (kg)"} above a cell reading "22–31"; empty for
 *     a dose read from its line alone
 */
public record Dose(String drug, String drugbankId, String amount, String unit, String route, String frequency,
    String duration, String population, String maximum, Map<String, Span> spans, String text, SourceSpan source,
    int citation, Map<String, String> columns) {

  /**
   * Articles stored before {@code maximum}, {@code spans} and {@code columns} existed read back
   * with them empty.
   */
  public Dose {
    maximum = Objects.requireNonNullElse(maximum, "");
    columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    spans = spans == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(spans));
    for (Map.Entry<String, Span> field : spans.entrySet()) {
      if (field.getValue().end() > text.length()) {
        throw new IllegalArgumentException("dose field " + field.getKey() + " ends past its text");
      }
    }
  }

  /** A dose read from its line alone. */
  public Dose(String drug, String drugbankId, String amount, String unit, String route, String frequency,
      String duration, String population, String maximum, Map<String, Span> spans, String text, SourceSpan source,
      int citation) {
    this(drug, drugbankId, amount, unit, route, frequency, duration, population, maximum, spans, text, source, citation,
        Map.of());
  }

  /**
   * The population as a reader needs it: a table row's band with its column header ("Body Weight
   * Range (kg) 22 to 31"), else as written.
   */
  public String populationShown() {
    String column = columns.get("population");
    return column == null || population.isEmpty() ? population : column + " " + population;
  }

  /** The column headers a table row's dose was read under, as written, each once: "Body Weight Range (kg), Dose (mg)". */
  public String columnsShown() {
    return String.join(", ", new java.util.LinkedHashSet<>(columns.values()));
  }

  /** The field's words as the source wrote them, from its span; empty when it has none. */
  public String asWritten(String field) {
    Span span = spans.get(field);
    return span == null ? "" : span.of(text);
  }
}
