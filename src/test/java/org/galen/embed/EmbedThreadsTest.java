package org.galen.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EmbedThreadsTest {
  @Property
  void theSplitKeepsEveryCoreBusyWithoutOversubscribing(@ForAll @IntRange(min = 1, max = 256) int cores) {
    EmbedThreads threads = EmbedThreads.forCores(cores);

    assertThat(threads.passages() * threads.perPassage()).isEqualTo(cores);
  }

  @Test
  void twoCoresEmbedTwoPassagesAtOnceEachOnOneThread() {
    assertThat(EmbedThreads.forCores(2)).isEqualTo(new EmbedThreads(2, 1));
  }

  @Test
  void aMachineReportingNoCoresStillGetsOneThread() {
    assertThat(EmbedThreads.forCores(0)).isEqualTo(new EmbedThreads(1, 1));
  }

  @Test
  void zeroThreadsAreRefused() {
    assertThatThrownBy(() -> new EmbedThreads(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EmbedThreads(2, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
