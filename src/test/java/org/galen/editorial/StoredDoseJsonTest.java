package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.galen.answer.Dose;
import org.galen.answer.SourceSpan;
import org.galen.passage.Span;
import org.junit.jupiter.api.Test;

/** Doses in stored articles: the fields added for whole readings round-trip, and older articles still read. */
class StoredDoseJsonTest {

  @Test
  void aDoseRoundTripsWithItsMaximumAndSpans() throws Exception {
    String line = "Chlorpheniramine - Adult: 4 mg orally 4 - 6 hourly; maximum 24 mg daily";
    Dose dose = new Dose("Chlorpheniramine", "DB01114", "4", "mg", "orally", "4 - 6 hourly", "", "Adult",
        "maximum 24 mg daily", Map.of("amount", new Span(26, 27), "maximum", new Span(52, 71)), line,
        new SourceSpan("nstg:allergic-rhinitis", 10, 10 + line.length()), 1);

    Dose back = Database.fromJson(Database.toJson(dose), Dose.class);
    assertThat(back).isEqualTo(dose);
    assertThat(back.asWritten("maximum")).isEqualTo("maximum 24 mg daily");
  }

  @Test
  void aDoseStoredBeforeMaximumAndSpansExistedReadsBackWithThemEmpty() throws Exception {
    String stored = "{\"drug\":\"Amoxicillin\",\"drugbankId\":\"DB01060\",\"amount\":\"500\",\"unit\":\"mg\","
        + "\"route\":\"orally\",\"frequency\":\"8 hourly\",\"duration\":\"\",\"population\":\"Adult\","
        + "\"text\":\"Amoxicillin - Adult: 500 mg orally 8 hourly\",\"source\":{\"docId\":\"nstg:x\",\"start\":0,"
        + "\"end\":43},\"citation\":1}";
    Dose dose = Database.fromJson(stored, Dose.class);
    assertThat(dose.maximum()).isEmpty();
    assertThat(dose.spans()).isEmpty();
    assertThat(dose.frequency()).isEqualTo("8 hourly");
  }
}
