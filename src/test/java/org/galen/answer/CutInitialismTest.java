package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.junit.jupiter.api.Test;

/**
 * An initialism the stemmer cuts ("QMS" to "qm") names the subject in a question, never in a
 * source's text by its stems: there it would be any unit or word of those letters.
 */
class CutInitialismTest {
  private static final Concept SYNDROME = new Concept("Quillon Muscle Syndrome", Concept.Origin.MESH, "D900071",
      List.of("Quillon Muscle Syndrome", "QMS"), List.of(), Concept.Kind.CONDITION);

  @Test
  void aCutInitialismNamesTheSubjectOnlyInTheQuestion() {
    SubjectMatcher subject = matcher("Looks like QMS - how do we manage it?", SYNDROME);
    assertThat(subject.mentionedIn(Stems.of("The signal peaks in a narrow 20-qm band."))).as("letters of a unit")
        .isFalse();
    assertThat(subject.mentionedIn(Stems.of("Quillon muscle syndrome needs intensive care."))).isTrue();
    assertThat(subject.describedIn(analysis("Looks like QMS - how do we manage it?", SYNDROME)))
        .as("the question names it by its initialism").isFalse();
    Concept uncut = new Concept("Quillon Muscle Disease", Concept.Origin.MESH, "D900072",
        List.of("Quillon Muscle Disease", "QMD"), List.of(), Concept.Kind.CONDITION);
    assertThat(matcher("Looks like QMD - how do we manage it?", uncut).mentionedIn(Stems.of("QMD needs care.")))
        .as("an initialism the stemmer leaves whole").isTrue();
    Concept onlyInitialism = new Concept("QMS", Concept.Origin.ABBREVIATION, "", List.of("QMS"), List.of(),
        Concept.Kind.OTHER);
    assertThat(matcher("QMS - what is it?", onlyInitialism).mentionedIn(Stems.of("QMS is rare.")))
        .as("a subject with no other name").isTrue();
  }

  private static SubjectMatcher matcher(String question, Concept primary) {
    return new SubjectMatcher(analysis(question, primary), words -> false, words -> false);
  }

  private static QuestionAnalysis analysis(String question, Concept primary) {
    return new QuestionAnalysis(question, question, List.of(), primary, List.of(), primary.name(), Set.of(), false);
  }
}
