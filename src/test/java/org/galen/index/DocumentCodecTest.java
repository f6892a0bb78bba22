package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/** The stored form of a document: every index written so far holds it, so it never changes by accident. */
class DocumentCodecTest {
  private static final Document GOUT = new Document("nstg:gout", "GOUT", "nstg", "Gout",
      "Gout\nTreat the acute attack.", List.of(new Section("Management", 5, 26)), SourceKind.GUIDELINE,
      EvidenceLevel.GUIDELINE, List.of("Guideline"), List.of("Gout"), "", Optional.of(2022), "", "",
      "National Department of Health", List.of("Gout", "Podagra"), Map.of("edition", "2022"));

  private static final String STORED = "{\"docId\":\"nstg:gout\",\"sourceId\":\"GOUT\",\"collection\":\"nstg\","
      + "\"title\":\"Gout\",\"text\":\"Gout\\nTreat the acute attack.\",\"sections\":[{\"title\":\"Management\","
      + "\"start\":5,\"end\":26}],\"sourceKind\":\"GUIDELINE\",\"evidenceLevel\":\"GUIDELINE\","
      + "\"publicationTypes\":[\"Guideline\"],\"meshTerms\":[\"Gout\"],\"journal\":\"\",\"year\":2022,\"doi\":\"\","
      + "\"url\":\"\",\"attribution\":\"National Department of Health\",\"focus\":[\"Gout\",\"Podagra\"],"
      + "\"properties\":{\"edition\":\"2022\"}}";

  @Test
  void aDocumentIsStoredAsTheSameCompactJsonAsEverAndReadBack() {
    assertThat(DocumentCodec.encode(GOUT)).isEqualTo(STORED);
    assertThat(DocumentCodec.decode(STORED)).isEqualTo(GOUT);
  }

  @Test
  void aStoredFieldTheDocumentNoLongerHasIsSkippedAndAnAbsentYearIsEmpty() {
    String older = STORED.replace("\"year\":2022", "\"year\":null").replace("{\"docId\"", "{\"retired\":1,\"docId\"");
    assertThat(DocumentCodec.decode(older).year()).isEmpty();
    assertThat(DocumentCodec.decode(older).title()).isEqualTo("Gout");
  }
}
