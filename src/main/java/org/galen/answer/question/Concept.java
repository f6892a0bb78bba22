package org.galen.answer.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Something a question is about, as a vocabulary names it: "Myoclonus" (MeSH D009207),
 * "Paracetamol" (DrugBank DB00316), "COPD" (an abbreviation, expanded), or, when no vocabulary
 * knows it, the question's own words.
 *
 * @param name the preferred name
 * @param origin which vocabulary recognised it
 * @param id the vocabulary's identifier (MeSH or DrugBank id); empty for abbreviations and words
 * @param names every name a source may use for it, the preferred name first
 * @param broader broader MeSH headings ("Dyskinesias"), for plain-language glosses
 * @param kind what sort of thing it is (condition, symptom, drug, population...), from its MeSH
 *     trees or its vocabulary; decides which concept a question is about
 */
public record Concept(String name, Origin origin, String id, List<String> names, List<String> broader, Kind kind) {
  /** Where a concept's names come from. */
  public enum Origin {
    MESH, DRUGBANK, ABBREVIATION, MEDQUAD, QUESTION,
    /** A vocabulary concept the question described in lay words ("fitting": Seizures). */
    LAY
  }

  /**
   * What sort of thing a concept is, in the order a question is more likely about it: "acute asthma
   * attack in the ER" is about asthma (a condition), not the emergency room (a setting); "painful
   * sickle cell crisis" about sickle cell disease, not pain (a symptom); "metformin in pregnancy"
   * about metformin, not pregnancy (a population).
   */
  public enum Kind {
    CONDITION(6), ORGANISM(5), DRUG(4), SYMPTOM(3), DEVICE(2), PROCEDURE(2), SETTING(1), ANATOMY(1), OTHER(1),
    POPULATION(0);

    private final int subjectRank;

    Kind(int subjectRank) {
      this.subjectRank = subjectRank;
    }

    /** Higher: more likely what a question naming it is about. */
    public int subjectRank() {
      return subjectRank;
    }

    /** Dosage forms: "tablets", "capsules", "suspensions" are what a drug comes as, not a drug. */
    private static final String DOSAGE_FORMS = "D26.255";
    /**
     * Pregnancy and what MeSH files under it, as the vocabulary shipped here numbers it (MeSH 2015,
     * under Reproductive Physiological Phenomena); later releases number it as the next constant.
     */
    private static final String PREGNANCY = "G08.686.785.760.769";
    private static final String PREGNANCY_LATER = "G08.686.784.769";
    /** Colloids: where MeSH also files some dosage forms ("Suspensions", "Emulsions"). */
    private static final String COLLOIDS = "D20";

    /**
     * The kind of a MeSH heading from all its tree numbers: a condition where any tree files it as
     * a disease, a symptom where only signs and symptoms do ("Pain" is under C23 and Neurologic
     * Manifestations, C10.597; "Myoclonus" also under Movement Disorders, so a condition), no drug
     * where it is a dosage form filed as a drug nowhere else ("Suspensions"; "Fat Emulsions,
     * Intravenous" stays a drug), else the highest kind of its trees.
     */
    static Kind ofMeshTrees(List<String> trees) {
      if (trees.stream().anyMatch(tree -> tree.startsWith(DOSAGE_FORMS)) && trees.stream()
          .filter(tree -> !tree.startsWith(DOSAGE_FORMS) && !tree.startsWith(COLLOIDS))
          .noneMatch(tree -> ofMeshTree(tree) == DRUG)) {
        return OTHER;
      }
      boolean symptom = false;
      Kind best = OTHER;
      for (String tree : trees) {
        Kind kind = ofMeshTree(tree);
        if (kind == OTHER) {
          // A tree that says nothing of the kind: whatever another tree says stands, in any order.
          continue;
        }
        if (kind == SYMPTOM) {
          symptom = true;
        } else if (kind.subjectRank > best.subjectRank || best == OTHER) {
          best = kind;
        }
      }
      return best == CONDITION || !symptom ? best : best.subjectRank > SYMPTOM.subjectRank ? best : SYMPTOM;
    }

    private static Kind ofMeshTree(String tree) {
      if (tree.startsWith("C23") || tree.startsWith("C10.597")) {
        return SYMPTOM;
      }
      if (tree.startsWith("C") || tree.startsWith("F03")) {
        return CONDITION;
      }
      if (tree.startsWith("B01.050.150")) {
        return OTHER;  // vertebrates: "Dogs" in a dog bite, not an infection
      }
      if (tree.startsWith("B")) {
        return ORGANISM;
      }
      if (tree.startsWith("D")) {
        return DRUG;
      }
      if (tree.startsWith("E07")) {
        return DEVICE;  // equipment and supplies: "insulin pump", "intrauterine devices"
      }
      if (tree.startsWith("E")) {
        return PROCEDURE;
      }
      if (tree.startsWith("N02.421")) {
        return PROCEDURE;  // health services: "Post-Exposure Prophylaxis", "Immunization Programs"
      }
      if (tree.startsWith("N02")) {
        return SETTING;
      }
      if (tree.startsWith("M01") || tree.startsWith(PREGNANCY) || tree.startsWith(PREGNANCY_LATER)) {
        return POPULATION;  // persons (adults, children, elderly) and pregnancy
      }
      if (tree.startsWith("A")) {
        return ANATOMY;
      }
      return OTHER;
    }
  }

  public Concept {
    names = List.copyOf(names);
    broader = List.copyOf(broader);
    kind = kind == null ? Kind.OTHER : kind;
  }

  /** Whether MeSH files it under Diseases or Mental Disorders (not a sign or symptom). */
  public boolean disease() {
    return kind == Kind.CONDITION;
  }

  static Concept ofWords(String words) {
    return new Concept(words, Origin.QUESTION, "", List.of(words), List.of(), Kind.OTHER);
  }

  /** The same concept told as a finding of the patient (a measured level), ranked as a sign is. */
  public Concept asFinding() {
    return new Concept(name, origin, id, names, broader, Kind.SYMPTOM);
  }

  /** This concept with more names for it (MedQuAD's focus synonyms, a resolved long form). */
  public Concept withNames(List<String> more) {
    Set<String> all = new LinkedHashSet<>(names);
    all.addAll(more);
    return new Concept(name, origin, id, new ArrayList<>(all), broader, kind);
  }

  /**
   * This concept under the name its sources give it, the vocabulary's name and {@code more} among
   * its other names: the sources are searched and titled by theirs.
   */
  public Concept knownAs(String sourcesName, List<String> more) {
    Set<String> all = new LinkedHashSet<>(List.of(sourcesName));
    all.addAll(names);
    all.addAll(more);
    return new Concept(sourcesName, origin, id, new ArrayList<>(all), broader, kind);
  }

  /** This concept as the question described it in lay words. */
  public Concept describedInLayWords() {
    return new Concept(name, Origin.LAY, id, names, broader, kind);
  }

  /** The stems of each name; a text mentions the concept when it has all the stems of one name. */
  public List<Set<String>> nameStems() {
    return names.stream().map(Stems::of).filter(stems -> !stems.isEmpty()).toList();
  }

  /** Whether a text's stems hold every stem of one of this concept's names: the text names it. */
  public boolean namedIn(Set<String> stems) {
    return nameStems().stream().anyMatch(stems::containsAll);
  }
}
