package org.galen;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Missing shared data skips a test on a laptop and fails it under CI. */
class SharedDataTest {
  @Test
  void missingDataSkipsOnALaptopAndFailsUnderCi() {
    assertThatThrownBy(() -> SharedData.require("no/such/folder", false)).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("no/such/folder");
    assertThatThrownBy(() -> SharedData.require("no/such/folder", true)).isInstanceOf(AssertionError.class)
        .isNotInstanceOf(TestAbortedException.class).hasMessageContaining("CI=true");
  }
}
