package org.galen.eval;

import java.util.List;
import java.util.Optional;
import org.galen.answer.Audience;

/**
 * One judged question of an answer set ({@code eval/clinical-questions/README.md}): the question
 * as typed, who asks it, and the criteria an article must meet. An empty list is a criterion that
 * always holds.
 *
 * @param lead document ids of which one must be reference [1]
 * @param citeAny the article cites at least one of these document ids
 * @param bottomAny at least one term appears in the statements of the first section
 * @param any at least one term appears in any statement or structured dose
 * @param none no term appears in any statement
 * @param abstain whether the article must abstain, when the item says
 * @param follows the id of the earlier item whose conversation this one continues
 */
public record AnswerItem(String id, String question, Audience audience, String kind, List<String> lead,
    List<String> citeAny, List<String> bottomAny, List<String> any, List<String> none, Optional<Boolean> abstain,
    Optional<String> follows) {

  public AnswerItem {
    lead = List.copyOf(lead);
    citeAny = List.copyOf(citeAny);
    bottomAny = List.copyOf(bottomAny);
    any = List.copyOf(any);
    none = List.copyOf(none);
  }
}
