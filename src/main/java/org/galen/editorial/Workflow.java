package org.galen.editorial;

import static org.galen.editorial.ReviewStatus.APPROVED;
import static org.galen.editorial.ReviewStatus.CHANGES_REQUESTED;
import static org.galen.editorial.ReviewStatus.REJECTED;
import static org.galen.editorial.ReviewStatus.RETIRED;
import static org.galen.editorial.ReviewStatus.SUBMITTED;
import static org.galen.editorial.ReviewStatus.UNDER_REVIEW;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The advisory board's lifecycle: which status changes exist and which roles may make each. A
 * change not in the table is a conflict with the article's current status (409); a change in the
 * table made by the wrong role is forbidden (403).
 */
public final class Workflow {
  /** One allowed change and the roles that may make it. */
  public record Transition(ReviewStatus from, ReviewStatus to, Set<Role> roles) {}

  public static final List<Transition> TRANSITIONS = List.of(
      new Transition(SUBMITTED, UNDER_REVIEW, EnumSet.of(Role.REVIEWER, Role.EDITOR, Role.ADMIN)),
      new Transition(UNDER_REVIEW, APPROVED, EnumSet.of(Role.REVIEWER, Role.ADMIN)),
      new Transition(UNDER_REVIEW, CHANGES_REQUESTED, EnumSet.of(Role.REVIEWER, Role.ADMIN)),
      new Transition(UNDER_REVIEW, REJECTED, EnumSet.of(Role.REVIEWER, Role.ADMIN)),
      new Transition(CHANGES_REQUESTED, UNDER_REVIEW, EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN)),
      new Transition(APPROVED, UNDER_REVIEW, EnumSet.of(Role.EDITOR, Role.ADMIN)),
      new Transition(APPROVED, RETIRED, EnumSet.of(Role.EDITOR, Role.ADMIN)),
      new Transition(REJECTED, RETIRED, EnumSet.of(Role.EDITOR, Role.ADMIN)));

  private Workflow() {}

  /**
   * Checks a change.
   *
   * @throws TransitionConflictException when no such change exists from the current status
   * @throws ForbiddenException when the role may not make it
   */
  public static void check(ReviewStatus from, ReviewStatus to, Role role) {
    Transition transition = TRANSITIONS.stream().filter(t -> t.from() == from && t.to() == to).findFirst()
        .orElseThrow(() -> new TransitionConflictException("the article is " + from.label() + " (" + from
            + "); it cannot move to " + to + ". From " + from + " it can move to: " + nextFrom(from)));
    if (!transition.roles().contains(role)) {
      throw new ForbiddenException("a " + role.id() + " may not move an article from " + from + " to " + to
          + "; that takes one of " + transition.roles().stream().map(Role::id).sorted().toList());
    }
  }

  private static String nextFrom(ReviewStatus from) {
    List<String> next = TRANSITIONS.stream().filter(t -> t.from() == from).map(t -> t.to().name()).toList();
    return next.isEmpty() ? "nothing (final)" : String.join(", ", next);
  }
}
