package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which evidence backend a command uses, and what the data directory records of it. */
class BackendChoiceTest {
  @TempDir
  Path data;

  @Test
  void aClusterGivenOnceIsRecordedAndFoundByLaterCommands() throws Exception {
    BackendChoice first = BackendChoice.resolve(Optional.empty(), Optional.of("http://a:9200,http://b:9200"),
        Optional.of("team-1"), Map.of(), data, true);
    assertThat(first.cluster()).isTrue();
    assertThat(first.urls()).containsExactly("http://a:9200", "http://b:9200");
    assertThat(first.index()).isEqualTo("team-1-evidence");

    BackendChoice later = BackendChoice.resolve(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), data,
        false);
    assertThat(later).isEqualTo(first);
    assertThat(Files.readString(data.resolve(BackendChoice.RECORD))).doesNotContain("password");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(data.resolve(BackendChoice.RECORD)))).as("owner only").isEqualTo("rw-------");

    BackendChoice back = BackendChoice.resolve(Optional.of("embedded"), Optional.empty(), Optional.empty(), Map.of(),
        data, true);
    assertThat(back.cluster()).isFalse();
    assertThat(BackendChoice.resolve(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), data, false)
        .cluster()).as("going back is recorded too").isFalse();
  }

  @Test
  void theEnvironmentNamesAClusterAndCredentialsComeOnlyFromIt() {
    BackendChoice chosen = BackendChoice.resolve(Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of(BackendChoice.URL_VARIABLE, "https://search.example:9200", "GALEN_OPENSEARCH_USER", "galen",
            "GALEN_OPENSEARCH_PASSWORD", "s3cret"), data, false);
    assertThat(chosen.cluster()).isTrue();
    assertThat(chosen.user()).hasValue("galen");
    assertThat(chosen.password()).hasValue("s3cret");
    assertThat(data.resolve(BackendChoice.RECORD)).as("a read command records nothing").doesNotExist();
  }

  @Test
  void aCredentialInANodeUrlIsRefusedAndNeverRecordedOrRepeated() {
    for (String url : new String[] {"http://a:9200?password=hunter2", "http://a:9200/?pass%77ord=hunter2",
        "http://b:9200,https://galen:hunter2@a:9200", "http://a:9200?api_key=hunter2"}) {
      assertThatThrownBy(() -> BackendChoice.resolve(Optional.empty(), Optional.of(url), Optional.empty(), Map.of(),
          data, true)).as(url).isInstanceOf(UserError.class).hasMessageContaining("GALEN_OPENSEARCH_PASSWORD")
          .hasMessageNotContaining("hunter2");
    }
    assertThat(data.resolve(BackendChoice.RECORD)).doesNotExist();
  }

  @Test
  void badChoicesAreNamed() {
    assertThatThrownBy(() -> BackendChoice.resolve(Optional.of("solr"), Optional.empty(), Optional.empty(), Map.of(),
        data, false)).isInstanceOf(UserError.class).hasMessageContaining("embedded or opensearch");
    assertThatThrownBy(() -> BackendChoice.resolve(Optional.of("opensearch"), Optional.empty(), Optional.empty(),
        Map.of(), data, false)).isInstanceOf(UserError.class).hasMessageContaining("--opensearch");
    assertThatThrownBy(() -> BackendChoice.resolve(Optional.empty(), Optional.of("http://a:9200"), Optional.of("Bad Prefix"),
        Map.of(), data, false)).isInstanceOf(UserError.class).hasMessageContaining("--index-prefix");
    assertThatThrownBy(() -> org.galen.index.opensearch.OpenSearchConnection.open(
        java.util.List.of("http://user:pw@a:9200"), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
  }
}
