package org.galen.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server URL never carries a credential, however it is spelled, and no message repeats one. */
class DatabaseLocationTest {
  @Test
  void aCredentialInTheUrlIsRefusedHoweverItIsSpelled() {
    for (String url : new String[] {"jdbc:postgresql://db:5432/galen?password=hunter2",
        "jdbc:postgresql://db:5432/galen?pass%77ord=hunter2", "jdbc:postgresql://db/galen?%70assword=hunter2",
        "jdbc:postgresql://db/galen?user=galen&password =hunter2", "jdbc:postgresql://db/galen?PASSWORD=hunter2",
        "jdbc:postgresql://db/galen?sslpassword=hunter2", "jdbc:postgresql://galen:hunter2@db:5432/galen",
        "postgresql://galen:hunter2@db/galen"}) {
      assertThatThrownBy(() -> new DatabaseLocation.Server(url, Optional.empty(), Optional.empty()))
          .as(url).isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
  }

  @Test
  void aUrlWithAUserAndParametersIsAccepted() {
    DatabaseLocation.Server server = new DatabaseLocation.Server("jdbc:postgresql://db:5432/galen?user=galen&ssl=true",
        Optional.empty(), Optional.of("hunter2"));
    assertThat(server.describe()).doesNotContain("hunter2").contains("db:5432");
  }
}
