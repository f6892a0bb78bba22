package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Questions are cleaned of characters no reader should be shown (issue 13, item 11). */
class QuestionTest {
  @Test
  void controlAndTextReorderingCharactersAreRemoved() {
    assertThat(new Question("What is\u0000 the treatment\u202E for malaria?\u2066").text())
        .isEqualTo("What is the treatment for malaria?");
    assertThat(new Question("line one\r\nline\ttwo").text()).isEqualTo("line one line two");
    assertThatThrownBy(() -> new Question("\u0000\u202E\u0007")).isInstanceOf(InvalidQuestionException.class);
  }
}
