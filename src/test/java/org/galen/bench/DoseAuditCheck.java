package org.galen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.galen.answer.Dose;
import org.galen.answer.DoseReadingCheck;
import org.galen.answer.SourceSpan;
import org.galen.passage.Span;

/**
 * Reads each dose that {@link DoseAudit} wrote again against its own line ({@link
 * DoseReadingCheck}) and counts the misread ones by kind. Doses written by a reader that recorded
 * no spans (before issue 10) are placed in their line the way that reader read them: the amount
 * at its first "amount unit", the other fields at their first place after it, the population at
 * its last place before it.
 *
 * <p>Usage: {@code DoseAuditCheck DOSES.jsonl [EXAMPLES]}
 */
public final class DoseAuditCheck {
  private static final List<String> AFTER_THE_AMOUNT = List.of("route", "frequency", "duration", "maximum");

  private DoseAuditCheck() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int examples = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    int doses = 0;
    int misread = 0;
    Map<String, Integer> byKind = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      Dose dose = dose(json.readTree(line));
      doses++;
      List<String> problems = DoseReadingCheck.problems(dose);
      if (!problems.isEmpty()) {
        misread++;
        problems.forEach(problem -> byKind.merge(kind(problem), 1, Integer::sum));
        if (misread <= examples) {
          System.out.println("  " + problems + "\n      in: " + dose.text());
        }
      }
    }
    System.out.printf("%d structured doses, %d misread (%.1f %%)%n", doses, misread, 100.0 * misread / Math.max(1, doses));
    byKind.forEach((kind, count) -> System.out.printf("  %-50s %d%n", kind, count));
  }

  /** "frequency 'daily': its multiplier ..." → "frequency: its multiplier ...". */
  private static String kind(String problem) {
    return problem.replaceFirst(" '[^']*'", "");
  }

  private static Dose dose(JsonNode node) {
    String text = node.path("text").asText();
    Map<String, Span> spans = new LinkedHashMap<>();
    JsonNode recorded = node.path("spans");
    if (recorded.isObject() && recorded.size() > 0) {
      recorded.fields().forEachRemaining(field -> spans.put(field.getKey(),
          new Span(field.getValue().path("start").asInt(), field.getValue().path("end").asInt())));
    } else {
      placeAsReadBefore(node, text, spans);
    }
    JsonNode source = node.path("source");
    return new Dose(node.path("drug").asText(), node.path("drugbankId").asText(), node.path("amount").asText(),
        node.path("unit").asText(), node.path("route").asText(), node.path("frequency").asText(),
        node.path("duration").asText(), node.path("population").asText(), node.path("maximum").asText(""), spans, text,
        new SourceSpan(source.path("docId").asText(), source.path("start").asInt(), source.path("end").asInt()),
        node.path("citation").asInt());
  }

  private static void placeAsReadBefore(JsonNode node, String text, Map<String, Span> spans) {
    String amount = node.path("amount").asText();
    String unit = node.path("unit").asText();
    int at = amount.isEmpty() ? 0 : firstAmount(text, amount, unit);
    if (!amount.isEmpty() && at >= 0) {
      spans.put("amount", new Span(at, at + amount.length()));
      int unitAt = unit.isEmpty() ? -1 : text.indexOf(unit, at + amount.length());
      if (unitAt >= 0) {
        spans.put("unit", new Span(unitAt, unitAt + unit.length()));
      }
    }
    int from = Math.max(at, 0);
    String population = node.path("population").asText();
    int populationAt = population.isEmpty() ? -1 : text.lastIndexOf(population, from);
    if (populationAt >= 0) {
      spans.put("population", new Span(populationAt, populationAt + population.length()));
    }
    for (String field : AFTER_THE_AMOUNT) {
      String value = node.path(field).asText("");
      int fieldAt = value.isEmpty() ? -1 : text.indexOf(value, from);
      if (fieldAt < 0 && !value.isEmpty()) {
        fieldAt = text.indexOf(value);
      }
      if (fieldAt >= 0) {
        spans.put(field, new Span(fieldAt, fieldAt + value.length()));
      }
    }
  }

  /** Where "amount unit" (any spacing) first stands in the line; the amount alone if never with its unit. */
  private static int firstAmount(String text, String amount, String unit) {
    java.util.regex.Matcher withUnit = java.util.regex.Pattern.compile("(?<![\\d.])" + java.util.regex.Pattern.quote(amount)
        + "\\s*" + java.util.regex.Pattern.quote(unit)).matcher(text);
    return withUnit.find() ? withUnit.start() : text.indexOf(amount);
  }
}
