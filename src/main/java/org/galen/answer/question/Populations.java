package org.galen.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a statement may be about, read once from {@code populations.tsv} (its provenance is in the
 * file): each group's words as the index stems them, the ages its word covers and whether it is the
 * group a dose line is for unless it says otherwise. Immutable; thread-safe.
 */
public final class Populations {
  private static final String RESOURCE = "populations.tsv";
  private static final Populations BUILT_IN = read();

  /**
   * One group: "child", with "child children childhood paediatric pediatric" as stems.
   *
   * @param ages the ages in months the group's word covers; null for a group no age implies
   * @param role a group of people, the default people (adults), or an organ's function
   */
  public record Group(String name, Set<String> stems, Band ages, Role role) {
    public Group {
      stems = Set.copyOf(stems);
    }

    /** Whether a patient of this age belongs to the group; false for a group no age implies. */
    public boolean covers(double ageMonths) {
      return ages != null && ages.contains(ageMonths);
    }
  }

  /** What a group is: people a statement may be for, the people it is for by default, or an organ's function. */
  public enum Role { PERSON, DEFAULT, ORGAN }

  private final List<Group> groups;

  private Populations(List<Group> groups) {
    this.groups = List.copyOf(groups);
  }

  public static Populations builtIn() {
    return BUILT_IN;
  }

  public List<Group> groups() {
    return groups;
  }

  /** The groups a statement's stems name. */
  public List<Group> namedIn(Set<String> stems) {
    return groups.stream().filter(g -> g.stems().stream().anyMatch(stems::contains)).toList();
  }

  /**
   * The groups a question singles out: those it names, and those the patient's age puts them in
   * ("a 5 yr old" is a child), never the default group.
   */
  public List<Group> askedIn(Set<String> questionStems, Patient patient) {
    return groups.stream().filter(g -> g.role() != Role.DEFAULT)
        .filter(g -> g.stems().stream().anyMatch(questionStems::contains)
            || patient.ageMonths().isPresent() && g.covers(patient.ageMonths().getAsDouble()))
        .toList();
  }

  /** The file's groups, after its header line (comments and blank lines are {@link WordLists}'s to drop). */
  private static Populations read() {
    List<Group> groups = new ArrayList<>();
    for (String line : WordLists.lines(RESOURCE).stream().skip(1).toList()) {
      String[] fields = line.split("\t", -1);
      if (fields.length != 4 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new IllegalStateException(RESOURCE + ": expected a group, its words, its ages and its role, separated "
            + "by tabs, not: " + line);
      }
      Role role;
      try {
        role = Role.valueOf(fields[3].strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ": the role of " + fields[0] + " must be person, default or "
            + "organ, not " + fields[3], e);
      }
      groups.add(new Group(fields[0].strip(), Stems.of(fields[1]), ages(fields[2].strip(), fields[0]), role));
    }
    return new Populations(groups);
  }

  /** "0-216", "780-": months, from inclusive to exclusive; empty for none. */
  private static Band ages(String field, String group) {
    if (field.isEmpty()) {
      return null;
    }
    String[] ends = field.split("-", -1);
    if (ends.length != 2 || !ends[0].matches("\\d*") || !ends[1].matches("\\d*")) {
      throw new IllegalStateException(RESOURCE + ": the ages of " + group + " must read from-to in months, not "
          + field);
    }
    double from = ends[0].isEmpty() ? 0 : Double.parseDouble(ends[0]);
    double to = ends[1].isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(ends[1]);
    return new Band(Band.Measure.AGE_MONTHS, from, to);
  }
}
